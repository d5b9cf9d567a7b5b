package org.vigie.bench;

import java.time.Duration;

/**
 * A warm-up before a timed pass, so that the JIT has compiled what is measured: at least a few
 * passes and a few seconds. Quality checks that do not read the speed skip it.
 */
record WarmUp(int passes, Duration time) {
  static final WarmUp STANDARD = new WarmUp(3, Duration.ofSeconds(2));
  static final WarmUp NONE = new WarmUp(0, Duration.ZERO);

  /**
   * How many passes a second: the pass runs again and again for at least {@code atLeast}, so that a
   * fast pass is timed over many and one slow run of the collector weighs little.
   */
  static double passesPerSecond(Runnable pass, Duration atLeast) {
    long start = System.nanoTime();
    int passes = 0;
    long elapsed;
    do {
      pass.run();
      passes++;
      elapsed = System.nanoTime() - start;
    } while (elapsed < atLeast.toNanos());
    return passes / Math.max(1e-9, elapsed / 1e9);
  }

  void run(Runnable pass) {
    long start = System.nanoTime();
    for (int done = 0; done < passes || System.nanoTime() - start < time.toNanos(); done++) {
      pass.run();
    }
  }
}
