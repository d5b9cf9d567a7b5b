package org.vigie.app;

import java.io.PrintWriter;
import org.vigie.ingest.IngestListener;
import org.vigie.ingest.IngestSummary;

/**
 * Progress as plain lines, for logs and pipes. One line per commit, which the ingester makes every
 * few seconds at most, and which says what is durable: a run killed after a line has lost none
 * of the documents that line counts.
 */
final class ProgressLog implements IngestListener {
  private final PrintWriter err;
  private long planned;
  private long done;

  ProgressLog(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void planned(long documents) {
    planned = documents;
    err.println("ingest: " + documents + " documents to read");
  }

  @Override
  public synchronized void processed(long doneSoFar, long ignored) {
    done = Math.max(done, doneSoFar);
  }

  @Override
  public synchronized void committed(IngestSummary durable) {
    err.println("ingest: " + done + "/" + planned + " processed; committed " + durable.total() + ": "
        + IngestRun.summaryLine(durable));
  }
}
