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
 * @param skipped archive records passed over on purpose, by reason (not documents: not stored)
 */
public record IngestSummary(long added, long updated, long duplicates, Map<FailureCause, Long> failed,
    Map<SkipReason, Long> skipped) {
  public IngestSummary {
    EnumMap<FailureCause, Long> failures = new EnumMap<>(FailureCause.class);
    failures.putAll(failed);
    failed = java.util.Collections.unmodifiableMap(failures);
    EnumMap<SkipReason, Long> passed = new EnumMap<>(SkipReason.class);
    passed.putAll(skipped);
    skipped = java.util.Collections.unmodifiableMap(passed);
  }

  public IngestSummary(long added, long updated, long duplicates, Map<FailureCause, Long> failed) {
    this(added, updated, duplicates, failed, Map.of());
  }

  public static final IngestSummary EMPTY = new IngestSummary(0, 0, 0, Map.of(), Map.of());

  /** The counts of two runs added up. */
  public IngestSummary plus(IngestSummary other) {
    EnumMap<FailureCause, Long> failures = new EnumMap<>(FailureCause.class);
    failures.putAll(failed);
    other.failed.forEach((cause, count) -> failures.merge(cause, count, Long::sum));
    EnumMap<SkipReason, Long> passed = new EnumMap<>(SkipReason.class);
    passed.putAll(skipped);
    other.skipped.forEach((reason, count) -> passed.merge(reason, count, Long::sum));
    return new IngestSummary(added + other.added, updated + other.updated, duplicates + other.duplicates, failures,
        passed);
  }

  public long skippedTotal() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
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
