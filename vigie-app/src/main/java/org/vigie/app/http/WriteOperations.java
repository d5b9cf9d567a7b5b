package org.vigie.app.http;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.vigie.ingest.IngestSummary;

/**
 * The changes the API may make to the data, each behind the API token: fetch and ingest a URL,
 * delete an article, read a failed document's location again. An implementation takes the store's
 * write lock for each call and throws {@link Busy} when another process holds it.
 */
public interface WriteOperations {
  IngestSummary ingest(URI url) throws IOException;

  /** True when the article existed. */
  boolean delete(String id) throws IOException;

  /** Reads the location of a recorded failure again; empty when no failure is recorded there. */
  Optional<IngestSummary> reprocess(String location) throws IOException;

  /** Another process is writing to the data directory: try again later (409). */
  final class Busy extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Busy(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
