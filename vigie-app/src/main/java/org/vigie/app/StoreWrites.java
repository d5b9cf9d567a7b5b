package org.vigie.app;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.store.LockObtainFailedException;
import org.vigie.app.http.WriteOperations;
import org.vigie.fetch.HttpFetcher;
import org.vigie.fetch.Sleeper;
import org.vigie.ingest.IngestListener;
import org.vigie.ingest.IngestSummary;
import org.vigie.ingest.Ingester;
import org.vigie.entities.EntityRegistry;
import org.vigie.ingest.web.WebSource;
import org.vigie.store.ArticleStore;
import org.vigie.store.FailedDocument;

/**
 * The API's write operations: each takes the data directory's write lock for its own duration, as
 * a short {@code vigie ingest} would, so that a server and command-line ingests take turns. While
 * another process holds the lock (an ingest, the watcher of {@code run}), they answer "busy".
 */
final class StoreWrites implements WriteOperations {
  private final VigieCommand vigie;
  private final IngestSettings settings;
  private final FetchSettings fetch;

  StoreWrites(VigieCommand vigie, IngestSettings settings, FetchSettings fetch) {
    this.vigie = vigie;
    this.settings = settings;
    this.fetch = fetch;
  }

  @Override
  public synchronized IngestSummary ingest(URI url) throws IOException {
    try (ArticleStore store = open()) {
      return ingestUrl(store, url);
    }
  }

  private IngestSummary ingestUrl(ArticleStore store, URI url) throws IOException {
    try (HttpFetcher fetcher = new HttpFetcher(fetch.policy(vigie.dataDirectory()), vigie.clock(), Sleeper.SYSTEM)) {
      WebSource web = new WebSource(List.of(url), fetcher, store::hasArticleFrom);
      return withIngester(store, ingester -> ingester.ingestSources(List.of(web), IngestListener.SILENT));
    }
  }

  @Override
  public synchronized boolean delete(String id) throws IOException {
    try (ArticleStore store = open()) {
      boolean deleted = store.delete(id);
      store.commit();
      return deleted;
    }
  }

  @Override
  public synchronized Optional<IngestSummary> reprocess(String location) throws IOException {
    try (ArticleStore store = open()) {
      Optional<FailedDocument> failure = store.failures().stream().filter(f -> f.location().equals(location))
          .findFirst();
      if (failure.isEmpty()) {
        return Optional.empty();
      }
      if (WebSource.isUrl(location)) {
        return Optional.of(ingestUrl(store, URI.create(location)));
      }
      Path path = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
      return Optional.of(withIngester(store, ingester -> ingester.ingest(List.of(path), IngestListener.SILENT)));
    }
  }

  /** An ingest job, given the ingester. */
  @FunctionalInterface
  private interface Job {
    IngestSummary run(Ingester ingester) throws IOException;
  }

  /** Runs the job with the data directory's entity registry, saved when it ends. */
  private IngestSummary withIngester(ArticleStore store, Job job) throws IOException {
    EntityRegistry registry = EntityRegistry.open(vigie.dataDirectory().root());
    try {
      return job.run(new Ingester(settings.pipeline(vigie.clock(), vigie.dataDirectory(), registry), store,
          vigie.clock(), settings.options()));
    } finally {
      registry.save();
    }
  }

  private ArticleStore open() throws IOException {
    try {
      return ArticleStore.openForWriting(vigie.dataDirectory());
    } catch (IOException e) {
      if (e.getCause() instanceof LockObtainFailedException) {
        throw new Busy("another Vigie process is writing to the data directory; try again when it has finished", e);
      }
      throw e;
    }
  }
}
