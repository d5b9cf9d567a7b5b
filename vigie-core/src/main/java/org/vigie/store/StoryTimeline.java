package org.vigie.store;

import java.util.List;
import java.util.Objects;
import org.vigie.model.Article;

/**
 * A story's articles in publication order (undated ones last), a page of them. A copy of another
 * article (republished wire copy) says so in its {@code grouping().duplicateOf()}.
 *
 * @param offset how many earlier articles this page skips
 * @param days the story's articles per day, oldest first
 */
public record StoryTimeline(StorySummary summary, int offset, List<Article> articles, List<DayCount> days) {
  public StoryTimeline {
    Objects.requireNonNull(summary, "summary");
    articles = List.copyOf(articles);
    days = List.copyOf(days);
  }

  /** How many articles of this page are copies of another. */
  public long copies() {
    return articles.stream().filter(a -> a.grouping().duplicateOf().isPresent()).count();
  }
}
