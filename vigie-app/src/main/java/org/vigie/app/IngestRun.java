package org.vigie.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.vigie.fetch.HttpFetcher;
import org.vigie.fetch.Sleeper;
import org.vigie.ingest.IngestListener;
import org.vigie.ingest.IngestSummary;
import org.vigie.ingest.Ingester;
import org.vigie.ingest.web.WebSource;
import org.vigie.store.ArticleStore;
import org.vigie.store.DataDirectory;

/**
 * One ingest as the command line runs it: progress on standard error, then the summary line on
 * standard output, printed only once the final commit has made it true.
 */
final class IngestRun {
  private IngestRun() {}

  /** What to read: local paths and web URLs (pages, feeds, sitemaps), told apart by their scheme. */
  record Inputs(List<Path> paths, List<URI> urls) {
    static Inputs of(List<String> arguments) {
      List<Path> paths = new ArrayList<>();
      List<URI> urls = new ArrayList<>();
      for (String argument : arguments) {
        if (WebSource.isUrl(argument)) {
          try {
            urls.add(new URI(argument.strip()));
          } catch (URISyntaxException e) {
            throw CommandFailure.badUsage("\"" + argument + "\" is not a valid URL: " + e.getReason(), e);
          }
        } else {
          paths.add(Path.of(argument));
        }
      }
      return new Inputs(List.copyOf(paths), List.copyOf(urls));
    }

    boolean isEmpty() {
      return paths.isEmpty() && urls.isEmpty();
    }
  }

  static IngestSummary run(VigieCommand vigie, IngestSettings settings, FetchSettings fetch, Inputs inputs,
      PrintWriter out, PrintWriter err) throws IOException {
    try (DataWriter writer = DataWriter.over(Stores.openForWriting(vigie.dataDirectory()), vigie, settings)) {
      return ingest(vigie, fetch, inputs, out, err, writer);
    }
  }

  /** Ingests with a writer already open: the one {@code run} goes on serving and watching with. */
  static IngestSummary ingest(VigieCommand vigie, FetchSettings fetch, Inputs inputs, PrintWriter out,
      PrintWriter err, DataWriter writer) throws IOException {
    InstantSource clock = vigie.clock();
    DataDirectory data = vigie.dataDirectory();
    ArticleStore store = writer.store();
    Ingester ingester = writer.ingester();
    IngestSummary summary = IngestSummary.EMPTY;
    if (!inputs.paths().isEmpty()) {
      summary = withProgress(vigie, err, listener -> ingester.ingest(inputs.paths(), listener));
    }
    if (!inputs.urls().isEmpty()) {
      try (HttpFetcher fetcher = new HttpFetcher(fetch.policy(data), clock, Sleeper.SYSTEM)) {
        WebSource web = new WebSource(inputs.urls(), fetcher, store::hasArticleFrom);
        summary = summary.plus(withProgress(vigie, err, listener -> ingester.ingestSources(List.of(web), listener)));
      }
    }
    out.println(summaryLine(summary));
    if (summary.failedTotal() > 0) {
      err.println("run 'vigie failures' to see why documents failed; they are kept for a later retry");
    }
    return summary;
  }

  /** An ingest that reports progress to a listener. */
  @FunctionalInterface
  interface Job {
    IngestSummary run(IngestListener listener) throws IOException;
  }

  /** Runs the job with a progress bar on a terminal, else with a line a commit. */
  static IngestSummary withProgress(VigieCommand vigie, PrintWriter err, Job job) throws IOException {
    if (vigie.interactive()) {
      try (ProgressBar bar = new ProgressBar(err, vigie.clock())) {
        return job.run(bar);
      }
    }
    return job.run(new ProgressLog(err));
  }

  /**
   * {@code ingested 3 (added 3, updated 0), duplicates 1, failed 2 (BINARY 1, TOO_LARGE 1)}, then
   * {@code , skipped 4 (NOT_A_RESPONSE 4)} when archive records were passed over.
   */
  static String summaryLine(IngestSummary summary) {
    StringBuilder line = new StringBuilder()
        .append("ingested ").append(summary.ingested())
        .append(" (added ").append(summary.added()).append(", updated ").append(summary.updated()).append(")")
        .append(", duplicates ").append(summary.duplicates())
        .append(", failed ").append(summary.failedTotal()).append(breakdown(summary.failed()));
    if (summary.skippedTotal() > 0) {
      line.append(", skipped ").append(summary.skippedTotal()).append(breakdown(summary.skipped()));
    }
    return line.toString();
  }

  /** " (BINARY 1, TOO_LARGE 1)", in the enum's order; empty when there is nothing to break down. */
  private static String breakdown(Map<? extends Enum<?>, Long> counts) {
    return counts.isEmpty() ? "" : counts.entrySet().stream()
        .map(e -> e.getKey().name() + " " + e.getValue())
        .collect(Collectors.joining(", ", " (", ")"));
  }
}
