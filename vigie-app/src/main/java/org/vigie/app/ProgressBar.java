package org.vigie.app;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Locale;
import org.vigie.ingest.IngestListener;

/**
 * A progress bar redrawn in place on a terminal. Redraws are spaced out, since worker threads
 * report every document and a terminal cannot keep up with thousands of lines a second.
 */
final class ProgressBar implements IngestListener, AutoCloseable {
  private static final int WIDTH = 30;
  private static final Duration REDRAW = Duration.ofMillis(100);

  private final PrintWriter err;
  private final InstantSource clock;
  private long planned;
  private Instant lastDrawn = Instant.MIN;
  private int drawnLength;

  ProgressBar(PrintWriter err, InstantSource clock) {
    this.err = err;
    this.clock = clock;
  }

  @Override
  public synchronized void planned(long documents) {
    planned = documents;
    draw(0);
  }

  @Override
  public synchronized void processed(long done, long ignored) {
    Instant now = clock.instant();
    if (done >= planned || !now.isBefore(lastDrawn.plus(REDRAW))) {
      lastDrawn = now;
      draw(done);
    }
  }

  private void draw(long done) {
    String line = render(done, planned);
    err.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
    err.flush();
    drawnLength = line.length();
  }

  /**
   * The bar, or only a count once more documents than inputs were processed: an archive holds
   * many documents, and the ingester plans by input, so no share can be known then.
   */
  static String render(long done, long planned) {
    if (done > planned) {
      return String.format(Locale.ROOT, "%d documents processed from %d inputs", done, planned);
    }
    double fraction = planned == 0 ? 1 : Math.min(1, (double) done / planned);
    int filled = (int) Math.round(fraction * WIDTH);
    return String.format(Locale.ROOT, "[%s%s] %3d%% %d/%d documents", "#".repeat(filled), ".".repeat(WIDTH - filled),
        Math.round(fraction * 100), done, planned);
  }

  /** Wipes the bar so that the summary starts on a clean line. */
  @Override
  public synchronized void close() {
    err.print("\r" + " ".repeat(drawnLength) + "\r");
    err.flush();
  }
}
