package org.vigie.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.vigie.json.ArticleJson;

/**
 * What a job made of its input, counted over its output tables (so that retried tasks are not
 * counted twice).
 *
 * @param files input files read
 * @param extracted documents that the pipeline made an article of
 * @param articles articles written, one per id (a page read twice is one article)
 * @param duplicates of which copies of another article ({@code duplicate_of} set)
 * @param failed failure rows by cause
 * @param skipped records passed over on purpose, by reason (WARC request records, HTTP errors)
 * @param seconds wall-clock time of the job
 */
public record JobSummary(long files, long extracted, long articles, long duplicates, SortedMap<String, Long> failed,
    SortedMap<String, Long> skipped, double seconds) {

  public JobSummary {
    failed = new TreeMap<>(failed);
    skipped = new TreeMap<>(skipped);
  }

  public long failedTotal() {
    return failed.values().stream().mapToLong(Long::longValue).sum();
  }

  public long skippedTotal() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }

  /** {@code articles 3 (duplicates 1), failed 2 (BINARY 1, UNREADABLE 1), skipped 4 (NOT_A_RESPONSE 4)}. */
  public String line() {
    StringBuilder line = new StringBuilder().append("articles ").append(articles)
        .append(" (duplicates ").append(duplicates).append(")")
        .append(", failed ").append(failedTotal()).append(breakdown(failed));
    if (!skipped.isEmpty()) {
      line.append(", skipped ").append(skippedTotal()).append(breakdown(skipped));
    }
    return line.toString();
  }

  /** The figures as one JSON object, as {@code vigie bench} ends its reports. */
  public String json() {
    ObjectNode node = ArticleJson.mapper().createObjectNode();
    node.put("files", files);
    node.put("extracted", extracted);
    node.put("articles", articles);
    node.put("duplicates", duplicates);
    node.put("failed", failedTotal());
    failed.forEach(node.putObject("failedByCause")::put);
    node.put("skipped", skippedTotal());
    skipped.forEach(node.putObject("skippedByReason")::put);
    node.put("seconds", Math.round(seconds * 10) / 10.0);
    return node.toString();
  }

  private static String breakdown(Map<String, Long> counts) {
    return counts.isEmpty() ? "" : counts.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", ", " (", ")"));
  }
}
