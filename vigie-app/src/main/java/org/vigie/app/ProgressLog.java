package org.vigie.app;

import java.io.PrintWriter;
import org.vigie.ingest.IngestListener;
import org.vigie.ingest.IngestSummary;

/**
 * Progress as plain lines, for logs and pipes: one line per commit (the ingester commits every so
 * many documents and every few seconds), saying what is durable. A run killed after a line has
 * lost none of the documents that line counts.
 */
final class ProgressLog implements IngestListener {
  private final PrintWriter err;
  private long done;

  ProgressLog(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void planned(long inputs) {
    err.println("ingest: reading " + inputs + (inputs == 1 ? " input" : " inputs"));
  }

  @Override
  public synchronized void processed(long doneSoFar, long ignored) {
    done = Math.max(done, doneSoFar);
  }

  @Override
  public synchronized void committed(IngestSummary durable) {
    err.println("ingest: " + done + " documents processed; committed " + durable.total() + ": "
        + IngestRun.summaryLine(durable));
  }
}
