package org.vigie.fetch;

import java.time.Duration;

/** Waits; injected so that politeness and backoff run instantly and deterministically in tests. */
@FunctionalInterface
public interface Sleeper {
  void sleep(Duration duration) throws InterruptedException;

  Sleeper SYSTEM = duration -> {
    if (!duration.isNegative() && !duration.isZero()) {
      Thread.sleep(duration);
    }
  };
}
