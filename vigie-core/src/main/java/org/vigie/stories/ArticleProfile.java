package org.vigie.stories;

import java.util.Objects;
import java.util.Optional;

/**
 * What story clustering keeps of an article: its features with their weights in the article
 * (term frequency, log-scaled, title and lead counting more than the body), sorted by id, and what
 * a story summary needs (time, outlet, language, title).
 *
 * @param time publication time in epoch seconds
 * @param terms feature ids (see {@link Term}), ascending
 * @param weights the weight of each feature in this article, before inverse document frequency
 */
record ArticleProfile(String id, long time, Optional<String> outlet, Optional<String> language, String title,
    long[] terms, float[] weights) {

  ArticleProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(title, "title");
    if (terms.length != weights.length) {
      throw new IllegalArgumentException("one weight per term");
    }
  }

  int size() {
    return terms.length;
  }
}
