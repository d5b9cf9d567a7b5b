package org.vigie.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.vigie.entities.TokenSpan;
import org.vigie.model.EntityType;

/**
 * Measures a name recogniser on a gold file ({@link NerDataset}): entity-level exact-match
 * precision, recall and F1 per type and overall ({@link NerScore}), tokens per second on one
 * thread, peak heap. The gold tokens are what the recogniser reads, one document at a time, so
 * tokenisation does not confound the score and document-level correction has the whole document.
 * Optionally the bare tagger is measured the same way, and both are printed side by side.
 *
 * <p>Each recogniser first tags a slice of the file so that the JIT has compiled it and its model
 * is loaded, then tags the whole file twice, in turns with the other, timed; the faster pass counts.
 */
public final class NerBenchmark {
  /** The warm-up tags at least this many tokens, for at least this long. */
  private static final int WARM_UP_TOKENS = 20_000;
  private static final long WARM_UP_NANOS = 5_000_000_000L;

  private final boolean warmUp;

  public NerBenchmark() {
    this(true);
  }

  private NerBenchmark(boolean warmUp) {
    this.warmUp = warmUp;
  }

  /** A benchmark that times the first pass: for tests of its figures, not of speed. */
  public NerBenchmark withoutWarmUp() {
    return new NerBenchmark(false);
  }

  /** A recogniser as the benchmark calls it: the names of each sentence of one document. */
  @FunctionalInterface
  public interface Tagger {
    List<List<TokenSpan>> tag(String language, NerDataset.Document document);
  }

  /** One recogniser's figures. */
  public record Run(String label, NerScore score, double tokensPerSecond, List<List<List<TokenSpan>>> predictions) {
    public Run {
      predictions = List.copyOf(predictions);
    }
  }

  /** The figures of one benchmark: Vigie's recogniser, and the bare tagger when it was asked for. */
  public record Report(NerDataset dataset, String language, Run vigie, Optional<Run> raw, long peakHeapMb) {

    /** The human-readable report, then one line with a single JSON object of the figures. */
    public void print(PrintStream out) {
      int names = dataset.documents().stream().flatMap(d -> d.sentences().stream())
          .mapToInt(s -> (int) s.names().stream().filter(n -> vigie.score().scored().contains(n.type())).count()).sum();
      out.printf(Locale.ROOT, "dataset     %s (%s, %s): %d documents, %d sentences, %d tokens, %d names%n",
          dataset.name(), dataset.format().name().toLowerCase(Locale.ROOT), language, dataset.documents().size(),
          dataset.sentenceCount(), dataset.tokenCount(), names);
      out.println("scoring     entity-level exact match (CoNLL), micro-averaged");
      StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-6s %6s", "type", "gold"));
      raw.ifPresent(r -> header.append(String.format(Locale.ROOT, "   %-22s", "bare tagger P/R/F1")));
      header.append(String.format(Locale.ROOT, "   %-22s", "Vigie P/R/F1"));
      raw.ifPresent(r -> header.append("   ΔF1"));
      out.println(header);
      for (EntityType type : types()) {
        row(out, type.name(), s -> s.of(type));
      }
      row(out, "all", NerScore::overall);
      raw.ifPresent(r -> out.printf(Locale.ROOT,
          "speed       bare %.0f tokens/s, Vigie %.0f tokens/s (one thread, %.2f× bare)%n",
          r.tokensPerSecond(), vigie.tokensPerSecond(), vigie.tokensPerSecond() / r.tokensPerSecond()));
      if (raw.isEmpty()) {
        out.printf(Locale.ROOT, "speed       %.0f tokens/s on one thread%n", vigie.tokensPerSecond());
      }
      out.printf(Locale.ROOT, "peak heap   %d MB%n", peakHeapMb);
      out.println(json());
    }

    private List<EntityType> types() {
      return EnumSet.copyOf(vigie.score().scored()).stream().toList();
    }

    private void row(PrintStream out, String label, java.util.function.Function<NerScore, NerScore.Counts> counts) {
      NerScore.Counts v = counts.apply(vigie.score());
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-6s %6d", label, v.gold()));
      raw.ifPresent(r -> line.append(cells(counts.apply(r.score()))));
      line.append(cells(v));
      raw.ifPresent(r -> line.append(String.format(Locale.ROOT, "   %+5.1f",
          100 * (v.f1() - counts.apply(r.score()).f1()))));
      out.println(line);
    }

    private static String cells(NerScore.Counts c) {
      return String.format(Locale.ROOT, "   %5.1f  %5.1f  %5.1f    ", 100 * c.precision(), 100 * c.recall(),
          100 * c.f1());
    }

    /** The figures as one JSON object on one line (DESIGN.md section 8). */
    public String json() {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode node = mapper.createObjectNode();
      node.put("dataset", dataset.name());
      node.put("format", dataset.format().name().toLowerCase(Locale.ROOT));
      node.put("language", language);
      node.put("items", dataset.sentenceCount());
      node.put("documents", dataset.documents().size());
      node.put("tokens", dataset.tokenCount());
      figures(node, vigie);
      node.put("peakHeapMb", peakHeapMb);
      raw.ifPresent(r -> figures(node.putObject("raw"), r));
      return node.toString();
    }

    private void figures(ObjectNode node, Run run) {
      NerScore.Counts all = run.score().overall();
      node.put("precision", round(all.precision()));
      node.put("recall", round(all.recall()));
      node.put("f1", round(all.f1()));
      ObjectNode perType = node.putObject("types");
      for (EntityType type : types()) {
        NerScore.Counts c = run.score().of(type);
        ObjectNode t = perType.putObject(type.name());
        t.put("gold", c.gold());
        t.put("precision", round(c.precision()));
        t.put("recall", round(c.recall()));
        t.put("f1", round(c.f1()));
      }
      node.put("tokensPerSecond", Math.round(run.tokensPerSecond()));
    }

    private static double round(double value) {
      return Math.round(value * 10000) / 10000.0;
    }
  }

  /**
   * Runs the benchmark.
   *
   * @param language the ISO 639-1 code the recognisers are told
   * @param raw the bare tagger, to print beside Vigie's recogniser, or empty
   * @param out where to write {@code token TAB gold TAB predicted} lines of Vigie's predictions
   */
  public Report run(NerDataset dataset, String language, Tagger vigie, Optional<Tagger> raw, Optional<Path> out)
      throws IOException {
    Set<EntityType> scored = dataset.format() == NerDataset.Format.HIPE
        ? EnumSet.of(EntityType.PER, EntityType.ORG, EntityType.LOC) : EnumSet.allOf(EntityType.class);
    if (warmUp) {
      warmUp(dataset, language, vigie);
      raw.ifPresent(tagger -> warmUp(dataset, language, tagger));
    }
    HeapPeaks.reset();
    // Each is timed twice, in turns, and its faster pass kept: on a shared machine a pass can lose
    // the processor for a while, and the ratio of the two speeds is what the figures are read for.
    Optional<Run> rawRun = raw.map(tagger -> measure("bare", dataset, language, tagger, scored));
    Run vigieRun = measure("vigie", dataset, language, vigie, scored);
    if (warmUp) {
      rawRun = rawRun.map(first -> faster(first, measure("bare", dataset, language, raw.orElseThrow(), scored)));
      vigieRun = faster(vigieRun, measure("vigie", dataset, language, vigie, scored));
    }
    long peakHeapMb = HeapPeaks.peakBytes() / (1024 * 1024);
    if (out.isPresent()) {
      write(out.get(), dataset, vigieRun, scored);
    }
    return new Report(dataset, language, vigieRun, rawRun, peakHeapMb);
  }

  private static Run faster(Run first, Run second) {
    return second.tokensPerSecond() > first.tokensPerSecond() ? second : first;
  }

  private static void warmUp(NerDataset dataset, String language, Tagger tagger) {
    long start = System.nanoTime();
    int tokens = 0;
    while (tokens < WARM_UP_TOKENS || System.nanoTime() - start < WARM_UP_NANOS) {
      for (NerDataset.Document document : dataset.documents()) {
        if (tokens >= WARM_UP_TOKENS && System.nanoTime() - start >= WARM_UP_NANOS) {
          return;
        }
        tagger.tag(language, document);
        tokens += document.sentences().stream().mapToInt(s -> s.tokens().size()).sum();
      }
    }
  }

  private static Run measure(String label, NerDataset dataset, String language, Tagger tagger, Set<EntityType> scored) {
    List<List<List<TokenSpan>>> predictions = new ArrayList<>(dataset.documents().size());
    long start = System.nanoTime();
    for (NerDataset.Document document : dataset.documents()) {
      predictions.add(tagger.tag(language, document));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    NerScore score = new NerScore(scored);
    for (int d = 0; d < predictions.size(); d++) {
      List<NerDataset.Sentence> sentences = dataset.documents().get(d).sentences();
      for (int s = 0; s < sentences.size(); s++) {
        score.add(sentences.get(s).names(), predictions.get(d).get(s));
      }
    }
    return new Run(label, score, dataset.tokenCount() / seconds, predictions);
  }

  /** {@code token TAB gold TAB predicted} in IOB2, a blank line between sentences. */
  private static void write(Path file, NerDataset dataset, Run run, Set<EntityType> scored) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int d = 0; d < dataset.documents().size(); d++) {
        List<NerDataset.Sentence> sentences = dataset.documents().get(d).sentences();
        for (int s = 0; s < sentences.size(); s++) {
          NerDataset.Sentence sentence = sentences.get(s);
          String[] gold = tags(sentence.tokens().size(), sentence.names(), scored);
          String[] predicted = tags(sentence.tokens().size(), run.predictions().get(d).get(s), scored);
          for (int t = 0; t < gold.length; t++) {
            writer.write(sentence.tokens().get(t) + "\t" + gold[t] + "\t" + predicted[t] + "\n");
          }
          writer.write("\n");
        }
      }
    }
  }

  private static String[] tags(int length, List<TokenSpan> names, Set<EntityType> scored) {
    String[] tags = new String[length];
    java.util.Arrays.fill(tags, "O");
    for (TokenSpan name : names) {
      if (scored.contains(name.type())) {
        for (int t = name.start(); t < name.end(); t++) {
          tags[t] = (t == name.start() ? "B-" : "I-") + name.type().name();
        }
      }
    }
    return tags;
  }
}
