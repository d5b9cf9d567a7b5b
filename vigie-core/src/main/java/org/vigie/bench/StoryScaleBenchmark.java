package org.vigie.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.vigie.model.Article;
import org.vigie.stories.StoryGrouper;

/**
 * Deduplication and story clustering at scale: streams generated articles ({@link SyntheticNews})
 * through both, in time order on one thread, and reports the rate and the live heap for each tenth
 * of the stream. A flat rate and a heap that stops growing once the sliding window is full show
 * that the cost per article does not grow with the collection (no all-pairs comparison).
 */
public final class StoryScaleBenchmark {
  private final StoryGrouper.Settings settings;

  public StoryScaleBenchmark(StoryGrouper.Settings settings) {
    this.settings = settings;
  }

  /** The figures of one tenth of the stream. */
  public record Tenth(long articles, double perSecond, long liveHeapMb, int window) {}

  /** The figures of a run. */
  public record Report(long articles, int perDay, double perSecond, long peakHeapMb, List<Tenth> tenths) {
    public Report {
      tenths = List.copyOf(tenths);
    }

    /** Live heap per article held in the window at the end (what the state costs per article). */
    public double bytesPerWindowArticle() {
      Tenth last = tenths.getLast();
      return last.window() == 0 ? 0 : last.liveHeapMb() * 1048576.0 / last.window();
    }

    public void print(PrintStream out) {
      out.printf(Locale.ROOT, "generated   %,d articles (%,d a day), deduplicated and clustered on one thread%n",
          articles, perDay);
      out.printf(Locale.ROOT, "%12s %12s %14s %14s%n", "articles", "articles/s", "live heap MB", "in window");
      for (Tenth tenth : tenths) {
        out.printf(Locale.ROOT, "%,12d %12.0f %14d %,14d%n", tenth.articles(), tenth.perSecond(), tenth.liveHeapMb(),
            tenth.window());
      }
      out.printf(Locale.ROOT, "overall     %.0f articles/s, peak heap %d MB, %.1f KB of live heap per article in the"
          + " window, %.0f bytes per article streamed%n", perSecond, peakHeapMb, bytesPerWindowArticle() / 1024,
          tenths.getLast().liveHeapMb() * 1048576.0 / articles);
      out.println(json());
    }

    public String json() {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode node = mapper.createObjectNode();
      node.put("dataset", "synthetic");
      node.put("items", articles);
      node.put("perSecond", Math.round(perSecond));
      node.put("peakHeapMb", peakHeapMb);
      node.put("bytesPerWindowArticle", Math.round(bytesPerWindowArticle()));
      node.put("bytesPerArticle", Math.round(tenths.getLast().liveHeapMb() * 1048576.0 / articles));
      ArrayNode rates = node.putArray("perSecondByTenth");
      tenths.forEach(t -> rates.add(Math.round(t.perSecond())));
      ArrayNode heap = node.putArray("liveHeapMbByTenth");
      tenths.forEach(t -> heap.add(t.liveHeapMb()));
      return node.toString();
    }
  }

  public Report run(long articles, int perDay, long seed) {
    return run(articles, perDay, seed, tenth -> { });
  }

  /** Runs, telling {@code progress} each tenth's figures as soon as they are known. */
  public Report run(long articles, int perDay, long seed, java.util.function.Consumer<Tenth> progress) {
    HeapPeaks.reset();
    SyntheticNews news = new SyntheticNews(new Random(seed), Instant.parse("2024-01-01T00:00:00Z").getEpochSecond(),
        perDay);
    StoryGrouper grouper = StoryGrouper.inMemory(settings, new Random(seed), InstantSource.fixed(Instant.EPOCH));
    List<Tenth> tenths = new ArrayList<>();
    long tenth = Math.max(1, articles / 10);
    long started = System.nanoTime();
    long blockStart = started;
    for (long i = 1; i <= articles; i++) {
      long time = news.nextTime();
      Article article = news.next();
      grouper.assign(article, time);
      if (i % tenth == 0 || i == articles) {
        long now = System.nanoTime();
        double rate = (i - (tenths.isEmpty() ? 0 : tenths.getLast().articles())) / ((now - blockStart) / 1e9);
        tenths.add(new Tenth(i, rate, HeapPeaks.liveBytes() >> 20, grouper.windowSize()));
        progress.accept(tenths.getLast());
        blockStart = System.nanoTime();
      }
    }
    long measured = System.nanoTime() - started;
    return new Report(articles, perDay, articles / (measured / 1e9), HeapPeaks.peakBytes() >> 20, tenths);
  }

  /** {@code StoryScaleBenchmark [ARTICLES [PER_DAY]]}. */
  public static void main(String[] args) {
    long articles = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    int perDay = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    new StoryScaleBenchmark(StoryGrouper.Settings.defaults()).run(articles, perDay, 7, tenth -> System.err.printf(
        Locale.ROOT, "%,d articles, %.0f articles/s, live heap %d MB, %,d in the window%n", tenth.articles(),
        tenth.perSecond(), tenth.liveHeapMb(), tenth.window())).print(System.out);
  }
}
