package org.vigie.store;

import java.time.Instant;
import java.util.Objects;
import org.vigie.pipeline.FailureCause;

/**
 * A document that did not become an article, kept so that nothing is lost.
 *
 * @param location where it was read from; one record per location, the latest attempt wins
 * @param stage the stage that gave up
 * @param cause why, as a stable category
 * @param message why, in one sentence for a person
 * @param size the document's size in bytes (-1 when it could not be read at all)
 * @param sha256 hash of its bytes, naming the copy kept in the data directory (empty when unread)
 * @param at when it failed
 */
public record FailedDocument(String location, String stage, FailureCause cause, String message, long size,
    String sha256, Instant at) {
  public FailedDocument {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(at, "at");
  }
}
