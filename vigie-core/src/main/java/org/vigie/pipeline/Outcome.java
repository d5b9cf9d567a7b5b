package org.vigie.pipeline;

import java.util.Objects;

/** What a stage made of its input: a new value, or the reason it could not make one. */
public sealed interface Outcome<T> permits Outcome.Done, Outcome.Failed {

  record Done<T>(T value) implements Outcome<T> {
    public Done {
      Objects.requireNonNull(value, "value");
    }
  }

  record Failed<T>(FailureCause cause, String message) implements Outcome<T> {
    public Failed {
      Objects.requireNonNull(cause, "cause");
      Objects.requireNonNull(message, "message");
    }
  }

  static <T> Outcome<T> done(T value) {
    return new Done<>(value);
  }

  static <T> Outcome<T> failed(FailureCause cause, String message) {
    return new Failed<>(cause, message);
  }
}
