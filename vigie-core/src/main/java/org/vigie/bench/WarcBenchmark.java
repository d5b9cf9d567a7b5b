package org.vigie.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.vigie.ingest.SourceItem;
import org.vigie.ingest.warc.WarcSource;

/**
 * How fast WARC records are decoded into raw documents (WARC parsing, HTTP parsing, de-chunking and
 * inflating, no extraction or NLP) on one thread, and whether memory stays flat as a file grows.
 *
 * <p>Without input files it writes synthetic CC-NEWS-like files (one gzip member per record; a
 * request, a response and a metadata record per page; pages of 6 to 60 KB) of two sizes, so the
 * second can show that the heap in use after a collection does not grow with the file. Each file is
 * read twice: a timed pass, then a pass that collects garbage at every tenth of the file and records
 * the live heap.
 */
public final class WarcBenchmark {
  private static final int MAX_DOCUMENT_BYTES = 16 << 20;

  /** One file's figures. */
  public record FileReport(Path file, long bytes, long records, long documents, double recordsPerSecond,
      double megabytesPerSecond, List<Long> liveHeapMbByTenth) {
    public FileReport {
      liveHeapMbByTenth = List.copyOf(liveHeapMbByTenth);
    }
  }

  /** The figures of a run. */
  public record Report(List<FileReport> files) {
    public Report {
      files = List.copyOf(files);
    }

    public void print(PrintStream out) {
      for (FileReport file : files) {
        out.printf(Locale.ROOT, "%s: %,d bytes, %,d records (%,d documents)%n", file.file().getFileName(),
            file.bytes(), file.records(), file.documents());
        out.printf(Locale.ROOT, "  %.0f records/s, %.1f MB/s on one thread%n", file.recordsPerSecond(),
            file.megabytesPerSecond());
        out.printf(Locale.ROOT, "  live heap after GC at each tenth of the file (MB): %s%n", file.liveHeapMbByTenth());
      }
      out.println(json());
    }

    public String json() {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode node = mapper.createObjectNode();
      node.put("dataset", "warc");
      FileReport largest = files.stream().max(java.util.Comparator.comparingLong(FileReport::records)).orElseThrow();
      node.put("items", largest.records());
      node.put("perSecond", Math.round(largest.recordsPerSecond()));
      node.put("peakHeapMb", files.stream().flatMap(f -> f.liveHeapMbByTenth().stream()).mapToLong(Long::longValue)
          .max().orElse(0));
      ArrayNode perFile = node.putArray("files");
      for (FileReport file : files) {
        ObjectNode f = perFile.addObject();
        f.put("records", file.records());
        f.put("bytes", file.bytes());
        f.put("recordsPerSecond", Math.round(file.recordsPerSecond()));
        ArrayNode heap = f.putArray("liveHeapMbByTenth");
        file.liveHeapMbByTenth().forEach(heap::add);
      }
      return node.toString();
    }
  }

  public Report run(List<Path> files) throws IOException {
    List<FileReport> reports = new ArrayList<>();
    for (Path file : files) {
      reports.add(measure(file));
    }
    return new Report(reports);
  }

  private FileReport measure(Path file) throws IOException {
    AtomicLong records = new AtomicLong();
    AtomicLong documents = new AtomicLong();
    // Warm-up: the JIT compiles the reader on a first pass over the start of the file.
    readAll(file, item -> { }, 20_000);
    long start = System.nanoTime();
    readAll(file, item -> {
      records.incrementAndGet();
      if (item instanceof SourceItem.Document) {
        documents.incrementAndGet();
      }
    }, Long.MAX_VALUE);
    double seconds = (System.nanoTime() - start) / 1e9;
    long total = records.get();
    List<Long> heap = new ArrayList<>();
    AtomicLong seen = new AtomicLong();
    long step = Math.max(1, total / 10);
    readAll(file, item -> {
      if (seen.incrementAndGet() % step == 0 && heap.size() < 10) {
        heap.add(liveHeapMb());
      }
    }, Long.MAX_VALUE);
    long bytes = Files.size(file);
    return new FileReport(file, bytes, total, documents.get(), total / seconds, bytes / 1e6 / seconds, heap);
  }

  private static void readAll(Path file, java.util.function.Consumer<SourceItem> sink, long limit) throws IOException {
    AtomicLong count = new AtomicLong();
    try {
      new WarcSource(file, MAX_DOCUMENT_BYTES, InstantSource.system()).read(item -> {
        sink.accept(item);
        if (count.incrementAndGet() >= limit) {
          throw new StopReading();
        }
      });
    } catch (StopReading stop) {
      // The warm-up read enough.
    }
  }

  private static final class StopReading extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StopReading() {
      super(null, null, false, false);
    }
  }

  @SuppressWarnings("java:S1215")
  private static long liveHeapMb() {
    // An explicit collection is the point here: what survives it is what the reader holds on to.
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
  }

  /**
   * Writes a synthetic CC-NEWS-like WARC.gz with {@code pages} pages: for each, a request, a
   * response (HTML of 6 to 60 KB, some chunked, some gzip-encoded) and a metadata record.
   */
  public static Path writeSynthetic(Path file, int pages, long seed) throws IOException {
    Random random = new Random(seed);
    String paragraph = "<p>Le ministre turc de la Défense est arrivé vendredi à Tripoli pour évoquer la coopération "
        + "militaire avec le gouvernement libyen, a indiqué un communiqué publié dans la soirée.</p>\n";
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (int i = 0; i < pages; i++) {
        String url = "https://news" + (i % 50) + ".example/2020/07/03/article-" + i + ".html";
        member(out, "request", url, ("GET /2020/07/03/article-" + i + ".html HTTP/1.1\r\nHost: news.example\r\n"
            + "User-Agent: CCBot\r\n\r\n").getBytes(StandardCharsets.UTF_8), "application/http; msgtype=request");
        StringBuilder html = new StringBuilder("<!doctype html><html><head><title>Article ").append(i)
            .append("</title></head><body><article>");
        int paragraphs = 30 + random.nextInt(300);
        for (int p = 0; p < paragraphs; p++) {
          html.append(paragraph);
        }
        html.append("</article></body></html>");
        byte[] body = html.toString().getBytes(StandardCharsets.UTF_8);
        String headers = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n";
        if (i % 5 == 0) {
          ByteArrayOutputStream zipped = new ByteArrayOutputStream();
          try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(body);
          }
          body = zipped.toByteArray();
          headers += "Content-Encoding: gzip\r\n";
        }
        headers += "Content-Length: " + body.length + "\r\n\r\n";
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        response.write(headers.getBytes(StandardCharsets.ISO_8859_1));
        response.write(body);
        member(out, "response", url, response.toByteArray(), "application/http; msgtype=response");
        member(out, "metadata", url, ("fetchTimeMs: " + (100 + random.nextInt(900)) + "\r\n")
            .getBytes(StandardCharsets.UTF_8), "application/warc-fields");
      }
    }
    return file;
  }

  /**
   * Writes one WARC record as its own gzip member, as Common Crawl does, without closing the stream:
   * how benchmarks build their inputs.
   */
  public static void member(OutputStream out, String type, String url, byte[] block, String contentType)
      throws IOException {
    String header = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + url
        + "\r\nWARC-Date: 2020-07-03T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(
            (type + url).getBytes(StandardCharsets.UTF_8)) + ">\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + block.length + "\r\n\r\n";
    GZIPOutputStream gzip = new GZIPOutputStream(new NonClosing(out), 1 << 16);
    gzip.write(header.getBytes(StandardCharsets.UTF_8));
    gzip.write(block);
    gzip.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    gzip.finish();
  }

  /** Lets a gzip member finish without closing the file under it. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
