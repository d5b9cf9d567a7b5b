package org.vigie.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.store.ArticleStore;
import org.vigie.store.DataDirectory;

class IngestCommandTest {
  @TempDir
  Path temp;

  @Test
  void ingest_printsTheSummaryOfAddedDuplicateAndFailedDocuments() throws Exception {
    Path input = Fixtures.mixedInput(temp.resolve("in"));

    Cli.Result result = Cli.ingest(temp.resolve("data"), input);

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines())
        .containsExactly("ingested 2 (added 2, updated 0), duplicates 1, failed 2 (EMPTY 1, BINARY 1)");
    assertThat(result.err()).contains("vigie failures");
  }

  @Test
  void ingest_twice_storesEachArticleOnce() throws Exception {
    Path input = Fixtures.mixedInput(temp.resolve("in"));
    Cli.ingest(temp.resolve("data"), input);

    Cli.Result again = Cli.ingest(temp.resolve("data"), input);

    assertThat(again.outLines())
        .containsExactly("ingested 0 (added 0, updated 0), duplicates 3, failed 2 (EMPTY 1, BINARY 1)");
    try (ArticleStore store = ArticleStore.openForReading(new DataDirectory(temp.resolve("data")))) {
      assertThat(store.articleCount()).isEqualTo(2);
    }
  }

  @Test
  void ingest_withoutATerminal_logsWhatIsCommitted() throws Exception {
    Cli.Result result = Cli.ingest(temp.resolve("data"), Fixtures.mixedInput(temp.resolve("in")));

    assertThat(result.err().lines())
        .contains("ingest: reading 5 inputs")
        .anySatisfy(line -> assertThat(line).startsWith("ingest: 5 documents processed; committed 5: ingested 2"));
  }

  @Test
  void ingest_aMissingPath_isRecordedAsFailedNotFatal() {
    Cli.Result result = Cli.ingest(temp.resolve("data"), temp.resolve("no-such-file.txt"));

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("failed 1 (UNREADABLE 1)");
  }

  @Test
  void ingest_aDocumentOverTheLimit_isRecordedAsTooLarge() throws Exception {
    Path input = Files.createDirectories(temp.resolve("in"));
    Fixtures.write(input.resolve("long.txt"), Fixtures.HARBOUR + "x".repeat(1_100_000));
    Fixtures.write(input.resolve("short.txt"), Fixtures.LYON);

    Cli.Result result = Cli.run(temp.resolve("data"), "ingest", "--languages", "fr,en", "--max-document-mb", "1",
        input.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines()).containsExactly("ingested 1 (added 1, updated 0), duplicates 0, failed 1 (TOO_LARGE 1)");
  }

  @Test
  void ingest_whileAnotherWriterHoldsTheStore_failsWithExitOne() throws Exception {
    Path data = temp.resolve("data");
    try (ArticleStore writer = ArticleStore.openForWriting(new DataDirectory(data))) {
      assertThat(writer.articleCount()).isZero();
      Cli.Result result = Cli.ingest(data, Fixtures.mixedInput(temp.resolve("in")));

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err().strip()).startsWith("ingest: another Vigie process is writing to").doesNotContain("\n");
      assertThat(result.out()).isEmpty();
    }
  }

  @Test
  void ingest_whenTheDataDirectoryIsAFile_failsWithExitOne() throws Exception {
    Path notADirectory = Files.writeString(temp.resolve("data"), "not a directory");

    Cli.Result result = Cli.ingest(notADirectory, Fixtures.mixedInput(temp.resolve("in")));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).startsWith("ingest: ").contains(notADirectory.toString()).doesNotContain("\tat ");
  }

  @Test
  void ingest_withUnknownLanguage_isBadUsage() throws Exception {
    Cli.Result result = Cli.run(temp.resolve("data"), "ingest", "--languages", "fr,xx", temp.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("unknown language code: xx");
  }

  @Test
  void ingest_withoutPaths_isBadUsage() {
    Cli.Result result = Cli.run(temp.resolve("data"), "ingest");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("PATH");
  }

  @Test
  void ingest_withZeroThreads_isBadUsage() {
    Cli.Result result = Cli.run(temp.resolve("data"), "ingest", "--threads", "0", temp.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--threads must be at least 1");
  }
}
