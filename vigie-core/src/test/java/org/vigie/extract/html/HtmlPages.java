package org.vigie.extract.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.vigie.model.Article;
import org.vigie.model.HttpHeader;
import org.vigie.model.RawDocument;
import org.vigie.pipeline.Outcome;

/** Fixture pages under {@code fixtures/html/} and the raw documents a fetcher would make of them. */
final class HtmlPages {
  private HtmlPages() {}

  static String fixture(String name) {
    try (InputStream in = HtmlPages.class.getResourceAsStream("/fixtures/html/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RawDocument page(String url, byte[] bytes, HttpHeader... headers) {
    return new RawDocument(URI.create(url), Optional.of(URI.create(url)), Optional.empty(),
        Instant.parse("2024-03-06T10:00:00Z"), List.of(headers), "text/html", Optional.empty(), bytes);
  }

  static RawDocument page(String url, String html) {
    return page(url, html.getBytes(StandardCharsets.UTF_8));
  }

  static Article done(Outcome<Article> outcome) {
    if (outcome instanceof Outcome.Done<Article> done) {
      return done.value();
    }
    throw new AssertionError("expected an article, got " + outcome);
  }
}
