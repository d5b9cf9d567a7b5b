package org.vigie.stories;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.vigie.model.Article;
import org.vigie.model.CountryScore;
import org.vigie.model.Entity;

/**
 * Online, incremental story clustering. Articles arrive in time order; each is compared with the
 * articles of the sliding window that share one of its rarest features, and joins the story of the
 * most similar one when that similarity reaches the threshold, else starts a story. When it is
 * similar enough to articles of several stories, it is the bridge that shows them to be one, and
 * they merge (single link, Sibson 1973, restricted to the window). Similarity is {@link Similarity}
 * over {@link ArticleProfiler} features.
 *
 * <p>Cost per article stays flat as the stream grows: candidates come from an inverted index over
 * the window (each article is indexed under its {@code indexTerms} highest-weighted features, and a
 * feature held by more than {@code maxPosting} articles is too common to point anywhere), at most
 * {@code maxCandidates} are compared, and the window is bounded by time and by count. Memory holds
 * the window, its open stories and a fixed-size document-frequency table.
 *
 * <p>Not thread-safe on its own; its owner serialises calls.
 */
public final class StoryClusterer {

  /**
   * @param threshold story score from which an article joins a story
   * @param mergeThreshold story score from which a second story merges with the first (a bridge)
   * @param linkWeight weight of the best link in a story's score; the rest goes to the mean link
   * @param sample story members compared at most for the mean link, the latest first
   * @param universalFactor discount of the cross-language similarity (see {@link Similarity})
   * @param nameAgreement share of a pair's text similarity that holds without shared names and numbers
   * @param timeConstant days over which a link weakens by a factor e, beyond two days apart
   * @param window how far back, from the latest time seen, an article may find its story
   * @param maxArticles the most articles the window holds, whatever their times
   * @param indexTerms features under which each article is indexed and looked up
   * @param maxPosting articles under one feature beyond which it is not followed
   * @param maxCandidates articles compared at most, those sharing the most weight first
   * @param frequencyBits log2 of the document-frequency table's size
   */
  public record Settings(double threshold, double mergeThreshold, double linkWeight, int sample,
      double universalFactor, double nameAgreement, double timeConstant, Duration window, int maxArticles,
      int indexTerms, int maxPosting, int maxCandidates, int frequencyBits) {
    public static Settings defaults() {
      return new Settings(0.15, 0.35, 0.5, 30, 0.6, 0.5, 40, Duration.ofDays(30), 100_000, 40, 1_000, 50, 22);
    }
  }

  /**
   * Where an article went.
   *
   * @param story the story it is in now
   * @param merged stories that this article showed to be the same as {@code story}, now part of it
   */
  public record Assignment(String story, List<String> merged) {
    public Assignment {
      Objects.requireNonNull(story, "story");
      merged = List.copyOf(merged);
    }
  }

  private final Settings settings;
  private final ArticleProfiler profiler = new ArticleProfiler();
  private final DocumentFrequencies frequencies;
  private final Similarity similarity;
  private final ArrayDeque<Member> window = new ArrayDeque<>();
  private final Map<Long, ArrayDeque<Member>> postings = new HashMap<>();
  private final Map<String, Member> byId = new HashMap<>();
  private final Map<String, OpenStory> stories = new LinkedHashMap<>();
  /** Stories merged into another, while the other is open: old id to the id it went into. */
  private final Map<String, String> mergedInto = new HashMap<>();
  /** Similarities of the article being placed to window members, computed once each. */
  private final Map<Member, Double> scratch = new HashMap<>();
  private long latest = Long.MIN_VALUE;
  private Consumer<Story> onClose = story -> { };

  public StoryClusterer(Settings settings) {
    this(settings, new DocumentFrequencies(settings.frequencyBits()));
  }

  private StoryClusterer(Settings settings, DocumentFrequencies frequencies) {
    this.settings = settings;
    this.frequencies = frequencies;
    this.similarity = new Similarity(frequencies, settings.universalFactor(), settings.nameAgreement());
  }

  /** Called with the final summary of each story that leaves the window. */
  public void onClose(Consumer<Story> listener) {
    this.onClose = Objects.requireNonNull(listener, "listener");
  }

  /**
   * Places an article in a story.
   *
   * @param time its publication time in epoch seconds (its arrival's, when unknown)
   */
  public Assignment assign(Article article, long time) {
    Member known = byId.get(article.id());
    if (known != null) {
      return new Assignment(known.story.id, List.of());
    }
    ArticleProfile profile = profiler.profile(article, time);
    frequencies.add(profile.terms());
    Similarity.Weighted weighted = similarity.weigh(profile);
    long[] indexed = indexTerms(weighted);

    Map<OpenStory, Link> links = bestLinks(weighted, indexed, time);
    Map<OpenStory, Double> joined = storiesToJoin(weighted, time, links);

    OpenStory story;
    List<String> merged = new ArrayList<>();
    Member member;
    if (joined.isEmpty()) {
      story = new OpenStory("s" + article.id(), time);
      stories.put(story.id, story);
      member = new Member(profile, indexed, story);
    } else {
      // The oldest story survives a merge, so that the ids of stories already shown stay valid longest.
      story = joined.keySet().stream().min((x, y) -> x.firstSeen != y.firstSeen ? Long.compare(x.firstSeen,
          y.firstSeen) : x.id.compareTo(y.id)).orElseThrow();
      member = new Member(profile, indexed, story);
      for (Map.Entry<OpenStory, Double> join : joined.entrySet()) {
        Member linked = links.get(join.getKey()).member();
        linked.links += join.getValue();
        member.links += join.getValue();
        if (join.getKey() != story) {
          merge(join.getKey(), story);
          merged.add(join.getKey().id);
        }
        story.consider(linked);
      }
    }
    story.members.add(member);
    story.record(profile, countries(article), entities(article));
    story.consider(member);
    member.weighted = weighted;
    member.weighedAt = frequencies.documents();
    remember(member);
    return new Assignment(story.id, merged);
  }

  /** An article's strongest link into a story: the member and the similarity. */
  private record Link(Member member, double similarity) {}

  /**
   * The best link into each story among the candidates, similarity weakened by time apart. Every
   * similarity computed is kept in the members' scratch map for the stories' mean links.
   */
  private Map<OpenStory, Link> bestLinks(Similarity.Weighted weighted, long[] indexed, long time) {
    Map<OpenStory, Link> best = new LinkedHashMap<>();
    scratch.clear();
    long oldest = time - settings.window().toSeconds();
    for (Member candidate : candidates(weighted, indexed)) {
      if (candidate.profile.time() < oldest) {
        continue;
      }
      double score = link(weighted, time, candidate);
      Link current = best.get(candidate.story);
      if (current == null || score > current.similarity()) {
        best.put(candidate.story, new Link(candidate, score));
      }
    }
    return best;
  }

  private double link(Similarity.Weighted weighted, long time, Member member) {
    Double known = scratch.get(member);
    if (known != null) {
      return known;
    }
    double score = weighted.similarity(weighed(member)) * closeness(time, member.profile.time(),
        settings.timeConstant());
    scratch.put(member, score);
    return score;
  }

  /**
   * The stories the article joins, with their scores: the best-scoring one, and any other whose
   * score reaches the merge threshold (the article bridges them). A story's score mixes its best
   * link and its mean link over its latest members: the best link alone lets one look-alike pull
   * an article into the wrong story (and chains stories together), the mean alone penalises a story
   * that has grown varied.
   */
  private Map<OpenStory, Double> storiesToJoin(Similarity.Weighted weighted, long time, Map<OpenStory, Link> links) {
    Map<OpenStory, Double> scored = new LinkedHashMap<>();
    long oldest = time - settings.window().toSeconds();
    for (Map.Entry<OpenStory, Link> entry : links.entrySet()) {
      double max = entry.getValue().similarity();
      // A story's score never exceeds its best link: below the threshold it cannot be joined.
      if (max < settings.threshold()) {
        continue;
      }
      double sum = 0;
      int n = 0;
      List<Member> members = entry.getKey().members;
      for (int k = members.size() - 1; settings.linkWeight() < 1 && k >= 0 && n < settings.sample(); k--) {
        Member member = members.get(k);
        if (member.profile.time() >= oldest) {
          sum += link(weighted, time, member);
          n++;
        }
      }
      double mean = n == 0 ? 0 : sum / n;
      double score = settings.linkWeight() * max + (1 - settings.linkWeight()) * mean;
      if (score >= settings.threshold()) {
        scored.put(entry.getKey(), score);
      }
    }
    if (!scored.isEmpty()) {
      OpenStory top = scored.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      scored.entrySet().removeIf(e -> e.getKey() != top && e.getValue() < settings.mergeThreshold());
    }
    return scored;
  }

  /** One story taken into another: its members, counts and the ids that pointed to it. */
  private void merge(OpenStory from, OpenStory into) {
    into.absorb(from);
    stories.remove(from.id);
    // Every recorded merge points straight at an open story, so closing one can forget them all.
    mergedInto.replaceAll((old, target) -> target.equals(from.id) ? into.id : target);
    mergedInto.put(from.id, into.id);
  }

  /** The story an article's recorded story id has become, following merges of open stories. */
  public String resolve(String storyId) {
    return mergedInto.getOrDefault(storyId, storyId);
  }

  /** The story of an article still in the window. */
  public Optional<String> storyOfArticle(String articleId) {
    return Optional.ofNullable(byId.get(articleId)).map(member -> member.story.id);
  }

  /** The open story of that id (after merges), if it is still in the window. */
  public Optional<Story> story(String storyId) {
    return Optional.ofNullable(stories.get(resolve(storyId))).map(OpenStory::snapshot);
  }

  public Collection<Story> openStories() {
    return stories.values().stream().map(OpenStory::snapshot).toList();
  }

  public int windowSize() {
    return window.size();
  }

  /**
   * How much being apart in time weakens a link: not at all within two days (one news cycle and its
   * follow-ups), then exponentially with the time constant; a story that comes back after weeks must
   * show stronger likeness. Undated articles take their arrival's time and are never apart.
   */
  static double closeness(long a, long b, double timeConstant) {
    double days = Math.abs(a - b) / 86_400.0;
    return days <= 2 ? 1.0 : Math.exp(-(days - 2) / timeConstant);
  }

  /**
   * A window article weighed by inverse document frequencies, recomputed only once the stream has
   * grown by a fifth since: idf moves slowly, and weighing is most of the cost of a comparison.
   */
  private Similarity.Weighted weighed(Member member) {
    long documents = frequencies.documents();
    if (member.weighted == null || documents > member.weighedAt + member.weighedAt / 5 + 2) {
      member.weighted = similarity.weigh(member.profile);
      member.weighedAt = documents;
    }
    return member.weighted;
  }

  /** The features an article is indexed and looked up under: its highest-weighted ones. */
  private long[] indexTerms(Similarity.Weighted weighted) {
    int n = weighted.weights.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (x, y) -> Double.compare(weighted.weights[y], weighted.weights[x]));
    int count = Math.min(n, settings.indexTerms());
    long[] terms = new long[count];
    for (int i = 0; i < count; i++) {
      terms[i] = weighted.profile.terms()[order[i]];
    }
    return terms;
  }

  /** Window articles sharing an indexed feature, those sharing the most first, at most maxCandidates. */
  private List<Member> candidates(Similarity.Weighted weighted, long[] indexed) {
    Map<Member, Integer> shared = new HashMap<>();
    for (long term : indexed) {
      ArrayDeque<Member> posting = postings.get(term);
      if (posting == null || posting.size() > settings.maxPosting()) {
        continue;
      }
      for (Member member : posting) {
        shared.merge(member, 1, Integer::sum);
      }
    }
    if (shared.size() <= settings.maxCandidates()) {
      return new ArrayList<>(shared.keySet());
    }
    return shared.entrySet().stream()
        .sorted(Map.Entry.<Member, Integer>comparingByValue().reversed())
        .limit(settings.maxCandidates()).map(Map.Entry::getKey).toList();
  }

  private void remember(Member member) {
    window.addLast(member);
    byId.put(member.profile.id(), member);
    for (long term : member.indexed) {
      postings.computeIfAbsent(term, t -> new ArrayDeque<>(2)).addLast(member);
    }
    latest = Math.max(latest, member.profile.time());
    long oldest = latest - settings.window().toSeconds();
    while (!window.isEmpty() && (window.size() > settings.maxArticles() || window.peekFirst().profile.time() < oldest)) {
      forget(window.pollFirst());
    }
  }

  private void forget(Member member) {
    byId.remove(member.profile.id());
    for (long term : member.indexed) {
      ArrayDeque<Member> posting = postings.get(term);
      if (posting != null) {
        // Members leave in arrival order, so the one leaving is almost always first.
        if (posting.peekFirst() == member) {
          posting.pollFirst();
        } else {
          posting.remove(member);
        }
        if (posting.isEmpty()) {
          postings.remove(term);
        }
      }
    }
    OpenStory story = member.story;
    story.members.remove(member);
    if (story.members.isEmpty()) {
      stories.remove(story.id);
      mergedInto.values().removeIf(story.id::equals);
      onClose.accept(story.snapshot());
    }
  }

  private static List<String> countries(Article article) {
    return article.annotations().countries().stream().filter(c -> c.score() >= 0.3).map(CountryScore::code).toList();
  }

  private static List<String> entities(Article article) {
    return article.annotations().entities().stream().map(Entity::name).distinct().toList();
  }

  // ---------------------------------------------------------------- persistence

  /** Writes the state: document frequencies, open stories, merges and the window's articles. */
  public void writeTo(DataOutputStream out) throws IOException {
    frequencies.writeTo(out);
    out.writeInt(stories.size());
    for (OpenStory story : stories.values()) {
      story.writeTo(out);
    }
    out.writeInt(mergedInto.size());
    for (Map.Entry<String, String> link : mergedInto.entrySet()) {
      out.writeUTF(link.getKey());
      out.writeUTF(link.getValue());
    }
    out.writeInt(window.size());
    for (Member member : window) {
      ArticleProfile p = member.profile;
      out.writeUTF(p.id());
      out.writeLong(p.time());
      out.writeUTF(p.outlet().orElse(""));
      out.writeUTF(p.language().orElse(""));
      out.writeUTF(p.title());
      out.writeInt(p.size());
      for (int i = 0; i < p.size(); i++) {
        out.writeLong(p.terms()[i]);
        out.writeFloat(p.weights()[i]);
      }
      out.writeInt(member.indexed.length);
      for (long term : member.indexed) {
        out.writeLong(term);
      }
      out.writeUTF(member.story.id);
      out.writeDouble(member.links);
    }
  }

  /** Reads a state written by {@link #writeTo}. */
  public static StoryClusterer readFrom(DataInputStream in, Settings settings) throws IOException {
    StoryClusterer clusterer = new StoryClusterer(settings, DocumentFrequencies.readFrom(in));
    int storyCount = in.readInt();
    for (int i = 0; i < storyCount; i++) {
      OpenStory story = OpenStory.readFrom(in);
      clusterer.stories.put(story.id, story);
    }
    int links = in.readInt();
    for (int i = 0; i < links; i++) {
      clusterer.mergedInto.put(in.readUTF(), in.readUTF());
    }
    int members = in.readInt();
    for (int i = 0; i < members; i++) {
      String id = in.readUTF();
      long time = in.readLong();
      String outlet = in.readUTF();
      String language = in.readUTF();
      String title = in.readUTF();
      int size = in.readInt();
      long[] terms = new long[size];
      float[] weights = new float[size];
      for (int j = 0; j < size; j++) {
        terms[j] = in.readLong();
        weights[j] = in.readFloat();
      }
      long[] indexed = new long[in.readInt()];
      for (int j = 0; j < indexed.length; j++) {
        indexed[j] = in.readLong();
      }
      OpenStory story = clusterer.stories.get(in.readUTF());
      if (story == null) {
        throw new IOException("story state names a story it does not hold");
      }
      ArticleProfile profile = new ArticleProfile(id, time, optional(outlet), optional(language), title, terms,
          weights);
      Member member = new Member(profile, indexed, story);
      member.links = in.readDouble();
      story.members.add(member);
      clusterer.remember(member);
    }
    return clusterer;
  }

  private static Optional<String> optional(String value) {
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
