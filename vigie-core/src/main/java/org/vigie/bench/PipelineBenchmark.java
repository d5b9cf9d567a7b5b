package org.vigie.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.vigie.entities.EntityRegistry;
import org.vigie.entities.NameRecognizer;
import org.vigie.geo.Gazetteer;
import org.vigie.ingest.ArchiveInput;
import org.vigie.ingest.ArchiveSource;
import org.vigie.ingest.FileReader;
import org.vigie.ingest.SourceItem;
import org.vigie.ingest.StandardPipeline;
import org.vigie.lang.LanguageIdentifier;
import org.vigie.pipeline.FailureCause;
import org.vigie.pipeline.Outcome;
import org.vigie.pipeline.Pipeline;
import org.vigie.pipeline.Processed;
import org.vigie.pipeline.Stage;
import org.vigie.pipeline.StageWrapper;

/**
 * What the understanding pipeline ({@link StandardPipeline}, as {@code vigie ingest} runs it)
 * costs, stage by stage, on real documents. The documents are read into memory first (reading is
 * not timed), then go through the pipeline on one thread in a fixed order, after a warm-up pass so
 * that the JIT has compiled the stages and the name models have loaded. Each stage is wrapped in a
 * timer that adds up the CPU time spent inside it, of the calling thread and of the whole JVM: the
 * language identifier (Lingua) spreads its work over the common fork-join pool, which the thread's
 * time does not see, and the collector's work belongs to the stage that allocated. Against the
 * JVM's CPU time for the whole pass this gives each stage's share, the rest being the pipeline's
 * own bookkeeping (and the JIT, the collector's background work). The JVM's CPU clock ticks in
 * steps of 10 ms on Linux: a stage call reads 0 or a step, which sums without bias over many
 * calls, but a stage that costs little over a few documents reads as nothing. Each pass
 * builds a fresh pipeline, since the entity registry and the outlets' home towns learn from the
 * articles they see: the measured pass starts from what the warm-up started from.
 */
public final class PipelineBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final OperatingSystemMXBean JVM =
      ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
  private static final int MAX_DOCUMENT_BYTES = 16_000_000;
  private static final WarmUp ONE_PASS = new WarmUp(1, Duration.ofSeconds(2));

  private final Supplier<Pipeline> pipelines;
  private final String recogniser;
  private final WarmUp warmUp;

  /**
   * @param names the recogniser of person, organisation and place names; {@link NameRecognizer#NONE}
   *     runs the pipeline without one, as {@code vigie ingest --no-entities} does
   */
  public PipelineBenchmark(InstantSource clock, LanguageIdentifier languages, Gazetteer gazetteer,
      NameRecognizer names) {
    this(() -> StandardPipeline.create(clock, languages, gazetteer, names, EntityRegistry.inMemory()),
        names.languages().isEmpty() ? "none" : names.getClass().getSimpleName() + " " + names.languages().stream()
            .sorted().toList(), ONE_PASS);
  }

  PipelineBenchmark(Supplier<Pipeline> pipelines, String recogniser, WarmUp warmUp) {
    this.pipelines = pipelines;
    this.recogniser = recogniser;
    this.warmUp = warmUp;
  }

  /**
   * The cost of one stage over the measured pass.
   *
   * @param threadCpuMs the CPU time of the calling thread inside the stage
   * @param cpuMs the CPU time of the whole JVM inside the stage
   * @param share of the JVM's CPU time over the pass
   */
  public record StageCost(String name, int calls, double threadCpuMs, double cpuMs, double share) {
    /** The JVM's CPU time per call, that is per article that reached the stage. */
    public double meanMs() {
      return calls == 0 ? 0 : cpuMs / calls;
    }
  }

  /**
   * The figures of one run.
   *
   * @param documents the documents processed, the unreadable ones too
   * @param failures the documents that did not become articles, by cause
   * @param stages in pipeline order, the extractor first
   * @param otherCpuMs the JVM's CPU time outside the stages (the pipeline's bookkeeping, the timers)
   * @param threadCpuSeconds the CPU time of the benchmark's thread
   * @param cpuSeconds the CPU time of the whole JVM
   */
  public record Report(int documents, int articles, Map<FailureCause, Integer> failures, List<StageCost> stages,
      double otherCpuMs, double wallSeconds, double threadCpuSeconds, double cpuSeconds, long peakHeapMb,
      double loadAverage, String recogniser) {

    public Report {
      failures = Map.copyOf(failures);
      stages = List.copyOf(stages);
    }

    public double perWallSecond() {
      return documents / Math.max(1e-9, wallSeconds);
    }

    public double perThreadCpuSecond() {
      return documents / Math.max(1e-9, threadCpuSeconds);
    }

    public double perCpuSecond() {
      return documents / Math.max(1e-9, cpuSeconds);
    }

    public void print(PrintStream out) {
      out.printf(Locale.ROOT, "documents        %,d, %,d articles made, one thread, after a warm-up pass%n",
          documents, articles);
      out.printf(Locale.ROOT, "names            %s%n", recogniser.equals("none")
          ? "no recogniser: no mentions, so no entities (and no names for quotes, places and events)"
          : "recognised by " + recogniser);
      out.printf(Locale.ROOT, "speed            %.1f documents/s wall (%.1f s); %.1f per CPU-second of the thread"
          + " (%.1f s), %.1f per CPU-second of the JVM (%.1f s)%n", perWallSecond(), wallSeconds, perThreadCpuSecond(),
          threadCpuSeconds, perCpuSecond(), cpuSeconds);
      out.printf(Locale.ROOT, "%-16s %8s %12s %9s %7s %12s%n", "stage", "calls", "thread CPU s", "JVM CPU s", "share",
          "ms/article");
      for (StageCost stage : stages) {
        out.printf(Locale.ROOT, "%-16s %,8d %12.2f %9.2f %6.1f%% %12.3f%n", stage.name(), stage.calls(),
            stage.threadCpuMs() / 1000, stage.cpuMs() / 1000, 100 * stage.share(), stage.meanMs());
      }
      out.printf(Locale.ROOT, "%-16s %8s %12s %9.2f %6.1f%%%n", "(outside)", "", "", otherCpuMs / 1000,
          100 * otherCpuMs / Math.max(1e-9, cpuSeconds * 1000));
      out.printf(Locale.ROOT, "                 share and ms/article: the JVM's CPU time (fork-join helpers and the"
          + " collector included)%n");
      out.printf(Locale.ROOT, "failures         %s%n", failures.isEmpty() ? "none" : failureList());
      out.printf(Locale.ROOT, "peak heap        %d MB%n", peakHeapMb);
      out.printf(Locale.ROOT, "load average     %.2f on %d processors (other work slows the wall time, not the CPU"
          + " time)%n", loadAverage, MachineLoad.cores());
      out.println(json());
    }

    private String failureList() {
      StringBuilder list = new StringBuilder();
      for (FailureCause cause : FailureCause.values()) {
        Integer count = failures.get(cause);
        if (count != null) {
          list.append(list.isEmpty() ? "" : ", ").append(cause).append(' ').append(count);
        }
      }
      return list.toString();
    }

    public String json() {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode node = mapper.createObjectNode();
      node.put("dataset", "pipeline");
      node.put("items", documents);
      node.put("articles", articles);
      node.put("names", recogniser);
      node.put("perSecond", round(perWallSecond()));
      node.put("perThreadCpuSecond", round(perThreadCpuSecond()));
      node.put("perCpuSecond", round(perCpuSecond()));
      node.put("wallSeconds", round(wallSeconds));
      node.put("threadCpuSeconds", round(threadCpuSeconds));
      node.put("cpuSeconds", round(cpuSeconds));
      ObjectNode stageNode = node.putObject("stages");
      for (StageCost stage : stages) {
        ObjectNode cost = stageNode.putObject(stage.name());
        cost.put("calls", stage.calls());
        cost.put("threadCpuMs", round(stage.threadCpuMs()));
        cost.put("cpuMs", round(stage.cpuMs()));
        cost.put("share", round(stage.share()));
        cost.put("meanMs", round(stage.meanMs()));
      }
      ObjectNode failureNode = node.putObject("failures");
      failures.forEach((cause, count) -> failureNode.put(cause.name(), count));
      node.put("peakHeapMb", peakHeapMb);
      node.put("loadAverage", round(loadAverage));
      return node.toString();
    }

    private static double round(double value) {
      return Math.round(value * 10000) / 10000.0;
    }
  }

  /** Runs the pipeline over the items, once to warm up and once measured. */
  public Report run(List<SourceItem> items) {
    warmUp.run(() -> pass(items, new StageTimers()));
    HeapPeaks.reset();
    StageTimers timers = new StageTimers();
    long threadCpuStart = THREADS.getCurrentThreadCpuTime();
    long cpuStart = JVM.getProcessCpuTime();
    long wallStart = System.nanoTime();
    Map<FailureCause, Integer> failures = pass(items, timers);
    double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
    double cpuMs = (JVM.getProcessCpuTime() - cpuStart) / 1e6;
    double threadCpuMs = (THREADS.getCurrentThreadCpuTime() - threadCpuStart) / 1e6;
    long peakHeapMb = HeapPeaks.peakBytes() >> 20;
    List<StageCost> stages = new ArrayList<>();
    double inStages = 0;
    for (StageTimer timer : timers.inOrder) {
      double ms = timer.cpuNanos / 1e6;
      inStages += ms;
      stages.add(new StageCost(timer.name, timer.calls, timer.threadCpuNanos / 1e6, ms, ms / Math.max(1e-9, cpuMs)));
    }
    int documents = (int) items.stream().filter(i -> !(i instanceof SourceItem.Skipped)).count();
    int failed = failures.values().stream().mapToInt(Integer::intValue).sum();
    return new Report(documents, documents - failed, failures, stages, Math.max(0, cpuMs - inStages), wallSeconds,
        threadCpuMs / 1000, cpuMs / 1000, peakHeapMb, MachineLoad.lastMinute(), recogniser);
  }

  /** One pass through a fresh pipeline whose stages {@code timers} times; the failures by cause. */
  private Map<FailureCause, Integer> pass(List<SourceItem> items, StageTimers timers) {
    Pipeline pipeline = pipelines.get().withEachStage(timers);
    Map<FailureCause, Integer> failures = new EnumMap<>(FailureCause.class);
    for (SourceItem item : items) {
      switch (item) {
        case SourceItem.Document document -> {
          if (pipeline.process(document.document()) instanceof Processed.Rejected rejected) {
            failures.merge(rejected.failure().cause(), 1, Integer::sum);
          }
        }
        case SourceItem.Unreadable unreadable -> failures.merge(unreadable.failure().cause(), 1, Integer::sum);
        case SourceItem.Skipped skipped -> {
          // Passed over by the source (a WARC request record): not a document.
        }
      }
    }
    return failures;
  }

  /** The timers of one pass, one a stage in pipeline order. */
  private static final class StageTimers implements StageWrapper {
    final List<StageTimer> inOrder = new ArrayList<>();

    @Override
    public <I, O> Stage<I, O> wrap(Stage<I, O> stage) {
      StageTimer timer = new StageTimer(stage.name());
      inOrder.add(timer);
      return new Stage<>() {
        @Override
        public String name() {
          return stage.name();
        }

        @Override
        public Outcome<O> apply(I input) {
          long threadStart = THREADS.getCurrentThreadCpuTime();
          long start = JVM.getProcessCpuTime();
          try {
            return stage.apply(input);
          } finally {
            timer.calls++;
            timer.cpuNanos += JVM.getProcessCpuTime() - start;
            timer.threadCpuNanos += THREADS.getCurrentThreadCpuTime() - threadStart;
          }
        }
      };
    }
  }

  /** The calls and CPU time of one stage, the JVM's and the thread's; written by the one benchmark thread. */
  private static final class StageTimer {
    final String name;
    int calls;
    long cpuNanos;
    long threadCpuNanos;

    StageTimer(String name) {
      this.name = name;
    }
  }

  /**
   * The documents under the inputs, in a fixed order (inputs as given, each directory's files
   * sorted by path): JSON Lines and WARC archives (each record a document), and pages and text
   * files ({@code .html}, {@code .htm}, {@code .xhtml}, {@code .txt}, gzipped or not). Hidden
   * entries and the Mozilla test pages' answer keys ({@code expected*}) are left out; so are other
   * files (licences, notes, ground truth). With {@code limit}, that many documents spread evenly
   * over the whole list, so that a short run still sees every source.
   */
  public static List<SourceItem> read(List<Path> inputs, Optional<Integer> limit, InstantSource clock)
      throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      files.addAll(documentFiles(input));
    }
    FileReader reader = new FileReader(MAX_DOCUMENT_BYTES, clock);
    List<SourceItem> items = new ArrayList<>();
    for (Path file : files) {
      Optional<ArchiveSource> archive = ArchiveSource.of(ArchiveInput.of(file), MAX_DOCUMENT_BYTES, clock);
      if (archive.isPresent()) {
        archive.get().read(items::add);
      } else {
        items.add(reader.read(file));
      }
    }
    items.removeIf(SourceItem.Skipped.class::isInstance);
    if (limit.isEmpty() || limit.get() >= items.size()) {
      return items;
    }
    List<SourceItem> spread = new ArrayList<>();
    for (int i = 0; i < limit.get(); i++) {
      spread.add(items.get((int) ((long) i * items.size() / limit.get())));
    }
    return spread;
  }

  private static List<Path> documentFiles(Path input) throws IOException {
    if (!Files.isDirectory(input)) {
      return List.of(input);
    }
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(input, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        return !dir.equals(input) && dir.getFileName().toString().startsWith(".")
            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        if (isDocument(file.getFileName().toString().toLowerCase(Locale.ROOT))) {
          found.add(file);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    found.sort(null);
    return found;
  }

  private static boolean isDocument(String name) {
    if (name.startsWith(".") || name.startsWith("expected")) {
      return false;
    }
    String bare = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    return bare.endsWith(".html") || bare.endsWith(".htm") || bare.endsWith(".xhtml") || bare.endsWith(".txt")
        || bare.endsWith(".jsonl") || bare.endsWith(".ndjson") || bare.endsWith(".warc");
  }
}
