package org.vigie.app;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.store.LockObtainFailedException;
import org.vigie.app.http.WriteOperations;
import org.vigie.fetch.HttpFetcher;
import org.vigie.fetch.Sleeper;
import org.vigie.ingest.FailureRetry;
import org.vigie.ingest.IngestListener;
import org.vigie.ingest.IngestSummary;
import org.vigie.ingest.web.WebSource;
import org.vigie.store.ArticleStore;

/**
 * The API's write operations. Under {@code vigie run} they go through the process's one writer,
 * shared with the feed watcher, so they work while it runs. Under {@code serve} each takes the data
 * directory's write lock for its own duration, as a short {@code vigie ingest} would, so that the
 * server and command-line ingests take turns; while another process holds the lock they answer
 * "busy".
 */
final class StoreWrites implements WriteOperations {
  private final VigieCommand vigie;
  private final IngestSettings settings;
  private final FetchSettings fetch;
  /** The writer of the process, when it has one that stays open; else each operation opens its own. */
  private final Optional<DataWriter> shared;

  /** Write operations that open a writer each (the server holds no lock between them). */
  StoreWrites(VigieCommand vigie, IngestSettings settings, FetchSettings fetch) {
    this(vigie, settings, fetch, Optional.empty());
  }

  StoreWrites(VigieCommand vigie, IngestSettings settings, FetchSettings fetch, Optional<DataWriter> shared) {
    this.vigie = vigie;
    this.settings = settings;
    this.fetch = fetch;
    this.shared = shared;
  }

  /** A write, given the writer. */
  @FunctionalInterface
  private interface Job<T> {
    T run(DataWriter writer) throws IOException;
  }

  private <T> T withWriter(Job<T> job) throws IOException {
    if (shared.isPresent()) {
      return job.run(shared.get());
    }
    // One at a time: a second writer in this process would find the lock taken by the first.
    synchronized (this) {
      try (DataWriter writer = DataWriter.over(open(), vigie, settings)) {
        return job.run(writer);
      }
    }
  }

  @Override
  public IngestSummary ingest(URI url) throws IOException {
    return withWriter(writer -> {
      try (HttpFetcher fetcher = fetcher()) {
        return writer.ingester().ingestSources(List.of(webSource(writer, fetcher, url)), IngestListener.SILENT);
      }
    });
  }

  @Override
  public boolean delete(String id) throws IOException {
    return withWriter(writer -> {
      boolean deleted = writer.store().delete(id);
      writer.commit();
      return deleted;
    });
  }

  @Override
  public Optional<FailureRetry.Outcome> reprocess(String location) throws IOException {
    return withWriter(writer -> {
      try (HttpFetcher fetcher = fetcher()) {
        return new FailureRetry(writer.ingester(), url -> webSource(writer, fetcher, url))
            .retry(location, IngestListener.SILENT);
      }
    });
  }

  private HttpFetcher fetcher() {
    return new HttpFetcher(fetch.policy(vigie.dataDirectory()), vigie.clock(), Sleeper.SYSTEM);
  }

  private static WebSource webSource(DataWriter writer, HttpFetcher fetcher, URI url) {
    return new WebSource(List.of(url), fetcher, writer.store()::hasArticleFrom);
  }

  private ArticleStore open() throws IOException {
    try {
      return ArticleStore.openForWriting(vigie.dataDirectory());
    } catch (IOException e) {
      if (e.getCause() instanceof LockObtainFailedException) {
        throw new Busy("another Vigie process is writing to the data directory " + vigie.dataDirectory().root()
            + " (an ingest or a watcher); try again when it has finished", e);
      }
      throw e;
    }
  }
}
