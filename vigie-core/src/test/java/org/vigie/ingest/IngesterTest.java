package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.ingest.warc.WarcFiles;
import org.vigie.lang.LanguageIdentifier;
import org.vigie.model.Article;
import org.vigie.pipeline.FailureCause;
import org.vigie.pipeline.Pipeline;
import org.vigie.store.ArticleStore;
import org.vigie.store.DataDirectory;
import org.vigie.store.FailedDocument;
import org.vigie.testing.Articles;

/** Bad input never crashes ingest and loses nothing: each file is an article or a listed failure. */
class IngesterTest {
  private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2020-07-04T08:00:00Z"));
  private static Pipeline pipeline;

  @TempDir Path data;
  @TempDir Path inputs;
  private ArticleStore store;

  @BeforeAll
  static void pipeline() {
    pipeline = StandardPipeline.create(CLOCK, LanguageIdentifier.of(Set.of("fr", "en", "de", "es")));
  }

  @BeforeEach
  void open() throws IOException {
    store = ArticleStore.openForWriting(new DataDirectory(data));
  }

  @AfterEach
  void close() throws IOException {
    store.close();
  }

  private IngestSummary ingest(Path... paths) throws IOException {
    return new Ingester(pipeline, store, CLOCK, IngestOptions.defaults().withThreads(2)).ingest(List.of(paths),
        IngestListener.SILENT);
  }

  private FailedDocument failureFor(Path file) throws IOException {
    String location = file.toAbsolutePath().normalize().toUri().toString();
    return store.failures().stream().filter(f -> f.location().equals(location)).findFirst()
        .orElseThrow(() -> new AssertionError("no failure recorded for " + file));
  }

  @Test
  void ingest_articles_storedWithLanguageAndInferredDate() throws IOException {
    Files.writeString(inputs.resolve("a.txt"), Articles.french(1) + "Le vote a eu lieu le 3 juillet 2020.\n");
    Files.writeString(inputs.resolve("b.txt"), Articles.english(2));

    IngestSummary summary = ingest(inputs);

    assertThat(summary.added()).isEqualTo(2);
    assertThat(store.articleCount()).isEqualTo(2);
    Article french = store.search("budget 1", 10, false).hits().getFirst().article();
    assertThat(french.language()).contains("fr");
    assertThat(french.published()).hasValueSatisfying(p -> {
      assertThat(p.value()).isEqualTo("2020-07-03");
      assertThat(p.inferred()).isTrue();
    });
  }

  @Test
  void ingest_sameDocumentTwice_storedOnce() throws IOException {
    Files.writeString(inputs.resolve("a.txt"), Articles.english(1));
    Files.writeString(inputs.resolve("copy-of-a.txt"), Articles.english(1));

    IngestSummary first = ingest(inputs);
    IngestSummary second = ingest(inputs);

    assertThat(first.added()).isEqualTo(1);
    assertThat(first.duplicates()).isEqualTo(1);
    assertThat(second.added()).isZero();
    assertThat(second.duplicates()).isEqualTo(2);
    assertThat(store.articleCount()).isEqualTo(1);
  }

  @Test
  void ingest_emptyFile_failsAsEmpty() throws IOException {
    Path empty = Files.createFile(inputs.resolve("empty.txt"));
    assertThat(ingest(empty).failed()).containsEntry(FailureCause.EMPTY, 1L);
    assertThat(failureFor(empty).message()).isNotBlank();
  }

  @Test
  void ingest_binaryFile_failsAsBinaryAndKeepsBytes() throws IOException {
    byte[] bytes = new byte[10_000];
    new Random(7).nextBytes(bytes);
    bytes[0] = 0;
    Path binary = Files.write(inputs.resolve("photo.txt"), bytes);

    assertThat(ingest(binary).failed()).containsEntry(FailureCause.BINARY, 1L);
    FailedDocument failure = failureFor(binary);
    assertThat(failure.size()).isEqualTo(10_000);
    assertThat(store.rawCopy(failure.sha256())).exists();
  }

  @Test
  void ingest_latin1File_decodedWithoutMojibake() throws IOException {
    Path latin = Files.write(inputs.resolve("latin1.txt"), Articles.french(3).getBytes(StandardCharsets.ISO_8859_1));

    assertThat(ingest(latin).added()).isEqualTo(1);
    Article article = store.search("adopté", 1, false).hits().getFirst().article();
    assertThat(article.body().getFirst().text()).contains("a adopté mardi soir").doesNotContain("\uFFFD");
  }

  @Test
  void ingest_oneTwoMegabyteLine_ingested() throws IOException {
    String sentence = "The council met again to discuss the long list of repairs needed in the schools. ";
    Path line = Files.writeString(inputs.resolve("one-line.txt"), sentence.repeat(2_000_000 / sentence.length()));

    assertThat(ingest(line).added()).isEqualTo(1);
    assertThat(store.search("repairs", 1, false).total()).isEqualTo(1);
  }

  @Test
  void ingest_fiftyMegabyteFile_failsAsTooLargeWithSizeInReason() throws IOException {
    Path big = inputs.resolve("big.txt");
    byte[] chunk = (Articles.english(4) + "\n").getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(big)) {
      for (long written = 0; written < 50_000_000L; written += chunk.length) {
        out.write(chunk);
      }
    }

    assertThat(ingest(big).failed()).containsEntry(FailureCause.TOO_LARGE, 1L);
    assertThat(failureFor(big).message()).contains("50.0 MB").contains("limit");
  }

  @Test
  void ingest_gzipFile_decompressed_andCorruptGzip_failsAsUnreadable() throws IOException {
    Path good = inputs.resolve("article.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(good))) {
      out.write(Articles.english(5).getBytes(StandardCharsets.UTF_8));
    }
    Path corrupt = Files.write(inputs.resolve("broken.txt.gz"), new byte[] {0x1F, (byte) 0x8B, 8, 0, 1, 2, 3});

    IngestSummary summary = ingest(inputs);

    assertThat(summary.added()).isEqualTo(1);
    assertThat(summary.failed()).containsEntry(FailureCause.UNREADABLE, 1L);
    assertThat(failureFor(corrupt).message()).contains("broken.txt.gz");
  }

  @Test
  void ingest_directoryWithUnreadableEntries_everyEntryAccountedFor() throws IOException, InterruptedException {
    Files.writeString(inputs.resolve("good.txt"), Articles.english(6));
    Path dangling = Files.createSymbolicLink(inputs.resolve("dangling.txt"), inputs.resolve("does-not-exist"));
    Path locked = Files.createDirectory(inputs.resolve("locked"));
    Files.writeString(locked.resolve("inside.txt"), Articles.english(7));
    Files.setPosixFilePermissions(locked, Set.of());
    Path fifo = inputs.resolve("pipe.txt");
    boolean haveFifo = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
    try {
      IngestSummary summary = ingest(inputs);

      assertThat(failureFor(dangling).message()).contains("broken symbolic link");
      if (haveFifo) {
        assertThat(failureFor(fifo).message()).contains("not a regular file");
      }
      // Root reads a mode-000 directory anyway; anyone else gets a recorded failure.
      boolean lockedReadable = Files.isReadable(locked);
      long expectedArticles = lockedReadable ? 2 : 1;
      assertThat(summary.added()).isEqualTo(expectedArticles);
      if (!lockedReadable) {
        assertThat(failureFor(locked).message()).contains("permission denied");
      }
      assertThat(summary.total()).isEqualTo(expectedArticles + 1 + (haveFifo ? 1 : 0) + (lockedReadable ? 0 : 1));
    } finally {
      Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void ingest_missingPath_recordedAsFailure() throws IOException {
    Path missing = inputs.resolve("nowhere.txt");
    assertThat(ingest(missing).failed()).containsEntry(FailureCause.UNREADABLE, 1L);
    assertThat(failureFor(missing).message()).contains("no such file");
  }

  @Test
  void ingest_failureThenFixedFile_failureRemoved() throws IOException {
    Path file = Files.writeString(inputs.resolve("later.txt"), "Menu\nRechercher\n");
    assertThat(ingest(file).failed()).containsEntry(FailureCause.NOT_AN_ARTICLE, 1L);

    Files.writeString(file, Articles.english(8));
    assertThat(ingest(file).added()).isEqualTo(1);

    assertThat(store.failures()).isEmpty();
  }

  @Test
  void ingest_warcWithTextConversionRecords_articlesAndSkippedRecordsCounted() throws IOException {
    byte[] text = Articles.english(9).getBytes(StandardCharsets.UTF_8);
    byte[] warc = new WarcFiles(true).record("conversion", "https://news.example/9", "text/plain", text, "\r\n", 0)
        .request("https://news.example/9").bytes();
    Path file = Files.write(inputs.resolve("crawl.warc.gz"), warc);

    IngestSummary first = ingest(file);
    IngestSummary second = ingest(file);

    assertThat(first.added()).isEqualTo(1);
    assertThat(first.skipped()).containsEntry(SkipReason.NOT_A_RESPONSE, 1L);
    assertThat(second.duplicates()).isEqualTo(1);
    Article article = store.search("budget 9", 1, false).hits().getFirst().article();
    assertThat(article.url()).contains("https://news.example/9");
  }

  @Test
  void ingest_htmlFile_extracted_andAPageWithoutArticle_failsWithReason() throws IOException {
    String paragraphs = "<p>" + Articles.english(10).replace("\n\n", "</p><p>") + "</p>";
    Files.writeString(inputs.resolve("article.html"), "<html><head><title>Council approves budget number 10"
        + "</title></head><body><nav><a href=/>Home</a></nav><article><h1>Council approves budget number 10</h1>"
        + paragraphs + "</article></body></html>");
    Path empty = Files.writeString(inputs.resolve("menu.html"), "<html><body><nav><a href=/>Home</a></nav></body></html>");

    IngestSummary summary = ingest(inputs);

    assertThat(summary.added()).isEqualTo(1);
    assertThat(failureFor(empty).cause()).isEqualTo(FailureCause.NOT_AN_ARTICLE);
  }

  @Test
  void ingest_markdownFile_keptAsUnsupported() throws IOException {
    Path markdown = Files.writeString(inputs.resolve("notes.md"), "# Notes\n\nSome notes.\n");
    assertThat(ingest(markdown).failed()).containsEntry(FailureCause.UNSUPPORTED_TYPE, 1L);
  }
}
