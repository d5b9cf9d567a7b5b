package org.vigie.stories;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One happening as Vigie followed it: the articles of many outlets and languages about it.
 *
 * @param id stable: the id of the story's first article, prefixed "s"
 * @param label a representative title: that of the article most linked to the others
 * @param articles how many articles joined it
 * @param outlets the outlets that carried it, first to carry it first
 * @param languages ISO 639-1 codes, most used first
 * @param countries ISO 3166-1 alpha-2 codes the articles are about, most frequent first
 * @param mainEntities the entities most named in its articles, most frequent first
 * @param timeline its first articles in time order (at most {@value OpenStory#TIMELINE_LIMIT})
 */
public record Story(String id, String label, Instant firstSeen, Instant lastSeen, int articles, List<String> outlets,
    List<String> languages, List<String> countries, List<String> mainEntities, List<TimelineEntry> timeline) {

  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(lastSeen, "lastSeen");
    outlets = List.copyOf(outlets);
    languages = List.copyOf(languages);
    countries = List.copyOf(countries);
    mainEntities = List.copyOf(mainEntities);
    timeline = List.copyOf(timeline);
  }

  /** One article in a story's timeline. */
  public record TimelineEntry(Instant time, String article, String outlet, String title) {
    public TimelineEntry {
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(title, "title");
    }
  }
}
