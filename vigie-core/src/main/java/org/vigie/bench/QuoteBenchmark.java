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
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.quotes.Attribution;
import org.vigie.quotes.QuoteFinder;
import org.vigie.quotes.TextRange;

/**
 * Measures the quote finder on PolNeAR (English political news, every attribution annotated with
 * its source, cue and content). A found quote matches a gold attribution when the words they share
 * are at least half of the longer of the two (one-to-one, most shared words first; the corpus
 * README suggests exact and 50 % token overlap); exact when they cover the same words. Figures are
 * given for all attributions and for the direct subset, the attributions whose content holds a
 * quotation mark (precision over found quotes that hold one). On matched pairs, the speaker is right
 * when the found speaker overlaps the gold source, or when both are absent.
 */
public final class QuoteBenchmark {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

  /** Counts for one subset. */
  public record Figures(SpanMatching.Prf overlap, SpanMatching.Prf exact, int speakerRight, int matched) {
    Figures plus(Figures other) {
      return new Figures(overlap.plus(other.overlap), exact.plus(other.exact), speakerRight + other.speakerRight,
          matched + other.matched);
    }

    public double speakerAccuracy() {
      return matched == 0 ? 0 : (double) speakerRight / matched;
    }

    static Figures none() {
      SpanMatching.Prf zero = new SpanMatching.Prf(0, 0, 0);
      return new Figures(zero, zero, 0, 0);
    }
  }

  /** The figures of a run. */
  public record Report(String dataset, int documents, Figures direct, Figures all, double documentsPerSecond,
      double charactersPerSecond, long peakHeapMb, List<String> errors) {
    public Report {
      errors = List.copyOf(errors);
    }

    public void print(PrintStream out, boolean withErrors) {
      if (withErrors) {
        errors.forEach(out::println);
        out.println();
      }
      out.printf(Locale.ROOT, "dataset     %s (%d articles; match = shared words ≥ half of the longer)%n", dataset,
          documents);
      line(out, "direct", direct);
      line(out, "all", all);
      out.printf(Locale.ROOT, "speed       %.1f articles/s, %.0f characters/s on one thread%n", documentsPerSecond,
          charactersPerSecond);
      out.printf(Locale.ROOT, "peak heap   %d MB%n", peakHeapMb);
      out.println(json());
    }

    private static void line(PrintStream out, String name, Figures f) {
      out.printf(Locale.ROOT, "%-11s gold %4d  found %4d  content P %.3f R %.3f F1 %.3f  exact F1 %.3f  speaker %.3f"
          + " (%d of %d)%n", name, f.overlap().gold(), f.overlap().predicted(), f.overlap().precision(),
          f.overlap().recall(), f.overlap().f1(), f.exact().f1(), f.speakerAccuracy(), f.speakerRight(), f.matched());
    }

    public String json() {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode node = mapper.createObjectNode();
      node.put("dataset", dataset);
      node.put("items", documents);
      figures(node.putObject("direct"), direct);
      figures(node.putObject("all"), all);
      node.put("perSecond", Math.round(documentsPerSecond * 10) / 10.0);
      node.put("charactersPerSecond", Math.round(charactersPerSecond));
      node.put("peakHeapMb", peakHeapMb);
      return node.toString();
    }

    private static void figures(ObjectNode node, Figures f) {
      node.put("gold", f.overlap().gold());
      node.put("found", f.overlap().predicted());
      node.put("precision", round(f.overlap().precision()));
      node.put("recall", round(f.overlap().recall()));
      node.put("f1", round(f.overlap().f1()));
      node.put("exactF1", round(f.exact().f1()));
      node.put("speakerAccuracy", round(f.speakerAccuracy()));
    }

    private static double round(double value) {
      return Math.round(value * 10000) / 10000.0;
    }
  }

  private final WarmUp warmUp;
  /** The timed passes last at least this long together. */
  private final java.time.Duration measured;

  /** A benchmark that warms the JIT up before the timed pass. */
  public QuoteBenchmark() {
    this(true);
  }

  /** Without warm-up ({@code false}) for quality checks, where the speed figure does not matter. */
  public QuoteBenchmark(boolean warmUp) {
    this.warmUp = warmUp ? WarmUp.STANDARD : WarmUp.NONE;
    this.measured = warmUp ? java.time.Duration.ofSeconds(1) : java.time.Duration.ZERO;
  }

  /** A found quote in file offsets. */
  private record Found(SpanMatching.Range content, Optional<SpanMatching.Range> speaker, boolean direct) {}

  public Report run(Path dir, Optional<Path> out) throws IOException {
    List<PolnearDocument> documents = PolnearDocument.readAll(dir);
    QuoteFinder finder = QuoteFinder.forLanguage("en");
    HeapPeaks.reset();
    warmUp.run(() -> documents.forEach(d -> find(finder, d.text())));
    List<List<Found>> found = new ArrayList<>();
    long characters = 0;
    for (PolnearDocument document : documents) {
      found.add(find(finder, document.text()));
      characters += document.text().length();
    }
    double passesPerSecond = WarmUp.passesPerSecond(() -> documents.forEach(d -> find(finder, d.text())), measured);
    long peakHeapMb = HeapPeaks.peakBytes() / (1024 * 1024);
    if (out.isPresent()) {
      write(out.get(), documents, found);
    }
    Figures direct = Figures.none();
    Figures all = Figures.none();
    List<String> errors = new ArrayList<>();
    for (int d = 0; d < documents.size(); d++) {
      Figures[] figures = score(documents.get(d), found.get(d), errors);
      direct = direct.plus(figures[0]);
      all = all.plus(figures[1]);
    }
    return new Report(dir.getFileName().toString(), documents.size(), direct, all, documents.size() * passesPerSecond,
        characters * passesPerSecond, peakHeapMb, errors);
  }

  /** The quotes of a PolNeAR text: each non-empty line is a block (headline, paragraphs). */
  private static List<Found> find(QuoteFinder finder, String text) {
    List<String> blocks = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (!text.substring(start, end).isBlank()) {
        blocks.add(text.substring(start, end));
        offsets.add(start);
      }
      start = end + 1;
    }
    List<Found> found = new ArrayList<>();
    for (Attribution attribution : finder.find(blocks)) {
      int offset = offsets.get(attribution.block());
      TextRange envelope = attribution.span(blocks.get(attribution.block()));
      Optional<SpanMatching.Range> speaker = attribution.speaker().map(s -> {
        int at = offsets.get(s.block());
        return new SpanMatching.Range(at + s.written().start(), at + s.written().end());
      });
      found.add(new Found(new SpanMatching.Range(offset + envelope.start(), offset + envelope.end()), speaker,
          attribution.direct()));
    }
    return found;
  }

  private static void write(Path out, List<PolnearDocument> documents, List<List<Found>> found) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int d = 0; d < documents.size(); d++) {
        for (Found quote : found.get(d)) {
          ObjectNode line = mapper.createObjectNode();
          line.put("doc", documents.get(d).name());
          line.put("start", quote.content().start());
          line.put("end", quote.content().end());
          if (quote.speaker().isPresent()) {
            line.put("speakerStart", quote.speaker().get().start());
            line.put("speakerEnd", quote.speaker().get().end());
          } else {
            line.putNull("speakerStart");
            line.putNull("speakerEnd");
          }
          line.put("direct", quote.direct());
          writer.write(line.toString());
          writer.write('\n');
        }
      }
    }
  }

  /** {direct, all} figures of one document. */
  private static Figures[] score(PolnearDocument document, List<Found> found, List<String> errors) {
    String text = document.text();
    List<BitSet> gold = new ArrayList<>();
    for (PolnearDocument.Gold g : document.attributions()) {
      gold.add(tokens(text, g.content()));
    }
    List<BitSet> predicted = new ArrayList<>();
    for (Found f : found) {
      predicted.add(tokens(text, List.of(f.content())));
    }
    int[] match = match(gold, predicted);
    boolean[] predictedMatched = new boolean[found.size()];
    int[] exactCount = new int[2];
    int[] speakerRight = new int[2];
    int[] matchedGold = new int[2];
    int[] goldCount = new int[2];
    for (int g = 0; g < gold.size(); g++) {
      PolnearDocument.Gold attribution = document.attributions().get(g);
      boolean direct = attribution.direct(text);
      goldCount[1]++;
      if (direct) {
        goldCount[0]++;
      }
      if (match[g] < 0) {
        if (direct) {
          errors.add(document.name() + " missed   " + excerpt(text, attribution.content().getFirst().start(),
              attribution.content().getLast().end()));
        }
        continue;
      }
      Found f = found.get(match[g]);
      predictedMatched[match[g]] = true;
      boolean exact = gold.get(g).equals(predicted.get(match[g]));
      boolean speaker = attribution.source().isEmpty() ? f.speaker().isEmpty()
          : f.speaker().isPresent() && attribution.source().stream().anyMatch(s -> s.overlap(f.speaker().get()) > 0);
      for (int subset = direct ? 0 : 1; subset < 2; subset++) {
        matchedGold[subset]++;
        exactCount[subset] += exact ? 1 : 0;
        speakerRight[subset] += speaker ? 1 : 0;
      }
      if (direct && !speaker) {
        errors.add(document.name() + " speaker  gold " + attribution.source().stream()
            .map(s -> "«" + text.substring(s.start(), s.end()) + "»").toList() + " found "
            + f.speaker().map(s -> "«" + text.substring(s.start(), s.end()) + "»").orElse("none") + " for "
            + excerpt(text, f.content().start(), f.content().end()));
      }
    }
    int[] foundCount = new int[2];
    int[] foundMatched = new int[2];
    for (int p = 0; p < found.size(); p++) {
      Found f = found.get(p);
      boolean direct = f.direct();
      foundCount[1]++;
      foundMatched[1] += predictedMatched[p] ? 1 : 0;
      if (direct) {
        foundCount[0]++;
        foundMatched[0] += predictedMatched[p] ? 1 : 0;
        if (!predictedMatched[p]) {
          errors.add(document.name() + " spurious " + excerpt(text, f.content().start(), f.content().end()));
        }
      }
    }
    Figures[] figures = new Figures[2];
    for (int subset = 0; subset < 2; subset++) {
      // Precision counts found quotes that match; recall counts gold attributions that are matched.
      figures[subset] = new Figures(
          new PrfCounts(foundMatched[subset], foundCount[subset], matchedGold[subset], goldCount[subset]).prf(),
          new PrfCounts(exactCount[subset], foundCount[subset], exactCount[subset], goldCount[subset]).prf(),
          speakerRight[subset], matchedGold[subset]);
    }
    return figures;
  }

  /**
   * Precision and recall with their own numerators: found quotes that match over found quotes, gold
   * attributions matched over gold attributions (the two differ in a subset, where a direct gold
   * may match a found quote that holds no quotation mark).
   */
  private record PrfCounts(int foundMatched, int found, int goldMatched, int gold) {
    SpanMatching.Prf prf() {
      return new SpanMatching.Prf(foundMatched, found, goldMatched, gold);
    }
  }

  /** One-to-one: each gold takes the unmatched found quote sharing most words with it, if enough. */
  private static int[] match(List<BitSet> gold, List<BitSet> predicted) {
    int[] match = new int[gold.size()];
    java.util.Arrays.fill(match, -1);
    boolean[] taken = new boolean[predicted.size()];
    List<int[]> pairs = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < predicted.size(); p++) {
        BitSet shared = (BitSet) gold.get(g).clone();
        shared.and(predicted.get(p));
        int common = shared.cardinality();
        if (common > 0 && 2 * common >= Math.max(gold.get(g).cardinality(), predicted.get(p).cardinality())) {
          pairs.add(new int[] {g, p, common});
        }
      }
    }
    pairs.sort((a, b) -> b[2] - a[2]);
    for (int[] pair : pairs) {
      if (match[pair[0]] < 0 && !taken[pair[1]]) {
        match[pair[0]] = pair[1];
        taken[pair[1]] = true;
      }
    }
    return match;
  }

  /** The word tokens (by start offset) inside the ranges. */
  private static BitSet tokens(String text, List<SpanMatching.Range> ranges) {
    BitSet tokens = new BitSet(text.length());
    for (SpanMatching.Range range : ranges) {
      Matcher matcher = TOKEN.matcher(text).region(range.start(), Math.min(range.end(), text.length()));
      while (matcher.find()) {
        tokens.set(matcher.start());
      }
    }
    return tokens;
  }

  private static String excerpt(String text, int start, int end) {
    String quote = text.substring(start, Math.min(end, start + 110)).replace('\n', ' ');
    return "«" + quote + (end - start > 110 ? "…" : "") + "»";
  }

  /** {@code QuoteBenchmark DIR [--out FILE] [--errors]}. */
  public static void main(String[] args) throws IOException {
    Optional<Path> dir = Optional.empty();
    Optional<Path> out = Optional.empty();
    boolean errors = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Optional.of(Path.of(args[++i]));
        case "--errors" -> errors = true;
        default -> dir = Optional.of(Path.of(args[i]));
      }
    }
    if (dir.isEmpty()) {
      System.err.println("usage: QuoteBenchmark DIR [--out FILE] [--errors]");
      System.exit(2);
      return;
    }
    new QuoteBenchmark().run(dir.get(), out).print(System.out, errors);
  }
}
