package org.vigie.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A story as the index knows it, from the articles that carry its id.
 *
 * @param id the story's id ({@code story:ID} finds its articles)
 * @param title the title of its earliest article
 * @param articles how many articles it holds, copies of one another included
 * @param outlets the outlets that carried it, most articles first
 * @param languages its languages, most articles first
 * @param firstSeen the publication date of its earliest article (the value of the article record's {@code published})
 * @param lastSeen that of its latest
 */
public record StorySummary(String id, String title, long articles, List<FacetCount> outlets,
    List<FacetCount> languages, Optional<String> firstSeen, Optional<String> lastSeen) {
  public StorySummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    outlets = List.copyOf(outlets);
    languages = List.copyOf(languages);
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(lastSeen, "lastSeen");
  }
}
