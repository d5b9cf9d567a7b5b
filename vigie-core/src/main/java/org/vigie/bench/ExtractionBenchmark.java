package org.vigie.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
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
      double perSecond, long peakHeapMb, List<FieldAccuracy> metadata, List<PageResult> pages) {

    public Report {
      metadata = List.copyOf(metadata);
      pages = List.copyOf(pages);
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
      out.printf(Locale.ROOT, "speed       %.1f pages/s on one thread%n", perSecond);
      out.printf(Locale.ROOT, "peak heap   %d MB%n", peakHeapMb);
      for (FieldAccuracy field : metadata) {
        out.printf(Locale.ROOT, "%-11s %.3f right (%d of %d pages that state it)%n", field.field(), field.share(),
            field.right(), field.pages());
      }
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
      node.put("peakHeapMb", peakHeapMb);
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
    List<RawDocument> documents = new ArrayList<>();
    for (ExtractionDataset.Page page : dataset.pages()) {
      documents.add(new RawDocument(page.html().toUri(), page.url(), Optional.empty(), Instant.EPOCH, List.of(),
          "text/html", Optional.empty(), Files.readAllBytes(page.html())));
    }
    long warmUpStart = System.nanoTime();
    for (int pass = 0; pass < WARM_UP_PASSES || System.nanoTime() - warmUpStart < WARM_UP_NANOS; pass++) {
      documents.forEach(extractor::apply);
    }
    List<Outcome<Article>> outcomes = new ArrayList<>(documents.size());
    long start = System.nanoTime();
    for (RawDocument document : documents) {
      outcomes.add(extractor.apply(document));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peakHeapMb = HeapPeaks.peakMb();

    if (out.isPresent()) {
      Files.createDirectories(out.get());
    }
    List<PageResult> results = new ArrayList<>();
    int failed = 0;
    int[][] fieldCounts = new int[MetadataAgreement.fields().size()][2];
    for (int i = 0; i < documents.size(); i++) {
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
    return new Report(dataset.name(), dataset.layout(), summary, failed, documents.size() / seconds, peakHeapMb,
        metadata, results);
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

  /** {@code ExtractionBenchmark DATASET_DIR [--out PRED_DIR] [--pages]}. */
  public static void main(String[] args) throws IOException {
    Optional<Path> dataset = Optional.empty();
    Optional<Path> out = Optional.empty();
    boolean perPage = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> {
          if (i + 1 >= args.length) {
            usage();
            return;
          }
          out = Optional.of(Path.of(args[++i]));
        }
        case "--pages" -> perPage = true;
        default -> dataset = Optional.of(Path.of(args[i]));
      }
    }
    if (dataset.isEmpty()) {
      usage();
      return;
    }
    new ExtractionBenchmark().run(ExtractionDataset.open(dataset.get()), out).print(System.out, perPage);
  }

  private static void usage() {
    System.err.println("usage: ExtractionBenchmark DATASET_DIR [--out PRED_DIR] [--pages]");
    System.exit(2);
  }

  static URI uri(Path path) {
    return path.toUri();
  }
}
