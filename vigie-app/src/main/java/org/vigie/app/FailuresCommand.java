package org.vigie.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.vigie.json.ArticleJson;
import org.vigie.store.ArticleStore;
import org.vigie.store.FailedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigie failures}: the documents that did not become articles, and why, latest first. */
@Command(name = "failures", sortOptions = false,
    description = {"List the documents that did not become articles, latest first: where, which stage, why.",
        "Their bytes are kept in the data directory, so they can be ingested again after a fix."})
final class FailuresCommand extends Subcommand {
  @Option(names = "--json", description = "one JSON object per line: location, stage, cause, message, size, sha256, at")
  private boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = out();
    try (ArticleStore store = openExistingStore()) {
      List<FailedDocument> failures = store.failures();
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
