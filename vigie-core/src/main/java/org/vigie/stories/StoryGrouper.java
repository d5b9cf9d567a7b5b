package org.vigie.stories;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.vigie.dedup.DuplicateDetector;
import org.vigie.model.Article;
import org.vigie.model.Block;
import org.vigie.model.Grouping;
import org.vigie.pipeline.ArticleGrouper;
import org.vigie.store.ArticleStore;
import org.vigie.store.PublishedTimes;

/**
 * Deduplication then story clustering, as one cross-document step of ingest: each article learns
 * the copy it republishes ({@code duplicateOf}) and its story. Calls are serialised (one lock), so
 * ingest workers may call it concurrently; both steps cost about a millisecond an article.
 *
 * <p><b>Persistence.</b> A persistent grouper keeps its state in one file, {@code state.bin.gz}, in
 * its directory (under the data directory): the duplicate detector's signatures and the story
 * clusterer's window, open stories and document frequencies. {@link #commit} replaces it atomically
 * (temporary file, then rename), so a crash leaves the previous state or the new one, never half.
 * Stories that leave the window are appended to {@code closed.jsonl} at the same moment.
 *
 * <p><b>Crash recovery.</b> Ingest commits the store first, then this state. A crash between the two
 * leaves the state behind the store by at most one batch; those articles are grouped again, to the
 * same stories, when they are ingested again. Nothing is lost that cannot be rebuilt: the state is
 * derived from the stored articles, and {@link #openFor} replays them in time order ({@link
 * #rebuild}) when the state is missing or cannot be read. The whole window is rewritten at each
 * commit that grouped something: cheap for a window of thousands of articles, heavy for hundreds of
 * thousands, where a journal of assignments between snapshots would be the next step.
 */
public final class StoryGrouper implements ArticleGrouper {
  static final String STATE_FILE = "state.bin.gz";
  static final String CLOSED_FILE = "closed.jsonl";
  private static final int FORMAT = 1;

  /**
   * The seed of a new grouper's hash functions ({@code vigie ingest} draws them from it). The batch
   * runner draws its own from the same seed, so that both compute the same MinHash signatures.
   */
  public static final long SEED = 0x5eed_5107L;

  /** The settings of both steps. */
  public record Settings(DuplicateDetector.Settings duplicates, StoryClusterer.Settings stories) {
    public static Settings defaults() {
      return new Settings(DuplicateDetector.Settings.defaults(), StoryClusterer.Settings.defaults());
    }
  }

  private final Optional<Path> directory;
  private final InstantSource clock;
  private final DuplicateDetector duplicates;
  private final StoryClusterer stories;
  private final List<Story> closed = new ArrayList<>();
  /** Merges not yet taken by the ingester, whose store moves their articles; kept only by a persistent grouper. */
  private final List<StoryMerge> merges = new ArrayList<>();
  /** Whether anything was grouped since the last commit: an idle watcher does not rewrite its state. */
  private boolean changed;

  private StoryGrouper(Optional<Path> directory, InstantSource clock, DuplicateDetector duplicates,
      StoryClusterer stories) {
    this.directory = directory;
    this.clock = clock;
    this.duplicates = duplicates;
    this.stories = stories;
    // Only a grouper that writes its state keeps closed stories until the commit that archives them.
    if (directory.isPresent()) {
      stories.onClose(closed::add);
    }
  }

  /** A grouper that keeps nothing on disk (benchmarks, tests). */
  public static StoryGrouper inMemory(Settings settings, Random random, InstantSource clock) {
    return new StoryGrouper(Optional.empty(), clock, new DuplicateDetector(settings.duplicates(), random),
        new StoryClusterer(settings.stories()));
  }

  /** A grouper whose state lives in the directory: loaded if there, written at each commit. */
  public static StoryGrouper open(Path directory, Settings settings, Random random, InstantSource clock)
      throws IOException {
    Path state = directory.resolve(STATE_FILE);
    if (!Files.exists(state)) {
      return new StoryGrouper(Optional.of(directory), clock, new DuplicateDetector(settings.duplicates(), random),
          new StoryClusterer(settings.stories()));
    }
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(
        Files.newInputStream(state)), 1 << 16))) {
      int format = in.readInt();
      if (format != FORMAT) {
        throw new IOException("story state " + state + " has format " + format + ", expected " + FORMAT);
      }
      DuplicateDetector detector = DuplicateDetector.readFrom(in, settings.duplicates());
      StoryClusterer clusterer = StoryClusterer.readFrom(in, settings.stories());
      return new StoryGrouper(Optional.of(directory), clock, detector, clusterer);
    }
  }

  /**
   * The grouper of a data directory's store: its saved state, or, when there is none while the
   * store holds articles (the state was removed, or lost before its first commit) or the saved one
   * cannot be read, a state rebuilt from the stored articles, then saved.
   */
  public static StoryGrouper openFor(ArticleStore store, Settings settings, Random random, InstantSource clock)
      throws IOException {
    Path directory = store.data().stories();
    boolean saved = Files.exists(directory.resolve(STATE_FILE));
    if (saved) {
      try {
        return open(directory, settings, random, clock);
      } catch (IOException | RuntimeException e) {
        // Damaged or from another format: the stored articles are the truth it is rebuilt from.
      }
    } else if (store.articleCount() == 0) {
      return open(directory, settings, random, clock);
    }
    List<Article> articles = new ArrayList<>();
    store.forEachArticle(articles::add);
    StoryGrouper rebuilt = rebuild(directory, settings, random, clock, articles);
    rebuilt.commit();
    return rebuilt;
  }

  /**
   * Rebuilds a grouper from stored articles (after its state was lost or damaged): replays them
   * through deduplication and clustering in publication order, and returns each article's grouping.
   */
  public static StoryGrouper rebuild(Path directory, Settings settings, Random random, InstantSource clock,
      List<Article> articles) {
    StoryGrouper grouper = new StoryGrouper(Optional.of(directory), clock,
        new DuplicateDetector(settings.duplicates(), random), new StoryClusterer(settings.stories()));
    List<Article> ordered = new ArrayList<>(articles);
    ordered.sort(java.util.Comparator.comparingLong(grouper::timeOf).thenComparing(Article::id));
    ordered.forEach(grouper::group);
    // The stored articles keep the ids they were given; a replay's merges say nothing about those.
    grouper.merges.clear();
    grouper.changed = true;
    return grouper;
  }

  @Override
  public synchronized Article group(Article article) {
    return article.withGrouping(assign(article, timeOf(article)));
  }

  /** Groups an article published at the given time (epoch seconds). */
  public synchronized Grouping assign(Article article, long time) {
    changed = true;
    String body = article.body().stream().map(Block::text).collect(Collectors.joining("\n"));
    Optional<String> duplicateOf = duplicates.add(article.id(), time, body);
    StoryClusterer.Assignment assignment = stories.assign(article, time);
    if (directory.isPresent()) {
      assignment.merged().forEach(from -> merges.add(new StoryMerge(from, assignment.story())));
    }
    return new Grouping(duplicateOf, Optional.of(assignment.story()));
  }

  @Override
  public synchronized List<StoryMerge> takeMerges() {
    List<StoryMerge> taken = List.copyOf(merges);
    merges.clear();
    return taken;
  }

  /** The story a recorded story id is now part of (stories merge when an article bridges them). */
  public synchronized String currentStory(String storyId) {
    return stories.resolve(storyId);
  }

  /** The canonical article of the copies an article belongs to (itself when it is the original). */
  public synchronized String canonicalOf(String articleId) {
    return duplicates.canonicalOf(articleId);
  }

  public synchronized Optional<Story> story(String storyId) {
    return stories.story(storyId);
  }

  public synchronized List<Story> openStories() {
    return List.copyOf(stories.openStories());
  }

  /** Articles held in the sliding windows. */
  public synchronized int windowSize() {
    return Math.max(stories.windowSize(), duplicates.size());
  }

  private long timeOf(Article article) {
    return article.published().flatMap(PublishedTimes::epochSecond)
        .orElseGet(() -> clock.instant().getEpochSecond());
  }

  @Override
  public synchronized void commit() throws IOException {
    if (directory.isEmpty()) {
      closed.clear();
      return;
    }
    if (!changed && Files.exists(directory.get().resolve(STATE_FILE))) {
      return;
    }
    Path dir = directory.get();
    Files.createDirectories(dir);
    appendClosed(dir.resolve(CLOSED_FILE));
    Path temp = Files.createTempFile(dir, "state", ".part");
    try (OutputStream file = Files.newOutputStream(temp);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(file, 1 << 16),
            1 << 16))) {
      out.writeInt(FORMAT);
      duplicates.writeTo(out);
      stories.writeTo(out);
    }
    try {
      Files.move(temp, dir.resolve(STATE_FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, dir.resolve(STATE_FILE), StandardCopyOption.REPLACE_EXISTING);
    }
    changed = false;
  }

  /** Closed stories, one JSON object a line; a line cut by a crash is the only possible damage. */
  private void appendClosed(Path file) throws IOException {
    if (closed.isEmpty()) {
      return;
    }
    ObjectMapper json = new ObjectMapper();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND)) {
      for (Story story : closed) {
        out.write(json.writeValueAsString(toJson(json, story)));
        out.write('\n');
      }
    }
    closed.clear();
  }

  static ObjectNode toJson(ObjectMapper json, Story story) {
    ObjectNode node = json.createObjectNode();
    node.put("id", story.id());
    node.put("label", story.label());
    node.put("firstSeen", story.firstSeen().toString());
    node.put("lastSeen", story.lastSeen().toString());
    node.put("articles", story.articles());
    story.outlets().forEach(node.putArray("outlets")::add);
    story.languages().forEach(node.putArray("languages")::add);
    story.countries().forEach(node.putArray("countries")::add);
    story.mainEntities().forEach(node.putArray("mainEntities")::add);
    ArrayNode timeline = node.putArray("timeline");
    for (Story.TimelineEntry entry : story.timeline()) {
      timeline.addObject().put("time", entry.time().toString()).put("article", entry.article())
          .put("outlet", entry.outlet()).put("title", entry.title());
    }
    return node;
  }

  /** Closed stories recorded so far in a grouper directory, oldest first. */
  public static List<String> closedStoryLines(Path directory) throws IOException {
    Path file = directory.resolve(CLOSED_FILE);
    if (!Files.exists(file)) {
      return List.of();
    }
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
