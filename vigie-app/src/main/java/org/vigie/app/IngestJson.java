package org.vigie.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigie.ingest.FailureRetry;
import org.vigie.ingest.IngestSummary;
import org.vigie.json.ArticleJson;

/**
 * What a write did, as JSON, the same for the API and the command line:
 * {@code {"added", "updated", "duplicates", "failed", "failures": {CAUSE: n}}}, and for a retried
 * failure also {@code "location", "used": "kept-copy"|"location", "why"}.
 */
public final class IngestJson {
  private IngestJson() {}

  public static ObjectNode summary(IngestSummary summary) {
    ObjectNode node = ArticleJson.mapper().createObjectNode();
    node.put("added", summary.added());
    node.put("updated", summary.updated());
    node.put("duplicates", summary.duplicates());
    node.put("failed", summary.failedTotal());
    ObjectNode causes = node.putObject("failures");
    summary.failed().forEach((cause, count) -> causes.put(cause.name(), count));
    return node;
  }

  public static ObjectNode retried(FailureRetry.Outcome outcome) {
    ObjectNode node = summary(outcome.summary());
    node.put("location", outcome.location());
    node.put("used", used(outcome.origin()));
    node.put("why", outcome.why());
    return node;
  }

  /** "kept-copy" or "location": which bytes a retry processed. */
  static String used(FailureRetry.Origin origin) {
    return origin == FailureRetry.Origin.KEPT_COPY ? "kept-copy" : "location";
  }
}
