package org.vigie.quotes;

import java.util.List;
import java.util.Optional;
import org.vigie.model.Article;
import org.vigie.model.Block;
import org.vigie.model.Quote;
import org.vigie.pipeline.Outcome;

/** Runs the quote stage on a small article: a title, then paragraphs. */
final class QuoteShapes {
  private QuoteShapes() {}

  static List<Quote> quotes(String language, String... paragraphs) {
    return stage(article(language, paragraphs));
  }

  static List<Quote> stage(Article article) {
    return ((Outcome.Done<Article>) new QuoteStage().apply(article)).value().annotations().quotes();
  }

  static Article article(String language, String... paragraphs) {
    return new Article("id", Optional.empty(), "test", Optional.empty(), Optional.empty(), "Un titre sans citation",
        Optional.empty(), Optional.empty(), Optional.of(language), List.of(paragraphs).stream().map(Block::paragraph)
        .toList(), List.of(), List.of(), "hash");
  }

  static Quote starting(List<Quote> quotes, String start) {
    return quotes.stream().filter(q -> q.text().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote starting «" + start + "» in " + quotes));
  }
}
