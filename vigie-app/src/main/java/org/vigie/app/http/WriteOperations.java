package org.vigie.app.http;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.vigie.ingest.FailureRetry;
import org.vigie.ingest.IngestSummary;

/**
 * The changes the API may make to the data, each behind the API token: fetch and ingest a URL,
 * delete an article, process a failed document again. An implementation writes through the
 * process's own writer, or takes the store's write lock for each call and throws {@link Busy} when
 * another process holds it.
 */
public interface WriteOperations {
  IngestSummary ingest(URI url) throws IOException;

  /** True when the article existed. */
  boolean delete(String id) throws IOException;

  /**
   * Processes a recorded failure again, from the bytes kept when it failed (its location only when
   * none were kept); empty when no failure is recorded there.
   */
  Optional<FailureRetry.Outcome> reprocess(String location) throws IOException;

  /** Another process is writing to the data directory: try again later (409). */
  final class Busy extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Busy(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
