package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.lang.LanguageIdentifier;
import org.vigie.model.Article;
import org.vigie.model.ArticleIds;
import org.vigie.model.HttpHeader;
import org.vigie.model.Precision;
import org.vigie.model.Published;
import org.vigie.model.RawDocument;
import org.vigie.pipeline.FailureCause;
import org.vigie.pipeline.Pipeline;
import org.vigie.store.ArticleStore;
import org.vigie.store.DataDirectory;
import org.vigie.store.FailedDocument;
import org.vigie.testing.Articles;

/**
 * A failure is retried from the bytes kept when it failed. Each test records a failure as an earlier,
 * broken version would have (the text is a good article, the cause a bug since fixed), then changes
 * the location before retrying.
 */
class FailureRetryTest {
  private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2020-07-04T08:00:00Z"));
  private static Pipeline pipeline;

  @TempDir Path data;
  @TempDir Path inputs;
  private ArticleStore store;
  private FailureRetry retry;
  private final List<URI> fetched = new ArrayList<>();

  @BeforeAll
  static void pipeline() {
    pipeline = StandardPipeline.create(CLOCK, LanguageIdentifier.of(Set.of("fr", "en")));
  }

  @BeforeEach
  void open() throws IOException {
    store = ArticleStore.openForWriting(new DataDirectory(data));
    Ingester ingester = new Ingester(pipeline, store, CLOCK, IngestOptions.defaults().withThreads(1));
    retry = new FailureRetry(ingester, url -> {
      fetched.add(url);
      throw new AssertionError("no page is fetched again in these tests: " + url);
    });
  }

  @AfterEach
  void close() throws IOException {
    store.close();
  }

  /** Records the document as failed by a bug since fixed, its bytes kept. */
  private String failedEarlier(RawDocument document) throws IOException {
    String location = document.location().toString();
    store.putFailure(new FailedDocument(location, "extract", FailureCause.INTERNAL_ERROR, "a bug since fixed",
        document.content().length, ArticleIds.sha256Hex(document.content()), CLOCK.instant()), document);
    store.commit();
    return location;
  }

  private String failedEarlier(Path file, String text) throws IOException {
    Files.writeString(file, text);
    return failedEarlier(RawDocument.ofFile(file.toAbsolutePath().normalize().toUri(), "text/plain", CLOCK.instant(),
        text.getBytes(StandardCharsets.UTF_8)));
  }

  private Article onlyArticle() throws IOException {
    List<Article> all = new ArrayList<>();
    store.forEachArticle(all::add);
    assertThat(all).hasSize(1);
    return all.getFirst();
  }

  @Test
  void retry_fileDeletedAfterItsFailure_processesTheKeptBytes() throws IOException {
    Path file = inputs.resolve("gone.txt");
    String location = failedEarlier(file, Articles.french(1));
    Files.delete(file);

    FailureRetry.Outcome outcome = retry.retry(location, IngestListener.SILENT).orElseThrow();

    assertThat(outcome.origin()).isEqualTo(FailureRetry.Origin.KEPT_COPY);
    assertThat(outcome.why()).contains("is gone");
    assertThat(outcome.summary().added()).isEqualTo(1);
    assertThat(onlyArticle().location()).isEqualTo(location);
    assertThat(store.failures()).isEmpty();
  }

  @Test
  void retry_fileChangedSinceItsFailure_processesTheBytesThatFailed() throws IOException {
    Path file = inputs.resolve("changed.txt");
    String location = failedEarlier(file, Articles.french(1));
    Files.writeString(file, Articles.english(2));

    FailureRetry.Outcome outcome = retry.retry(location, IngestListener.SILENT).orElseThrow();

    assertThat(outcome.origin()).isEqualTo(FailureRetry.Origin.KEPT_COPY);
    assertThat(outcome.why()).contains("has changed");
    assertThat(onlyArticle().language()).contains("fr");
  }

  @Test
  void retry_fileUnchanged_saysItHoldsTheSameBytes() throws IOException {
    String location = failedEarlier(inputs.resolve("same.txt"), Articles.english(3));

    FailureRetry.Outcome outcome = retry.retry(location, IngestListener.SILENT).orElseThrow();

    assertThat(outcome.origin()).isEqualTo(FailureRetry.Origin.KEPT_COPY);
    assertThat(outcome.why()).contains("still holds");
    assertThat(outcome.summary().added()).isEqualTo(1);
  }

  @Test
  void retry_pageFailure_comesBackWithItsUrlOutletMediaTypeAndStatedDate() throws IOException {
    String html = "<html><head><title>Harbour authority approves a new ferry terminal</title></head><body><article><h1>Harbour authority approves a new"
        + " ferry terminal</h1><p>" + Articles.english(4).replace("\n", " ") + "</p></article></body></html>";
    URI url = URI.create("https://news.example.org/harbour");
    RawDocument page = new RawDocument(url, Optional.of(url), Optional.of("Example News"), CLOCK.instant(),
        List.of(new HttpHeader("Content-Type", "text/html; charset=utf-8")), "text/html", Optional.of("utf-8"),
        html.getBytes(StandardCharsets.UTF_8),
        new RawDocument.Stated(Optional.of(new Published("2020-07-02", Precision.DAY, false))));
    String location = failedEarlier(page);

    FailureRetry.Outcome outcome = retry.retry(location, IngestListener.SILENT).orElseThrow();

    assertThat(outcome.origin()).isEqualTo(FailureRetry.Origin.KEPT_COPY);
    assertThat(outcome.why()).contains("rather than fetching the page again");
    assertThat(fetched).isEmpty();
    Article article = onlyArticle();
    assertThat(article.url()).contains(url.toString());
    assertThat(article.source()).contains("Example News");
    assertThat(article.title()).contains("ferry terminal");
    assertThat(article.published()).hasValueSatisfying(p -> assertThat(p.value()).isEqualTo("2020-07-02"));
  }

  @Test
  void retry_recordInsideAnArchive_processesItsKeptBytes() throws IOException {
    Path archive = inputs.resolve("dump.jsonl");
    URI record = URI.create(archive.toAbsolutePath().normalize().toUri() + "#line=7");
    String location = failedEarlier(RawDocument.ofFile(record, "text/plain", CLOCK.instant(),
        Articles.english(5).getBytes(StandardCharsets.UTF_8)));

    FailureRetry.Outcome outcome = retry.retry(location, IngestListener.SILENT).orElseThrow();

    assertThat(outcome.origin()).isEqualTo(FailureRetry.Origin.KEPT_COPY);
    assertThat(outcome.why()).contains("inside an archive");
    assertThat(onlyArticle().location()).isEqualTo(location);
  }

  @Test
  void retry_failureWithoutKeptBytes_readsTheLocationAgain() throws IOException {
    Path file = inputs.resolve("later.txt");
    new Ingester(pipeline, store, CLOCK, IngestOptions.defaults()).ingest(List.of(file), IngestListener.SILENT);
    String location = file.toAbsolutePath().normalize().toUri().toString();
    assertThat(store.failure(location)).hasValueSatisfying(f -> assertThat(f.sha256()).isEmpty());
    Files.writeString(file, Articles.english(6));

    FailureRetry.Outcome outcome = retry.retry(location, IngestListener.SILENT).orElseThrow();

    assertThat(outcome.origin()).isEqualTo(FailureRetry.Origin.LOCATION);
    assertThat(outcome.why()).contains("no bytes were kept");
    assertThat(outcome.summary().added()).isEqualTo(1);
    assertThat(store.failures()).isEmpty();
  }

  @Test
  void retry_keptCopyRemoved_readsTheLocationAgain() throws IOException {
    Path file = inputs.resolve("copy-removed.txt");
    String location = failedEarlier(file, Articles.english(7));
    Files.delete(store.rawCopy(store.failure(location).orElseThrow().sha256()));

    FailureRetry.Outcome outcome = retry.retry(location, IngestListener.SILENT).orElseThrow();

    assertThat(outcome.origin()).isEqualTo(FailureRetry.Origin.LOCATION);
    assertThat(outcome.why()).contains("missing or damaged");
    assertThat(outcome.summary().added()).isEqualTo(1);
  }

  @Test
  void retry_failsAgain_recordsTheNewFailure() throws IOException {
    Path file = inputs.resolve("empty.txt");
    String location = failedEarlier(file, "");
    Files.delete(file);

    FailureRetry.Outcome outcome = retry.retry(location, IngestListener.SILENT).orElseThrow();

    assertThat(outcome.summary().failed()).containsEntry(FailureCause.EMPTY, 1L);
    assertThat(store.failure(location)).hasValueSatisfying(f -> assertThat(f.cause()).isEqualTo(FailureCause.EMPTY));
  }

  @Test
  void retry_noFailureThere_empty() throws IOException {
    assertThat(retry.retry("file:///nowhere.txt", IngestListener.SILENT)).isEmpty();
  }
}
