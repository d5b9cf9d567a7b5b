package org.vigie.pipeline;

import java.util.Objects;

/** The stage that gave up on a document, and why. */
public record Failure(String stage, FailureCause cause, String message) {
  public Failure {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(message, "message");
  }
}
