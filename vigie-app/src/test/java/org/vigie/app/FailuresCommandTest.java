package org.vigie.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.json.ArticleJson;
import org.vigie.model.ArticleIds;
import org.vigie.model.RawDocument;
import org.vigie.pipeline.FailureCause;
import org.vigie.store.ArticleStore;
import org.vigie.store.DataDirectory;
import org.vigie.store.FailedDocument;

class FailuresCommandTest {
  @TempDir
  Path temp;

  @Test
  void failures_listsEachFailedDocumentWithItsCauseAndReason() throws Exception {
    Path data = temp.resolve("data");
    Cli.ingest(data, Fixtures.mixedInput(temp.resolve("in")));

    Cli.Result result = Cli.run(data, "failures");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("2026-01-02T03:04:05Z  EMPTY  ", "empty.txt  (0 bytes)")
        .contains("  BINARY  ", "picture.txt  (16 bytes)");
    assertThat(result.outLines()).last().isEqualTo("2 failed documents");
  }

  @Test
  void failures_json_printsOneObjectPerFailure() throws Exception {
    Path data = temp.resolve("data");
    Cli.ingest(data, Fixtures.mixedInput(temp.resolve("in")));

    Cli.Result result = Cli.run(data, "failures", "--json");

    List<String> causes = new ArrayList<>();
    for (String line : result.outLines()) {
      JsonNode failure = ArticleJson.mapper().readTree(line);
      assertThat(failure.properties()).extracting(e -> e.getKey())
          .containsExactly("location", "stage", "cause", "message", "size", "sha256", "at");
      assertThat(failure.get("message").asText()).isNotBlank();
      causes.add(failure.get("cause").asText());
    }
    assertThat(causes).containsExactlyInAnyOrder("EMPTY", "BINARY");
  }

  @Test
  void failures_whenThereAreNone_saysSo() throws Exception {
    Path data = temp.resolve("data");
    Path input = temp.resolve("in");
    Fixtures.write(java.nio.file.Files.createDirectories(input).resolve("a.txt"), Fixtures.HARBOUR);
    Cli.ingest(data, input);

    assertThat(Cli.run(data, "failures").outLines()).containsExactly("no failed documents");
  }

  /** A failure as an earlier, broken version would have recorded it: the text is a good article, its bytes kept. */
  private static String failedEarlier(Path data, Path file, String text) throws Exception {
    Fixtures.write(file, text);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    RawDocument document = RawDocument.ofFile(file.toAbsolutePath().normalize().toUri(), "text/plain",
        Fixtures.CLOCK.instant(), bytes);
    try (ArticleStore store = ArticleStore.openForWriting(new DataDirectory(data))) {
      store.putFailure(new FailedDocument(document.location().toString(), "extract", FailureCause.INTERNAL_ERROR,
          "a bug since fixed", bytes.length, ArticleIds.sha256Hex(bytes), Fixtures.CLOCK.instant()), document);
      store.commit();
    }
    return document.location().toString();
  }

  @Test
  void failures_retry_fileDeletedAfterItsFailure_ingestsTheKeptBytes() throws Exception {
    Path data = temp.resolve("data");
    Path file = Files.createDirectories(temp.resolve("in")).resolve("harbour.txt");
    String location = failedEarlier(data, file, Fixtures.HARBOUR);
    Files.delete(file);

    Cli.Result result = Cli.run(data, "failures", "--retry", "--languages", "fr,en", "--no-entities", location);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains(location + "  (kept-copy)").contains("is gone")
        .contains("retried 1: ingested 1 (added 1");
    assertThat(Cli.run(data, "failures").outLines()).containsExactly("no failed documents");
    assertThat(Cli.run(data, "search", "ferry").out()).contains(Fixtures.HARBOUR_TITLE);
  }

  @Test
  void failures_retryJson_saysWhichBytesItUsedAndWhy() throws Exception {
    Path data = temp.resolve("data");
    Path in = temp.resolve("in");
    Cli.ingest(data, Fixtures.mixedInput(in));
    Path missing = in.resolve("later.txt");
    Cli.ingest(data, missing);
    Fixtures.write(missing, org.vigie.testing.Articles.english(3));

    Cli.Result result = Cli.run(data, "failures", "--retry", "--json", "--languages", "fr,en", "--no-entities");

    Map<String, JsonNode> byName = new java.util.HashMap<>();
    for (String line : result.outLines()) {
      JsonNode outcome = ArticleJson.mapper().readTree(line);
      String location = outcome.get("location").asText();
      byName.put(location.substring(location.lastIndexOf('/') + 1), outcome);
    }
    assertThat(byName).containsOnlyKeys("empty.txt", "picture.txt", "later.txt");
    assertThat(byName.get("empty.txt").get("used").asText()).isEqualTo("kept-copy");
    assertThat(byName.get("empty.txt").at("/failures/EMPTY").asLong()).isEqualTo(1);
    assertThat(byName.get("later.txt").get("used").asText()).isEqualTo("location");
    assertThat(byName.get("later.txt").get("why").asText()).contains("no bytes were kept");
    assertThat(byName.get("later.txt").get("added").asLong()).isEqualTo(1);
    assertThat(result.err()).contains("2 still failed");
  }

  @Test
  void failures_cause_listsOnlyThatCause() throws Exception {
    Path data = temp.resolve("data");
    Cli.ingest(data, Fixtures.mixedInput(temp.resolve("in")));

    assertThat(Cli.run(data, "failures", "--cause", "BINARY").out()).contains("picture.txt")
        .doesNotContain("empty.txt").contains("1 failed document");
  }

  @Test
  void failures_retryUnknownLocation_failsWithExitOne() throws Exception {
    Path data = temp.resolve("data");
    Cli.ingest(data, Fixtures.mixedInput(temp.resolve("in")));

    Cli.Result result = Cli.run(data, "failures", "--retry", "--no-entities", "file:///nowhere.txt");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("no failure is recorded at file:///nowhere.txt");
  }
}
