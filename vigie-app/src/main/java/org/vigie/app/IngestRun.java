package org.vigie.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.vigie.ingest.IngestSummary;
import org.vigie.ingest.Ingester;
import org.vigie.ingest.StandardPipeline;
import org.vigie.store.ArticleStore;
import org.vigie.store.DataDirectory;

/**
 * One ingest as the command line runs it: progress on standard error, then the summary line on
 * standard output, printed only once the final commit has made it true.
 */
final class IngestRun {
  private IngestRun() {}

  static IngestSummary run(VigieCommand vigie, IngestSettings settings, List<Path> paths, PrintWriter out,
      PrintWriter err) throws IOException {
    DataDirectory data = vigie.dataDirectory();
    InstantSource clock = vigie.clock();
    try (ArticleStore store = Stores.openForWriting(data)) {
      Ingester ingester = new Ingester(StandardPipeline.create(clock, settings.languages()), store, clock,
          settings.options());
      IngestSummary summary;
      if (vigie.interactive()) {
        try (ProgressBar bar = new ProgressBar(err, clock)) {
          summary = ingester.ingest(paths, bar);
        }
      } else {
        summary = ingester.ingest(paths, new ProgressLog(err));
      }
      out.println(summaryLine(summary));
      if (summary.failedTotal() > 0) {
        err.println("run 'vigie failures' to see why documents failed; they are kept for a later retry");
      }
      return summary;
    }
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
