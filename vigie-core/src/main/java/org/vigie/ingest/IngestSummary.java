package org.vigie.ingest;

import java.util.EnumMap;
import java.util.Map;
import org.vigie.pipeline.FailureCause;

/**
 * Counts of one ingest run.
 *
 * @param added new articles stored
 * @param updated articles stored again with changed content
 * @param duplicates documents whose article was already stored, unchanged
 * @param failed documents kept as failures, by cause
 */
public record IngestSummary(long added, long updated, long duplicates, Map<FailureCause, Long> failed) {
  public IngestSummary {
    EnumMap<FailureCause, Long> copy = new EnumMap<>(FailureCause.class);
    copy.putAll(failed);
    failed = java.util.Collections.unmodifiableMap(copy);
  }

  public long failedTotal() {
    return failed.values().stream().mapToLong(Long::longValue).sum();
  }

  public long ingested() {
    return added + updated;
  }

  public long total() {
    return added + updated + duplicates + failedTotal();
  }
}
