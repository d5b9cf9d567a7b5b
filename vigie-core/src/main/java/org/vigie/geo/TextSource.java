package org.vigie.geo;

import org.vigie.model.Article;
import org.vigie.model.SpanTarget;

/** The texts of an article that spans point into. */
@FunctionalInterface
public interface TextSource {
  String text(SpanTarget in, int index);

  static TextSource of(Article article) {
    return (in, index) -> switch (in) {
      case TITLE -> article.title();
      case BODY -> article.body().get(index).text();
      case CAPTION -> article.captions().get(index).text();
    };
  }
}
