package org.vigie.store;

import java.util.List;
import java.util.Objects;
import org.vigie.model.Article;

/**
 * A story's articles in publication order (undated ones last), a page of them, each with the lead of
 * its text as a search hit's snippet. A copy of another
 * article (republished wire copy) says so in its {@code grouping().duplicateOf()}.
 *
 * @param offset how many earlier articles this page skips
 * @param days the story's articles per day, oldest first
 */
public record StoryTimeline(StorySummary summary, int offset, List<SearchHit> hits, List<DayCount> days) {
  public StoryTimeline {
    Objects.requireNonNull(summary, "summary");
    hits = List.copyOf(hits);
    days = List.copyOf(days);
  }

  /** The articles of this page, in publication order. */
  public List<Article> articles() {
    return hits.stream().map(SearchHit::article).toList();
  }

  /** How many articles of this page are copies of another. */
  public long copies() {
    return hits.stream().filter(h -> h.article().grouping().duplicateOf().isPresent()).count();
  }
}
