package org.vigie.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.OperatingSystemMXBean;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.vigie.bench.WarcBenchmark;
import org.vigie.ingest.SourceItem;
import org.vigie.ingest.warc.WarcSource;
import org.vigie.json.ArticleJson;
import org.vigie.pipeline.Pipeline;
import org.vigie.pipeline.Processed;

/**
 * Articles per second per core of the Spark job next to the single-machine pipeline on the same
 * WARC files, and the peak heap of the job's executor. In local mode the executor is this JVM, so
 * its heap, sampled every 50 ms while the job runs, is the executor's: models, task buffers and
 * Spark's own memory together.
 *
 * <p>Both rates are articles per CPU-second of the whole JVM (what a fully used core gives), since
 * the pipeline is not single-threaded even on one thread (language identification spreads each text
 * over the common fork-join pool) and since wall-clock time on a shared machine says more about the
 * neighbours than about the code. The single-machine figure is the pipeline alone on one thread
 * (what each ingest worker does, without the index), after a warm-up. The Spark figure is the whole
 * job: reading, pipeline, fingerprints, grouping and Parquet. Its wall-clock rate per core is
 * printed too. The job runs second, so it meets loaded models and warm code as a long job's
 * executors would.
 */
final class SparkBenchmark {

  /** The figures of a run. */
  record Report(int files, long pages, long singleArticles, double singleSeconds, double singleCpuSeconds,
      long sparkArticles, long unique, long duplicates, long failed, int cores, double sparkSeconds,
      double sparkCpuSeconds, long peakHeapMb, long peakLiveHeapMb, long maxHeapMb) {

    double singlePerCpuSecond() {
      return singleArticles / singleCpuSeconds;
    }

    double sparkPerCpuSecond() {
      return sparkArticles / sparkCpuSeconds;
    }

    double sparkWallPerSecondPerCore() {
      return sparkArticles / (sparkSeconds * cores);
    }

    /** Core-hours for a million articles at the Spark job's rate per CPU-second. */
    double coreHoursPerMillion() {
      return 1e6 / sparkPerCpuSecond() / 3600;
    }

    void print(PrintWriter out) {
      out.printf(Locale.ROOT, "input: %d WARC files, %,d pages%n", files, pages);
      out.printf(Locale.ROOT, "single machine, the pipeline on one thread: %,d articles, %.1f s, %.1f CPU-s ="
          + " %.1f articles/s per core%n", singleArticles, singleSeconds, singleCpuSeconds, singlePerCpuSecond());
      out.printf(Locale.ROOT, "spark job, %d cores: %,d articles (%,d ids, %,d of them copies; %,d failed), %.1f s,"
          + " %.1f CPU-s = %.1f articles/s per core (%.1f by wall-clock time)%n", cores, sparkArticles, unique,
          duplicates, failed, sparkSeconds, sparkCpuSeconds, sparkPerCpuSecond(), sparkWallPerSecondPerCore());
      out.printf(Locale.ROOT, "spark job / single machine per core: %.2f%n", sparkPerCpuSecond() / singlePerCpuSecond());
      out.printf(Locale.ROOT, "executor heap: peak %d MB used, %d MB live after GC (max heap %d MB)%n", peakHeapMb,
          peakLiveHeapMb, maxHeapMb);
      out.printf(Locale.ROOT, "cost: %.1f core-hours per million articles%n", coreHoursPerMillion());
      out.println(json());
    }

    String json() {
      ObjectNode node = ArticleJson.mapper().createObjectNode();
      node.put("dataset", "warc");
      node.put("files", files);
      node.put("pages", pages);
      node.put("articles", sparkArticles);
      node.put("ids", unique);
      node.put("duplicates", duplicates);
      node.put("failed", failed);
      node.put("cores", cores);
      node.put("singlePerSecondPerCore", round(singlePerCpuSecond()));
      node.put("sparkPerSecondPerCore", round(sparkPerCpuSecond()));
      node.put("sparkWallPerSecondPerCore", round(sparkWallPerSecondPerCore()));
      node.put("sparkSeconds", round(sparkSeconds));
      node.put("coreHoursPerMillion", round(coreHoursPerMillion()));
      node.put("peakHeapMb", peakHeapMb);
      node.put("peakLiveHeapMb", peakLiveHeapMb);
      return node.toString();
    }

    private static double round(double value) {
      return Math.round(value * 10) / 10.0;
    }
  }

  private final SparkSession spark;
  private final JobSettings settings;

  SparkBenchmark(SparkSession spark, JobSettings settings) {
    this.spark = spark;
    this.settings = settings;
  }

  Report run(List<Path> files, Path out) throws IOException {
    long pages = 0;
    for (Path file : files) {
      pages += documents(file).size();
    }
    // The single machine: the pipeline on this thread, models loaded and code warmed first.
    Pipeline pipeline = ExecutorPipelines.of(settings, spark.sparkContext().hadoopConfiguration());
    List<SourceItem.Document> warmUp = documents(files.getFirst());
    warmUp.stream().limit(50).forEach(d -> pipeline.process(d.document()));
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long singleArticles = 0;
    long singleCpu = 0;
    long singleNanos = 0;
    for (Path file : files) {
      List<SourceItem.Document> documents = documents(file);
      long cpuStart = os.getProcessCpuTime();
      long wallStart = System.nanoTime();
      for (SourceItem.Document document : documents) {
        if (pipeline.process(document.document()) instanceof Processed.Accepted) {
          singleArticles++;
        }
      }
      singleCpu += os.getProcessCpuTime() - cpuStart;
      singleNanos += System.nanoTime() - wallStart;
    }

    int cores = spark.sparkContext().defaultParallelism();
    HeapSampler heap = new HeapSampler();
    long cpuBefore = os.getProcessCpuTime();
    long start = System.nanoTime();
    JobSummary summary;
    try {
      summary = new ArticleJob(spark, settings).run(files.stream().map(Path::toString).toList(),
          new ArticleJob.Output(out.toString(), 0, true));
    } finally {
      heap.stop();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (os.getProcessCpuTime() - cpuBefore) / 1e9;
    return new Report(files.size(), pages, singleArticles, singleNanos / 1e9, singleCpu / 1e9, summary.extracted(),
        summary.articles(),
        summary.duplicates(),
        summary.failedTotal(), cores, seconds, cpuSeconds, heap.peakUsed() >> 20, heap.peakLive() >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  /** Reading is not timed: the documents of a file, in memory. */
  private List<SourceItem.Document> documents(Path file) throws IOException {
    List<SourceItem.Document> documents = new ArrayList<>();
    new WarcSource(file, settings.maxDocumentBytes(), InstantSource.fixed(settings.startedAt())).read(item -> {
      if (item instanceof SourceItem.Document document) {
        documents.add(document);
      }
    });
    return documents;
  }

  /**
   * Writes {@code files} WARC.gz files holding {@code pages} responses in all: the real pages of the
   * shared extraction datasets (HTML as crawled, with their boilerplate), each page repeated under
   * new URLs as often as needed, so that the input has the size asked for. Repeats are exact copies,
   * which the grouping step then finds.
   */
  static List<Path> writeFromPages(Path shared, Path dir, int pages, int files) throws IOException {
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> zyte = Files.list(shared.resolve("eval/extraction/zyte-article-extraction-benchmark/html"));
        Stream<Path> mozilla = Files.list(shared.resolve("eval/extraction/mozilla-readability-test-pages"))) {
      sources.addAll(zyte.sorted().toList());
      sources.addAll(mozilla.map(d -> d.resolve("source.html")).filter(Files::exists).sorted().toList());
    }
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    for (int f = 0; f < files; f++) {
      Path file = dir.resolve(String.format(Locale.ROOT, "pages-%03d.warc.gz", f));
      try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        for (int p = f; p < pages; p += files) {
          byte[] html = Files.readAllBytes(sources.get(p % sources.size()));
          record(out, "https://news" + (p % 40) + ".example/" + p + "/article.html", html);
        }
      }
      written.add(file);
    }
    return written;
  }

  private static void record(OutputStream out, String url, byte[] html) throws IOException {
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    block.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + html.length + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    block.write(html);
    WarcBenchmark.member(out, "response", url, block.toByteArray(), "application/http; msgtype=response");
  }

  /** The heap in use, and in use after the latest collection, sampled on a thread of its own. */
  private static final class HeapSampler {
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    HeapSampler() {
      List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
      thread = Thread.ofPlatform().daemon().name("vigie-heap-sampler").start(() -> {
        while (running) {
          peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
          long live = heap.stream().map(MemoryPoolMXBean::getCollectionUsage)
              .filter(java.util.Objects::nonNull).mapToLong(java.lang.management.MemoryUsage::getUsed).sum();
          peakLive.accumulateAndGet(live, Math::max);
          try {
            Thread.sleep(50);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
    }

    void stop() {
      running = false;
      thread.interrupt();
    }

    long peakUsed() {
      return peakUsed.get();
    }

    long peakLive() {
      return peakLive.get();
    }
  }
}
