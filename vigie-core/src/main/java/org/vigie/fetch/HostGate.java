package org.vigie.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Per-host politeness: at most one request at a time to a host (by default), and a delay between
 * the end of one request and the start of the next. Hosts are independent, so a slow host holds up
 * only its own queue.
 */
final class HostGate {
  private static final class Host {
    final Semaphore slots;
    Instant nextAllowed = Instant.MIN;

    Host(int concurrency) {
      slots = new Semaphore(concurrency, true);
    }
  }

  private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();
  private final InstantSource clock;
  private final Sleeper sleeper;
  private final int concurrency;

  HostGate(InstantSource clock, Sleeper sleeper, int concurrency) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.concurrency = concurrency;
  }

  /** Waits for the host's turn; the caller must {@link #release} with the delay to keep after it. */
  void acquire(String host) throws InterruptedException {
    Host state = hosts.computeIfAbsent(host, h -> new Host(concurrency));
    state.slots.acquire();
    Duration wait;
    synchronized (state) {
      wait = Duration.between(clock.instant(), state.nextAllowed);
    }
    if (!wait.isNegative() && !wait.isZero()) {
      sleeper.sleep(wait);
    }
  }

  void release(String host, Duration delay) {
    Host state = hosts.get(host);
    synchronized (state) {
      state.nextAllowed = clock.instant().plus(delay);
    }
    state.slots.release();
  }
}
