package org.vigie.app;

import java.io.Closeable;
import java.io.IOException;
import org.vigie.entities.EntityRegistry;
import org.vigie.ingest.Ingester;
import org.vigie.store.ArticleStore;
import org.vigie.stories.StoryGrouper;

/**
 * The writing side of a data directory in one process: the store opened for writing (so its lock is
 * held), the story state, the entity registry and the ingester over them. Lucene allows one writer
 * per index, so everything that writes in a process goes through one of these: in {@code vigie run}
 * the feed watcher and the API's write operations share it, and take no lock of their own.
 */
final class DataWriter implements Closeable {
  private final ArticleStore store;
  private final StoryGrouper grouper;
  private final EntityRegistry registry;
  private final Ingester ingester;

  private DataWriter(ArticleStore store, StoryGrouper grouper, EntityRegistry registry, Ingester ingester) {
    this.store = store;
    this.grouper = grouper;
    this.registry = registry;
    this.ingester = ingester;
  }

  /** Takes over a store opened for writing (closed with this, or here if the rest cannot be opened). */
  static DataWriter over(ArticleStore store, VigieCommand vigie, IngestSettings settings) throws IOException {
    try {
      EntityRegistry registry = EntityRegistry.open(store.data().root());
      StoryGrouper grouper = Stores.openGrouper(store, vigie.clock());
      Ingester ingester = new Ingester(settings.pipeline(vigie.clock(), store.data(), registry), store, vigie.clock(),
          settings.options(), grouper);
      return new DataWriter(store, grouper, registry, ingester);
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
  }

  ArticleStore store() {
    return store;
  }

  Ingester ingester() {
    return ingester;
  }

  /** Makes a write done outside the ingester durable: the store first, then the story state, as ingest does. */
  void commit() throws IOException {
    store.commit();
    grouper.commit();
  }

  /** Keeps the entities learnt so far; their ids follow from names, so only cross-article merges wait for this. */
  void saveEntities() throws IOException {
    registry.save();
  }

  @Override
  public void close() throws IOException {
    try {
      registry.save();
    } finally {
      store.close();
    }
  }
}
