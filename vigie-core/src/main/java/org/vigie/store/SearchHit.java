package org.vigie.store;

import java.util.Objects;
import java.util.Optional;
import org.vigie.model.Article;

/** One search result: the article, its score, and a snippet with the matched words marked. */
public record SearchHit(Article article, float score, String snippet) {
  public SearchHit {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(snippet, "snippet");
  }

  public Optional<String> title() {
    return Optional.of(article.title());
  }
}
