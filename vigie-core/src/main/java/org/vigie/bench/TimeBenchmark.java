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
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.vigie.model.TimeType;
import org.vigie.time.FoundTime;
import org.vigie.time.TimeRecognizer;

/**
 * Measures the time-expression recogniser on ISO-TimeML files ({@code *.tml}, {@code *.xml}), each
 * read with its creation time as the anchor: extent precision, recall and F1, strict (same offsets)
 * and relaxed (overlap), TempEval-3 style; accuracy of the normalised value and of the type on the
 * relaxed matches; the same by gold type; documents and characters per second on one thread after
 * a warm-up; peak heap.
 */
public final class TimeBenchmark {

  /** Figures of one gold type. */
  public record TypeFigures(int gold, int relaxed, int strict, int valueRight) {
    TypeFigures plus(TypeFigures other) {
      return new TypeFigures(gold + other.gold, relaxed + other.relaxed, strict + other.strict,
          valueRight + other.valueRight);
    }

    double valueAccuracy() {
      return relaxed == 0 ? 0 : (double) valueRight / relaxed;
    }
  }

  /** The figures of a run, and the differences with the gold for the error listing. */
  public record Report(String dataset, String language, int documents, SpanMatching.Prf strict,
      SpanMatching.Prf relaxed, int valueRight, int typeRight, Map<TimeType, TypeFigures> byType,
      double documentsPerSecond, double charactersPerSecond, long peakHeapMb, List<String> errors) {

    public Report {
      byType = Map.copyOf(byType);
      errors = List.copyOf(errors);
    }

    public double valueAccuracy() {
      return relaxed.matched() == 0 ? 0 : (double) valueRight / relaxed.matched();
    }

    public double typeAccuracy() {
      return relaxed.matched() == 0 ? 0 : (double) typeRight / relaxed.matched();
    }

    /** The human-readable report, then one line with a single JSON object of the figures. */
    public void print(PrintStream out, boolean withErrors) {
      if (withErrors) {
        errors.forEach(out::println);
        out.println();
      }
      out.printf(Locale.ROOT, "dataset     %s (%d documents, %d expressions; %s rules, anchor = creation time)%n",
          dataset, documents, relaxed.gold(), language);
      out.printf(Locale.ROOT, "found       %d expressions%n", relaxed.predicted());
      out.printf(Locale.ROOT, "strict      P %.3f  R %.3f  F1 %.3f%n", strict.precision(), strict.recall(),
          strict.f1());
      out.printf(Locale.ROOT, "relaxed     P %.3f  R %.3f  F1 %.3f%n", relaxed.precision(), relaxed.recall(),
          relaxed.f1());
      out.printf(Locale.ROOT, "value       %.3f right on relaxed matches (%d of %d)%n", valueAccuracy(), valueRight,
          relaxed.matched());
      out.printf(Locale.ROOT, "type        %.3f right on relaxed matches%n", typeAccuracy());
      for (Map.Entry<TimeType, TypeFigures> entry : new java.util.TreeMap<>(byType).entrySet()) {
        TypeFigures t = entry.getValue();
        out.printf(Locale.ROOT, "  %-9s gold %3d  found relaxed %3d  strict %3d  value %.3f%n", entry.getKey(),
            t.gold(), t.relaxed(), t.strict(), t.valueAccuracy());
      }
      out.printf(Locale.ROOT, "speed       %.1f documents/s, %.0f characters/s on one thread%n", documentsPerSecond,
          charactersPerSecond);
      out.printf(Locale.ROOT, "peak heap   %d MB%n", peakHeapMb);
      out.println(json());
    }

    /** The figures as one JSON object on one line (DESIGN.md section 8). */
    public String json() {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode node = mapper.createObjectNode();
      node.put("dataset", dataset);
      node.put("items", documents);
      node.put("expressions", relaxed.gold());
      node.put("found", relaxed.predicted());
      prf(node.putObject("strict"), strict);
      prf(node.putObject("relaxed"), relaxed);
      node.put("valueAccuracy", round(valueAccuracy()));
      node.put("typeAccuracy", round(typeAccuracy()));
      ObjectNode types = node.putObject("byType");
      for (Map.Entry<TimeType, TypeFigures> entry : new java.util.TreeMap<>(byType).entrySet()) {
        ObjectNode t = types.putObject(entry.getKey().name());
        t.put("gold", entry.getValue().gold());
        t.put("relaxedRecall", round(entry.getValue().gold() == 0 ? 0
            : (double) entry.getValue().relaxed() / entry.getValue().gold()));
        t.put("strictRecall", round(entry.getValue().gold() == 0 ? 0
            : (double) entry.getValue().strict() / entry.getValue().gold()));
        t.put("valueAccuracy", round(entry.getValue().valueAccuracy()));
      }
      node.put("perSecond", Math.round(documentsPerSecond * 10) / 10.0);
      node.put("charactersPerSecond", Math.round(charactersPerSecond));
      node.put("peakHeapMb", peakHeapMb);
      return node.toString();
    }

    private static void prf(ObjectNode node, SpanMatching.Prf prf) {
      node.put("precision", round(prf.precision()));
      node.put("recall", round(prf.recall()));
      node.put("f1", round(prf.f1()));
    }

    private static double round(double value) {
      return Math.round(value * 10000) / 10000.0;
    }
  }

  private final WarmUp warmUp;
  /** The timed passes last at least this long together. */
  private final java.time.Duration measured;

  /** A benchmark that warms the JIT up before the timed pass. */
  public TimeBenchmark() {
    this(true);
  }

  /** Without warm-up ({@code false}) for quality checks, where the speed figure does not matter. */
  public TimeBenchmark(boolean warmUp) {
    this.warmUp = warmUp ? WarmUp.STANDARD : WarmUp.NONE;
    this.measured = warmUp ? java.time.Duration.ofSeconds(1) : java.time.Duration.ZERO;
  }

  /**
   * Runs the recogniser of {@code language} over the TimeML files of {@code dir}; writes one JSON
   * object per expression found to {@code out} when given.
   */
  public Report run(Path dir, String language, Optional<Path> out) throws IOException {
    List<TimeMlDocument> documents = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(TimeBenchmark::isTimeMl).sorted().toList()) {
        documents.add(TimeMlDocument.read(file));
      }
    }
    TimeRecognizer recognizer = TimeRecognizer.forLanguage(language);
    HeapPeaks.reset();
    warmUp.run(() -> documents.forEach(d -> find(recognizer, d)));
    List<List<FoundTime>> found = new ArrayList<>();
    long characters = 0;
    for (TimeMlDocument document : documents) {
      found.add(find(recognizer, document));
      characters += document.text().length();
    }
    double passesPerSecond = WarmUp.passesPerSecond(() -> documents.forEach(d -> find(recognizer, d)), measured);
    long peakHeapMb = HeapPeaks.peakBytes() / (1024 * 1024);
    if (out.isPresent()) {
      write(out.get(), documents, found);
    }
    return score(dir.getFileName().toString(), language, documents, found, documents.size() * passesPerSecond,
        characters * passesPerSecond, peakHeapMb);
  }

  private static boolean isTimeMl(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file) && (name.endsWith(".tml") || name.endsWith(".xml"));
  }

  private static List<FoundTime> find(TimeRecognizer recognizer, TimeMlDocument document) {
    return recognizer.find(document.text(), document.creationTime(), Optional.empty()).times();
  }

  private static void write(Path out, List<TimeMlDocument> documents, List<List<FoundTime>> found)
      throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int d = 0; d < documents.size(); d++) {
        for (FoundTime time : found.get(d)) {
          ObjectNode line = mapper.createObjectNode();
          line.put("doc", documents.get(d).name());
          line.put("start", time.start());
          line.put("end", time.end());
          line.put("text", time.text());
          line.put("type", time.type().name());
          line.put("value", time.value());
          writer.write(line.toString());
          writer.write('\n');
        }
      }
    }
  }

  private static Report score(String dataset, String language, List<TimeMlDocument> documents,
      List<List<FoundTime>> found, double documentsPerSecond, double charactersPerSecond, long peakHeapMb) {
    SpanMatching.Prf strict = new SpanMatching.Prf(0, 0, 0);
    SpanMatching.Prf relaxed = new SpanMatching.Prf(0, 0, 0);
    int valueRight = 0;
    int typeRight = 0;
    Map<TimeType, TypeFigures> byType = new EnumMap<>(TimeType.class);
    List<String> errors = new ArrayList<>();
    for (int d = 0; d < documents.size(); d++) {
      TimeMlDocument document = documents.get(d);
      List<FoundTime> predicted = found.get(d);
      List<SpanMatching.Range> goldRanges = document.timexes().stream()
          .map(t -> new SpanMatching.Range(t.start(), t.end())).toList();
      List<SpanMatching.Range> predictedRanges = predicted.stream()
          .map(t -> new SpanMatching.Range(t.start(), t.end())).toList();
      int[] strictMatch = SpanMatching.match(goldRanges, predictedRanges, true);
      int[] relaxedMatch = SpanMatching.match(goldRanges, predictedRanges, false);
      int strictCount = 0;
      int relaxedCount = 0;
      boolean[] used = new boolean[predicted.size()];
      for (int g = 0; g < goldRanges.size(); g++) {
        TimeMlDocument.Timex gold = document.timexes().get(g);
        boolean isStrict = strictMatch[g] >= 0;
        boolean isRelaxed = relaxedMatch[g] >= 0;
        boolean right = false;
        if (isStrict) {
          strictCount++;
        }
        if (isRelaxed) {
          relaxedCount++;
          FoundTime match = predicted.get(relaxedMatch[g]);
          used[relaxedMatch[g]] = true;
          right = TimexValues.same(gold.value(), match.value());
          valueRight += right ? 1 : 0;
          typeRight += gold.type() == match.type() ? 1 : 0;
          if (!right || !isStrict) {
            errors.add(String.format(Locale.ROOT, "%s %-8s %-30s gold %-22s found %-30s %s (%s)", document.name(),
                right ? "extent" : "value", quote(gold.text()), gold.value(), quote(match.text()), match.value(),
                match.rule()));
          }
        } else {
          errors.add(String.format(Locale.ROOT, "%s %-8s %-30s gold %-22s … %s", document.name(), "missed",
              quote(gold.text()), gold.value(), context(document.text(), gold.start(), gold.end())));
        }
        byType.merge(gold.type(), new TypeFigures(1, isRelaxed ? 1 : 0, isStrict ? 1 : 0, right ? 1 : 0),
            TypeFigures::plus);
      }
      for (int p = 0; p < predicted.size(); p++) {
        if (!used[p]) {
          FoundTime spurious = predicted.get(p);
          errors.add(String.format(Locale.ROOT, "%s %-8s %-30s found %-22s (%s) … %s", document.name(), "spurious",
              quote(spurious.text()), spurious.value(), spurious.rule(),
              context(document.text(), spurious.start(), spurious.end())));
        }
      }
      strict = strict.plus(new SpanMatching.Prf(strictCount, predicted.size(), goldRanges.size()));
      relaxed = relaxed.plus(new SpanMatching.Prf(relaxedCount, predicted.size(), goldRanges.size()));
    }
    return new Report(dataset, language, documents.size(), strict, relaxed, valueRight, typeRight, byType,
        documentsPerSecond, charactersPerSecond, peakHeapMb, errors);
  }

  private static String quote(String text) {
    return "«" + text.replace('\n', ' ') + "»";
  }

  private static String context(String text, int start, int end) {
    return (text.substring(Math.max(0, start - 60), start) + "[" + text.substring(start, end) + "]"
        + text.substring(end, Math.min(text.length(), end + 40))).replace('\n', ' ');
  }

  /** {@code TimeBenchmark DIR [--language CODE] [--out FILE] [--errors]}. */
  public static void main(String[] args) throws IOException {
    Optional<Path> dir = Optional.empty();
    Optional<Path> out = Optional.empty();
    String language = "fr";
    boolean errors = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Optional.of(Path.of(args[++i]));
        case "--language" -> language = args[++i];
        case "--errors" -> errors = true;
        default -> dir = Optional.of(Path.of(args[i]));
      }
    }
    if (dir.isEmpty()) {
      System.err.println("usage: TimeBenchmark DIR [--language CODE] [--out FILE] [--errors]");
      System.exit(2);
      return;
    }
    new TimeBenchmark().run(dir.get(), language, out).print(System.out, errors);
  }
}
