package org.vigie.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.vigie.fetch.HttpFetcher;
import org.vigie.fetch.Sleeper;
import org.vigie.ingest.web.FeedStateStore;
import org.vigie.ingest.web.FeedWatcher;
import org.vigie.ingest.web.PollSchedule;

/**
 * Follows feeds for {@code watch} and {@code run}: once, or until the process is asked to stop
 * (Ctrl-C, SIGTERM), in which case the current poll ends, its pages are committed and the feed
 * states saved before the process exits.
 */
final class Watching {
  static final String STATE_FILE = "feeds.json";
  private static final long STOP_GRACE_SECONDS = 90;

  private Watching() {}

  private static FeedWatcher watcher(VigieCommand vigie, DataWriter writer, HttpFetcher fetcher) {
    return new FeedWatcher(fetcher, writer.ingester(), writer.store(),
        new FeedStateStore(vigie.dataDirectory().root().resolve(STATE_FILE)), PollSchedule.defaults(), vigie.clock(),
        Sleeper.SYSTEM);
  }

  /** Polls each feed that is due, once, and prints what it found. */
  static FeedWatcher.Round once(VigieCommand vigie, IngestSettings settings, FetchSettings fetch, List<URI> feeds,
      PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
    try (DataWriter writer = DataWriter.over(Stores.openForWriting(vigie.dataDirectory()), vigie, settings);
        HttpFetcher fetcher = new HttpFetcher(fetch.policy(vigie.dataDirectory()), vigie.clock(), Sleeper.SYSTEM)) {
      return watcher(vigie, writer, fetcher).pollDue(feeds, new ProgressLog(err));
    }
  }

  /**
   * Polls until the process is stopped (or the calling thread interrupted, as an embedding or a
   * test stops it), then closes the writer, which it owns from now on; {@code onStop} runs first
   * when the process is stopped, and in any case before the writer closes, so that whatever else
   * writes through it (the API of {@code run}) has stopped by then.
   *
   * <p>The polls run on a thread of their own and are asked to stop, never interrupted: an interrupt
   * that lands during a commit closes Lucene's file channels (ClosedByInterruptException) and would
   * turn a clean stop into a failed one. The worker sees the request within a second, after the
   * current poll is committed.
   */
  static void untilStopped(VigieCommand vigie, DataWriter writer, FetchSettings fetch, List<URI> feeds,
      PrintWriter out, PrintWriter err, Runnable onStop) throws IOException {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread worker = Thread.ofPlatform().name("vigie-watch").unstarted(() -> {
      try {
        watch(vigie, writer, fetch, feeds, out, err, running, onStop);
      } catch (Throwable e) {
        failure.set(e);
      }
    });
    Thread hook = new Thread(() -> {
      running.set(false);
      onStop.run();
      awaitQuietly(worker);
    }, "vigie-watch-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    worker.start();
    try {
      worker.join();
    } catch (InterruptedException e) {
      running.set(false);
      awaitQuietly(worker);
      Thread.currentThread().interrupt();
    } finally {
      if (!worker.isAlive()) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
          // Already shutting down: the hook is running and waits for the worker.
        }
      }
    }
    rethrow(failure.get());
  }

  private static void watch(VigieCommand vigie, DataWriter writer, FetchSettings fetch, List<URI> feeds,
      PrintWriter out, PrintWriter err, AtomicBoolean running, Runnable onStop) throws IOException {
    try (writer;
        HttpFetcher fetcher = new HttpFetcher(fetch.policy(vigie.dataDirectory()), vigie.clock(), Sleeper.SYSTEM)) {
      out.println("watching " + feeds.size() + " feeds; data in " + vigie.dataDirectory().root()
          + " (Ctrl-C to stop; 'vigie failures' lists feeds that cannot be read)");
      out.flush();
      try {
        watcher(vigie, writer, fetcher).run(feeds, running::get, new ProgressLog(err));
      } finally {
        onStop.run();
      }
    } catch (InterruptedException e) {
      // Only the last resort of awaitQuietly interrupts the worker: stop as asked.
      Thread.currentThread().interrupt();
    }
  }

  /** Waits for the worker's current poll to end; interrupts it only when the grace time is over. */
  private static void awaitQuietly(Thread worker) {
    try {
      if (!worker.join(Duration.ofSeconds(STOP_GRACE_SECONDS))) {
        worker.interrupt();
      }
    } catch (InterruptedException e) {
      // Asked twice: stop waiting, the worker still stops at its next check.
      Thread.currentThread().interrupt();
    }
  }

  private static void rethrow(Throwable failure) throws IOException {
    if (failure == null) {
      return;
    }
    if (failure instanceof IOException e) {
      throw e;
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    throw new IOException(failure);
  }
}
