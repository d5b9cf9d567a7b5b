package org.vigie.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigie.fetch.HttpFetcher;
import org.vigie.fetch.Sleeper;
import org.vigie.ingest.FailureRetry;
import org.vigie.ingest.IngestListener;
import org.vigie.ingest.IngestSummary;
import org.vigie.ingest.web.WebSource;
import org.vigie.json.ArticleJson;
import org.vigie.pipeline.FailureCause;
import org.vigie.store.ArticleStore;
import org.vigie.store.FailedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigie failures [--cause C] [LOCATION…] [--retry]}: the documents that did not become
 * articles, and why, latest first; with {@code --retry}, each is processed again.
 */
@Command(name = "failures", sortOptions = false,
    description = {"List the documents that did not become articles, latest first: where, which stage, why.",
        "Their bytes are kept in the data directory: --retry processes them again after a fix, from those bytes"
            + " (so a file deleted or changed since is processed as it failed), or from the location when none"
            + " could be kept."})
final class FailuresCommand extends Subcommand {
  @Parameters(arity = "0..*", paramLabel = "LOCATION", description = "only these failures, by location as listed")
  private List<String> locations = List.of();

  @Option(names = "--cause", paramLabel = "CAUSE", description = "only failures of this cause (EMPTY, BINARY, …)")
  private FailureCause cause;

  @Option(names = "--json", description = "one JSON object per line: location, stage, cause, message, size, sha256, at;"
      + " with --retry: location, used, why and what was ingested")
  private boolean json;

  @Option(names = "--retry", description = "process the listed failures again (takes the data directory's write lock)")
  private boolean retry;

  @Mixin
  private IngestSettings settings;

  @Mixin
  private FetchSettings fetch;

  @Override
  public Integer call() throws Exception {
    if (retry) {
      try (DataWriter writer = DataWriter.over(Stores.openForWriting(vigie().dataDirectory()), vigie(), settings)) {
        return retry(writer);
      }
    }
    PrintWriter out = out();
    try (ArticleStore store = openExistingStore()) {
      List<FailedDocument> failures = selected(store);
      for (FailedDocument failure : failures) {
        if (json) {
          out.println(ArticleJson.mapper().writeValueAsString(toTree(failure)));
        } else {
          out.println(failure.at().truncatedTo(ChronoUnit.SECONDS) + "  " + failure.cause() + "  " + failure.stage() + "  " + failure.location()
              + (failure.size() >= 0 ? "  (" + size(failure.size()) + ")" : ""));
          out.println("    " + failure.message());
        }
      }
      if (!json) {
        out.println(failures.isEmpty() ? "no failed documents"
            : failures.size() + (failures.size() == 1 ? " failed document" : " failed documents"));
      }
    }
    return 0;
  }

  /** The recorded failures the arguments name (all, without any), latest first; a named location not found is an error. */
  private List<FailedDocument> selected(ArticleStore store) throws IOException {
    List<FailedDocument> all = store.failures();
    for (String location : locations) {
      if (all.stream().noneMatch(f -> f.location().equals(location))) {
        throw CommandFailure.failed("no failure is recorded at " + location + "; 'vigie failures' lists them");
      }
    }
    return all.stream().filter(f -> locations.isEmpty() || locations.contains(f.location()))
        .filter(f -> cause == null || f.cause() == cause).toList();
  }

  private int retry(DataWriter writer) throws IOException {
    PrintWriter out = out();
    List<FailedDocument> failures = selected(writer.store());
    IngestSummary total = IngestSummary.EMPTY;
    List<String> problems = new ArrayList<>();
    try (HttpFetcher fetcher = new HttpFetcher(fetch.policy(vigie().dataDirectory()), vigie().clock(), Sleeper.SYSTEM)) {
      FailureRetry retries = new FailureRetry(writer.ingester(),
          (URI url) -> new WebSource(List.of(url), fetcher, writer.store()::hasArticleFrom));
      for (FailedDocument failure : failures) {
        FailureRetry.Outcome outcome = retries.retry(failure.location(), IngestListener.SILENT).orElse(null);
        if (outcome == null) {
          // Retried meanwhile through another location of the same archive: nothing left to do.
          continue;
        }
        total = total.plus(outcome.summary());
        if (json) {
          out.println(ArticleJson.mapper().writeValueAsString(IngestJson.retried(outcome)));
        } else {
          out.println(outcome.location() + "  (" + IngestJson.used(outcome.origin()) + ")");
          out.println("    " + outcome.why() + "; " + IngestRun.summaryLine(outcome.summary()));
        }
        writer.store().failure(failure.location()).ifPresent(again -> problems.add(again.cause().name()));
      }
    }
    if (!json) {
      out.println("retried " + failures.size() + ": " + IngestRun.summaryLine(total));
    }
    if (!problems.isEmpty()) {
      err().println(problems.size() + " still failed; 'vigie failures' says why");
    }
    return 0;
  }

  static ObjectNode toTree(FailedDocument failure) {
    ObjectNode node = ArticleJson.mapper().createObjectNode();
    node.put("location", failure.location());
    node.put("stage", failure.stage());
    node.put("cause", failure.cause().name());
    node.put("message", failure.message());
    node.put("size", failure.size());
    node.put("sha256", failure.sha256().isEmpty() ? null : failure.sha256());
    node.put("at", failure.at().toString());
    return node;
  }

  private static String size(long bytes) {
    if (bytes < 1000) {
      return bytes + " bytes";
    }
    return bytes < 1_000_000 ? String.format(Locale.ROOT, "%.1f kB", bytes / 1e3)
        : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }
}
