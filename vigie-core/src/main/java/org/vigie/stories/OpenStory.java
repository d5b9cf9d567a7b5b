package org.vigie.stories;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A story still in the window, as the clusterer grows it: counts that make its {@link Story}
 * summary, bounded so that a story of thousands of articles costs no more than one of fifty.
 */
final class OpenStory {
  static final int TIMELINE_LIMIT = 200;
  private static final int TALLY_LIMIT = 200;

  final String id;
  long firstSeen;
  long lastSeen;
  int articles;
  /** Members currently in the window. */
  final List<Member> members = new ArrayList<>();
  String label = "";
  double labelScore = -1;
  final Map<String, Integer> outlets = new LinkedHashMap<>();
  final Map<String, Integer> languages = new LinkedHashMap<>();
  final Map<String, Integer> countries = new LinkedHashMap<>();
  final Map<String, Integer> entities = new LinkedHashMap<>();
  final List<Story.TimelineEntry> timeline = new ArrayList<>();

  OpenStory(String id, long time) {
    this.id = id;
    this.firstSeen = time;
    this.lastSeen = time;
  }

  void record(ArticleProfile profile, List<String> countryCodes, List<String> entityNames) {
    articles++;
    firstSeen = Math.min(firstSeen, profile.time());
    lastSeen = Math.max(lastSeen, profile.time());
    profile.outlet().ifPresent(o -> tally(outlets, o));
    profile.language().ifPresent(l -> tally(languages, l));
    countryCodes.forEach(c -> tally(countries, c));
    entityNames.forEach(e -> tally(entities, e));
    if (timeline.size() < TIMELINE_LIMIT) {
      timeline.add(new Story.TimelineEntry(Instant.ofEpochSecond(profile.time()), profile.id(),
          profile.outlet().orElse(""), profile.title()));
    }
    if (label.isEmpty()) {
      label = profile.title();
    }
  }

  /** The label follows the member most linked to the others: the story's most central title. */
  void consider(Member member) {
    if (member.links > labelScore && !member.profile.title().isBlank()) {
      labelScore = member.links;
      label = member.profile.title();
    }
  }

  /** Takes in another story's articles and counts (a bridge article linked them). */
  void absorb(OpenStory other) {
    articles += other.articles;
    firstSeen = Math.min(firstSeen, other.firstSeen);
    lastSeen = Math.max(lastSeen, other.lastSeen);
    other.outlets.forEach((k, v) -> tally(outlets, k, v));
    other.languages.forEach((k, v) -> tally(languages, k, v));
    other.countries.forEach((k, v) -> tally(countries, k, v));
    other.entities.forEach((k, v) -> tally(entities, k, v));
    for (Story.TimelineEntry entry : other.timeline) {
      if (timeline.size() < TIMELINE_LIMIT) {
        timeline.add(entry);
      }
    }
    timeline.sort(Comparator.comparing(Story.TimelineEntry::time).thenComparing(Story.TimelineEntry::article));
    if (other.labelScore > labelScore) {
      label = other.label;
      labelScore = other.labelScore;
    }
    for (Member member : other.members) {
      member.story = this;
      members.add(member);
    }
    other.members.clear();
  }

  Story snapshot() {
    return new Story(id, label, Instant.ofEpochSecond(firstSeen), Instant.ofEpochSecond(lastSeen), articles,
        List.copyOf(outlets.keySet()), ranked(languages, 10), ranked(countries, 10), ranked(entities, 10), timeline);
  }

  private static List<String> ranked(Map<String, Integer> tally, int limit) {
    return tally.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(limit).map(Map.Entry::getKey).toList();
  }

  private static void tally(Map<String, Integer> tally, String key) {
    tally(tally, key, 1);
  }

  private static void tally(Map<String, Integer> tally, String key, int count) {
    if (tally.containsKey(key) || tally.size() < TALLY_LIMIT) {
      tally.merge(key, count, Integer::sum);
    }
  }

  void writeTo(DataOutputStream out) throws IOException {
    out.writeUTF(id);
    out.writeLong(firstSeen);
    out.writeLong(lastSeen);
    out.writeInt(articles);
    out.writeUTF(label);
    out.writeDouble(labelScore);
    for (Map<String, Integer> tally : List.of(outlets, languages, countries, entities)) {
      out.writeInt(tally.size());
      for (Map.Entry<String, Integer> entry : tally.entrySet()) {
        out.writeUTF(entry.getKey());
        out.writeInt(entry.getValue());
      }
    }
    out.writeInt(timeline.size());
    for (Story.TimelineEntry entry : timeline) {
      out.writeLong(entry.time().getEpochSecond());
      out.writeUTF(entry.article());
      out.writeUTF(entry.outlet());
      out.writeUTF(entry.title());
    }
  }

  static OpenStory readFrom(DataInputStream in) throws IOException {
    OpenStory story = new OpenStory(in.readUTF(), 0);
    story.firstSeen = in.readLong();
    story.lastSeen = in.readLong();
    story.articles = in.readInt();
    story.label = in.readUTF();
    story.labelScore = in.readDouble();
    for (Map<String, Integer> tally : List.of(story.outlets, story.languages, story.countries, story.entities)) {
      int size = in.readInt();
      for (int i = 0; i < size; i++) {
        tally.put(in.readUTF(), in.readInt());
      }
    }
    int entries = in.readInt();
    for (int i = 0; i < entries; i++) {
      story.timeline.add(new Story.TimelineEntry(Instant.ofEpochSecond(in.readLong()), in.readUTF(), in.readUTF(),
          in.readUTF()));
    }
    return story;
  }
}
