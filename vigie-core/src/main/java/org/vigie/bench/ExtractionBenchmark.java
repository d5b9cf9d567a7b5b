package org.vigie.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.vigie.extract.html.HtmlExtractor;
import org.vigie.model.Article;
import org.vigie.model.RawDocument;
import org.vigie.pipeline.Outcome;

/**
 * Measures the HTML extractor on a dataset ({@link ExtractionDataset}): body text quality with the
 * Zyte metric ({@link ZyteScore}), pages per second on one thread, peak heap, and for pages that
 * state expected metadata, how often title, byline, published time, language and site name are
 * right ({@link MetadataAgreement}).
 *
 * <p>Pages are read into memory first; a warm-up pass lets the JIT compile the extractor, then a
 * timed pass extracts every page once on the calling thread. Body-only predictions ({@code
 * <id>.txt}, the Zyte {@code articleBody}: body blocks one a line, no headline, byline or
 * captions) can be written so that {@code score_extraction.py} can check the figures.
 */
public final class ExtractionBenchmark {
  /** The warm-up runs at least this many passes and this long, so that the JIT has compiled the extractor. */
  private static final int WARM_UP_PASSES = 3;
  private static final long WARM_UP_NANOS = 3_000_000_000L;

  /** One page's outcome: its score and, when extraction failed, why. */
  public record PageResult(String id, ZyteScore.PageScore score, Optional<String> failure,
      Optional<MetadataAgreement.Verdicts> metadata) {}

  /** How often one metadata field was right, over the pages that expect it. */
  public record FieldAccuracy(String field, int right, int pages) {
    public double share() {
      return pages == 0 ? 0 : (double) right / pages;
    }
  }

  /** The figures of one run. */
  public record Report(String dataset, ExtractionDataset.Layout layout, ZyteScore.Summary score, int failed,
      double perSecond, double perCpuSecond, long peakHeapMb, List<FieldAccuracy> metadata, List<PageResult> pages,
      Optional<ReadabilityBaseline.Result> baseline) {

    public Report {
      metadata = List.copyOf(metadata);
      pages = List.copyOf(pages);
    }

    /** The same report with Readability.js's figures beside it. */
    public Report withBaseline(ReadabilityBaseline.Result result) {
      return new Report(dataset, layout, score, failed, perSecond, perCpuSecond, peakHeapMb, metadata, pages,
          Optional.of(result));
    }

    /** The human-readable report, then one line with a single JSON object of the figures. */
    public void print(PrintStream out, boolean perPage) {
      if (perPage) {
        pages.stream()
            .sorted(Comparator.comparingDouble(p -> pageF1(p.score())))
            .forEach(p -> out.printf(Locale.ROOT, "%-40.40s P %.3f R %.3f%s%n", p.id(), nan(p.score().precision()),
                nan(p.score().recall()), p.failure().map(f -> "  " + f).orElse("")));
      }
      out.printf(Locale.ROOT, "dataset     %s (%s layout, Zyte 4-gram shingle metric)%n", dataset,
          layout.name().toLowerCase(Locale.ROOT));
      out.printf(Locale.ROOT, "pages       %d, %d without an article%n", score.pages(), failed);
      out.printf(Locale.ROOT, "precision   %.3f%n", score.precision());
      out.printf(Locale.ROOT, "recall      %.3f%n", score.recall());
      out.printf(Locale.ROOT, "f1          %.3f%n", score.f1());
      out.printf(Locale.ROOT, "accuracy    %.3f%n", score.accuracy());
      out.printf(Locale.ROOT, "speed       %.1f pages/s on one thread, wall clock (%.1f pages per second of that"
          + " thread's CPU time, the figure to trust when other work shares the machine)%n", perSecond, perCpuSecond);
      out.printf(Locale.ROOT, "peak heap   %d MB%n", peakHeapMb);
      for (FieldAccuracy field : metadata) {
        out.printf(Locale.ROOT, "%-11s %.3f right (%d of %d pages that state it)%n", field.field(), field.share(),
            field.right(), field.pages());
      }
      baseline.ifPresent(b -> {
        if (b.problem().isPresent()) {
          out.println("readability " + b.problem().get());
          return;
        }
        ZyteScore.Summary r = b.score().orElseThrow();
        out.printf(Locale.ROOT, "readability Readability.js on the same pages: precision %.3f, recall %.3f, f1 %.3f,"
            + " %.1f pages/s%n", r.precision(), r.recall(), r.f1(), b.perSecond());
        out.printf(Locale.ROOT, "ratio       Vigie is %.1f times as fast as Readability.js%n", perSecond / b.perSecond());
      });
      out.println(json());
    }

    /** The figures as one JSON object on one line (DESIGN.md section 8). */
    public String json() {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode node = mapper.createObjectNode();
      node.put("dataset", dataset);
      node.put("items", score.pages());
      node.put("failed", failed);
      node.put("precision", round(score.precision()));
      node.put("recall", round(score.recall()));
      node.put("f1", round(score.f1()));
      node.put("accuracy", round(score.accuracy()));
      node.put("perSecond", Math.round(perSecond * 10) / 10.0);
      node.put("perCpuSecond", Math.round(perCpuSecond * 10) / 10.0);
      node.put("peakHeapMb", peakHeapMb);
      baseline.filter(b -> b.score().isPresent()).ifPresent(b -> {
        ObjectNode readability = node.putObject("readability");
        readability.put("precision", round(b.score().get().precision()));
        readability.put("recall", round(b.score().get().recall()));
        readability.put("f1", round(b.score().get().f1()));
        readability.put("perSecond", Math.round(b.perSecond() * 10) / 10.0);
        node.put("speedRatio", Math.round(perSecond / b.perSecond() * 10) / 10.0);
      });
      if (!metadata.isEmpty()) {
        ObjectNode fields = node.putObject("metadata");
        for (FieldAccuracy field : metadata) {
          fields.put(field.field(), round(field.share()));
        }
      }
      return node.toString();
    }

    private static double round(double value) {
      return Math.round(value * 10000) / 10000.0;
    }

    private static double nan(double value) {
      return Double.isNaN(value) ? 0 : value;
    }

    private static double pageF1(ZyteScore.PageScore score) {
      double p = nan(score.precision());
      double r = nan(score.recall());
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private final Function<RawDocument, Outcome<Article>> extractor;

  public ExtractionBenchmark() {
    this(new HtmlExtractor()::apply);
  }

  public ExtractionBenchmark(Function<RawDocument, Outcome<Article>> extractor) {
    this.extractor = extractor;
  }

  /** Runs the dataset; writes {@code <id>.txt} predictions to {@code out} when given. */
  public Report run(ExtractionDataset dataset, Optional<Path> out) throws IOException {
    HeapPeaks.reset();
    List<RawDocument> documents = read(dataset);
    long warmUpStart = System.nanoTime();
    for (int pass = 0; pass < WARM_UP_PASSES || System.nanoTime() - warmUpStart < WARM_UP_NANOS; pass++) {
      documents.forEach(extractor::apply);
    }
    List<Outcome<Article>> outcomes = new ArrayList<>(documents.size());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (RawDocument document : documents) {
      outcomes.add(extractor.apply(document));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    return report(dataset, outcomes, documents.size() / seconds, cpuSeconds > 0 ? documents.size() / cpuSeconds : 0,
        HeapPeaks.peakBytes() / (1024 * 1024), out);
  }

  /**
   * One pass without warm-up, for tests that check quality only: its speed and heap figures are
   * those of a cold JVM and mean nothing.
   */
  public Report measureQuality(ExtractionDataset dataset) throws IOException {
    List<Outcome<Article>> outcomes = new ArrayList<>();
    long start = System.nanoTime();
    for (RawDocument document : read(dataset)) {
      outcomes.add(extractor.apply(document));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return report(dataset, outcomes, outcomes.size() / seconds, 0, HeapPeaks.peakBytes() / (1024 * 1024), Optional.empty());
  }

  private static List<RawDocument> read(ExtractionDataset dataset) throws IOException {
    List<RawDocument> documents = new ArrayList<>();
    for (ExtractionDataset.Page page : dataset.pages()) {
      documents.add(new RawDocument(page.html().toUri(), page.url(), Optional.empty(), Instant.EPOCH, List.of(),
          "text/html", Optional.empty(), Files.readAllBytes(page.html())));
    }
    return documents;
  }

  private static Report report(ExtractionDataset dataset, List<Outcome<Article>> outcomes, double perSecond,
      double perCpuSecond, long peakHeapMb, Optional<Path> out) throws IOException {
    if (out.isPresent()) {
      Files.createDirectories(out.get());
    }
    List<PageResult> results = new ArrayList<>();
    int failed = 0;
    int[][] fieldCounts = new int[MetadataAgreement.fields().size()][2];
    for (int i = 0; i < outcomes.size(); i++) {
      ExtractionDataset.Page page = dataset.pages().get(i);
      Optional<Article> article = outcomes.get(i) instanceof Outcome.Done<Article> done
          ? Optional.of(done.value()) : Optional.empty();
      Optional<String> failure = outcomes.get(i) instanceof Outcome.Failed<Article> f
          ? Optional.of(f.cause() + ": " + f.message()) : Optional.empty();
      if (failure.isPresent()) {
        failed++;
      }
      String prediction = article.map(HtmlExtractor::bodyText).orElse("");
      if (out.isPresent()) {
        Files.writeString(out.get().resolve(page.id() + ".txt"), prediction, StandardCharsets.UTF_8);
      }
      Optional<MetadataAgreement.Verdicts> verdicts = page.expected().map(e -> MetadataAgreement.judge(e, article));
      verdicts.ifPresent(v -> count(v, fieldCounts));
      results.add(new PageResult(page.id(), ZyteScore.page(page.id(), page.truth(), prediction), failure, verdicts));
    }
    List<FieldAccuracy> metadata = new ArrayList<>();
    if (dataset.layout() == ExtractionDataset.Layout.MOZILLA) {
      for (int f = 0; f < fieldCounts.length; f++) {
        metadata.add(new FieldAccuracy(MetadataAgreement.fields().get(f), fieldCounts[f][0], fieldCounts[f][1]));
      }
    }
    ZyteScore.Summary summary = ZyteScore.summarise(results.stream().map(PageResult::score).toList());
    return new Report(dataset.name(), dataset.layout(), summary, failed, perSecond, perCpuSecond, peakHeapMb, metadata,
        results, Optional.empty());
  }

  private static void count(MetadataAgreement.Verdicts v, int[][] counts) {
    Boolean[] values = {v.title(), v.byline(), v.published(), v.language(), v.siteName()};
    for (int f = 0; f < values.length; f++) {
      if (values[f] != null) {
        counts[f][1]++;
        if (values[f]) {
          counts[f][0]++;
        }
      }
    }
  }

  /**
   * {@code ExtractionBenchmark DATASET_DIR [--out PRED_DIR] [--pages] [--readability SCRIPT]}: with
   * {@code --readability}, Readability.js runs on the same pages through that script ({@code
   * shared/tools/baselines/readability.mjs}) and its figures and the speed ratio are reported too.
   */
  public static void main(String[] args) throws IOException {
    Optional<Path> dataset = Optional.empty();
    Optional<Path> out = Optional.empty();
    Optional<Path> readability = Optional.empty();
    boolean perPage = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out", "--readability" -> {
          if (i + 1 >= args.length) {
            usage();
            return;
          }
          Path value = Path.of(args[++i]);
          if (args[i - 1].equals("--out")) {
            out = Optional.of(value);
          } else {
            readability = Optional.of(value);
          }
        }
        case "--pages" -> perPage = true;
        default -> dataset = Optional.of(Path.of(args[i]));
      }
    }
    if (dataset.isEmpty()) {
      usage();
      return;
    }
    ExtractionDataset pages = ExtractionDataset.open(dataset.get());
    Report report = new ExtractionBenchmark().run(pages, out);
    if (readability.isPresent()) {
      report = report.withBaseline(ReadabilityBaseline.run(readability.get(), pages));
    }
    report.print(System.out, perPage);
  }

  private static void usage() {
    System.err.println("usage: ExtractionBenchmark DATASET_DIR [--out PRED_DIR] [--pages] [--readability SCRIPT]");
    System.exit(2);
  }
}
