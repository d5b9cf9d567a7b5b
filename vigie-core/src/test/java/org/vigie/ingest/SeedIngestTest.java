package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.lang.LanguageIdentifier;
import org.vigie.model.Article;
import org.vigie.model.Precision;
import org.vigie.model.Published;
import org.vigie.store.ArticleStore;
import org.vigie.store.DataDirectory;
import org.vigie.testing.SharedData;

/** The seed end to end through the real pipeline, with every language Lingua knows. */
class SeedIngestTest {
  @TempDir Path data;

  @Test
  void ingest_seedFolder_searchableFrenchArticleWithInferredDate() throws IOException {
    Path seed = SharedData.require("seed");
    InstantSource clock = InstantSource.fixed(Instant.parse("2026-11-29T00:00:00Z"));
    try (ArticleStore store = ArticleStore.openForWriting(new DataDirectory(data))) {
      Ingester ingester = new Ingester(StandardPipeline.create(clock, LanguageIdentifier.allLanguagesLowAccuracy()),
          store, clock, IngestOptions.defaults());

      IngestSummary summary = ingester.ingest(List.of(seed), IngestListener.SILENT);

      assertThat(summary.added()).isEqualTo(1);
      // EXPECTED.md sits beside the seed: Markdown is no news document, so it is listed as unsupported.
      assertThat(summary.failed()).containsOnlyKeys(org.vigie.pipeline.FailureCause.UNSUPPORTED_TYPE);
      Article article = store.search("Tripoli", 10, false).hits().getFirst().article();
      assertThat(article.title()).isEqualTo("Le ministre turc de la Défense et son chef d'état-major à Tripoli");
      assertThat(article.language()).contains("fr");
      assertThat(article.published()).contains(new Published("2020-07-03", Precision.DAY, true));
      assertThat(article.body()).hasSize(4);
    }
  }
}
