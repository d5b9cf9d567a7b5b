package org.vigie.spark;

import java.io.Serializable;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;

/**
 * What every executor needs to build the same pipeline as {@code vigie ingest}: shipped with each
 * task as a few bytes, so the models are built where they run, not serialised from the driver.
 *
 * @param languages the {@code --languages} option ("all", "all-precise", "fr,en")
 * @param maxDocumentBytes largest document read, after decompression; larger ones are failures
 * @param startedAt the job's clock: every executor reads this instant, so that a run is reproducible
 *     whatever the executors' clocks say and whenever a task is retried
 * @param gazetteer a gazetteer index that {@code vigie gazetteer update} compiled, as a Hadoop path the
 *     executors can read; null for the one bundled with Vigie
 */
public record JobSettings(String languages, int maxDocumentBytes, Instant startedAt, String gazetteer)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public JobSettings {
    Objects.requireNonNull(languages, "languages");
    Objects.requireNonNull(startedAt, "startedAt");
    if (maxDocumentBytes < 1) {
      throw new IllegalArgumentException("the document size limit must be positive");
    }
  }

  public InstantSource clock() {
    return InstantSource.fixed(startedAt);
  }
}
