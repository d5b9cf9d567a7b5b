package org.vigie.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.vigie.model.Grouping;
import org.vigie.stories.StoryGrouper;

/**
 * Story clustering measured on a dataset with gold clusters: the articles go through deduplication
 * and clustering online, one at a time in date order (file order where undated), as ingest would
 * feed them; then B³ precision, recall and F1 of the final stories (after merges) against the gold
 * labels, articles per second and peak heap. Optionally writes each article's story as JSON lines
 * {@code {"id", "story"}} for an independent scorer.
 */
public final class StoryBenchmark {
  static final long SEED = 20_260_101L;
  private final StoryGrouper.Settings settings;

  public StoryBenchmark(StoryGrouper.Settings settings) {
    this.settings = settings;
  }

  /** The figures of one run. */
  public record Report(String dataset, int items, int goldClusters, int stories, BCubed.Score score,
      double perSecond, long peakHeapMb) {

    public void print(PrintStream out) {
      out.printf(Locale.ROOT, "dataset     %s%n", dataset);
      out.printf(Locale.ROOT, "articles    %d (%d gold clusters, %d predicted stories)%n", items, goldClusters,
          stories);
      out.printf(Locale.ROOT, "B³          precision %.3f  recall %.3f  F1 %.3f%n", score.precision(),
          score.recall(), score.f1());
      out.printf(Locale.ROOT, "speed       %.0f articles/s on one thread (deduplication and clustering)%n",
          perSecond);
      out.printf(Locale.ROOT, "peak heap   %d MB%n", peakHeapMb);
      out.println(json());
    }

    public String json() {
      ObjectNode node = new ObjectMapper().createObjectNode();
      node.put("dataset", dataset);
      node.put("items", items);
      node.put("stories", stories);
      node.put("precision", round(score.precision()));
      node.put("recall", round(score.recall()));
      node.put("f1", round(score.f1()));
      node.put("perSecond", Math.round(perSecond));
      node.put("peakHeapMb", peakHeapMb);
      return node.toString();
    }
  }

  public Report run(ClusteringDataset dataset, Optional<Path> out) throws IOException {
    HeapPeaks.reset();
    StoryGrouper grouper = StoryGrouper.inMemory(settings, new Random(SEED),
        InstantSource.fixed(Instant.EPOCH));
    List<String> assigned = new ArrayList<>(dataset.items().size());
    long start = System.nanoTime();
    for (ClusteringDataset.Item item : dataset.items()) {
      Grouping grouping = grouper.assign(item.article(), item.time());
      assigned.add(grouping.story().orElseThrow());
    }
    double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
    // Stories merged after an article joined them: each article ends in the story its one became.
    List<BCubed.Labelled> labelled = new ArrayList<>();
    Map<String, Integer> stories = new HashMap<>();
    Map<String, Integer> gold = new HashMap<>();
    for (int i = 0; i < assigned.size(); i++) {
      String story = grouper.currentStory(assigned.get(i));
      String cluster = dataset.items().get(i).cluster();
      labelled.add(new BCubed.Labelled(story, cluster));
      stories.merge(story, 1, Integer::sum);
      gold.merge(cluster, 1, Integer::sum);
    }
    if (out.isPresent()) {
      write(out.get(), dataset, labelled);
    }
    return new Report(dataset.name(), dataset.items().size(), gold.size(), stories.size(),
        BCubed.score(labelled), dataset.items().size() / seconds, HeapPeaks.peakBytes() >> 20);
  }

  private static void write(Path file, ClusteringDataset dataset, List<BCubed.Labelled> labelled) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < labelled.size(); i++) {
        ObjectNode node = json.createObjectNode();
        node.put("id", dataset.items().get(i).article().id());
        node.put("story", labelled.get(i).predicted());
        writer.write(node.toString());
        writer.newLine();
      }
    }
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  /** {@code StoryBenchmark FILE.jsonl… [--out PRED.jsonl]}: one report per file. */
  public static void main(String[] args) throws IOException {
    List<Path> files = new ArrayList<>();
    Optional<Path> out = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--out") && i + 1 < args.length) {
        out = Optional.of(Path.of(args[++i]));
      } else {
        files.add(Path.of(args[i]));
      }
    }
    if (files.isEmpty()) {
      System.err.println("usage: StoryBenchmark FILE.jsonl... [--out PRED.jsonl]");
      System.exit(2);
    }
    StoryBenchmark benchmark = new StoryBenchmark(StoryGrouper.Settings.defaults());
    for (Path file : files) {
      benchmark.run(ClusteringDataset.read(file), files.size() == 1 ? out : Optional.empty()).print(System.out);
    }
  }
}
