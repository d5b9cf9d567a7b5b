package org.vigie.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import org.vigie.extract.CrawledTextExtractor;
import org.vigie.model.Article;
import org.vigie.model.RawDocument;
import org.vigie.pipeline.Outcome;
import org.vigie.time.PublicationDateEstimator;

/**
 * The seed dispatch ({@code ../shared/seed/000_2a8616f36f3ff5fa.txt}) as the stages after extraction
 * see it: extracted, French, published 2020-07-03 as inferred from its text. Skips the test when the
 * shared folder is absent.
 */
public final class SeedArticle {
  private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-11-29T00:00:00Z"));

  private SeedArticle() {}

  public static Article extracted() throws IOException {
    Path seed = SharedData.require("seed/000_2a8616f36f3ff5fa.txt");
    RawDocument raw = RawDocument.ofFile(seed.toUri(), "text/plain", CLOCK.instant(), Files.readAllBytes(seed));
    Article article = done(new CrawledTextExtractor().apply(raw)).withLanguage("fr");
    return done(new PublicationDateEstimator(CLOCK).apply(article));
  }

  private static Article done(Outcome<Article> outcome) {
    if (outcome instanceof Outcome.Done<Article> done) {
      return done.value();
    }
    throw new AssertionError("the seed did not go through: " + outcome);
  }
}
