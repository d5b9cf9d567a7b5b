package org.vigie.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.vigie.extract.CrawledTextExtractor;
import org.vigie.model.Article;
import org.vigie.model.RawDocument;
import org.vigie.pipeline.Outcome;

/**
 * The seed dispatch of ../shared/seed as the crawled-text extractor makes it, in French: what the
 * seed tests of the understanding stages read.
 */
public final class SeedArticle {
  private SeedArticle() {}

  /** The extracted seed article; skips the test when ../shared is absent. */
  public static Article extracted() throws IOException {
    Path seed = SharedData.require("seed/000_2a8616f36f3ff5fa.txt");
    RawDocument raw = new RawDocument(seed.toUri(), Optional.empty(), Optional.empty(), Instant.EPOCH, List.of(),
        "text/plain", Optional.of("UTF-8"), Files.readAllBytes(seed));
    return ((Outcome.Done<Article>) new CrawledTextExtractor().apply(raw)).value().withLanguage("fr");
  }
}
