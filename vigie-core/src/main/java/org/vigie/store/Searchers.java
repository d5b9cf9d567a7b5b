package org.vigie.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The searchers over an index's last commit, shared by any number of concurrent readers: a
 * {@link SearcherManager} hands out the current one and swaps in a new one after a commit, while
 * searches in flight finish on the one they hold. A writing store refreshes after each of its
 * commits; a reading store checks for another process's commit on each acquire (cheap, and never
 * blocking: one caller reopens while the others go on with the current searcher). A reading store
 * opens nothing until an index exists, so that reading never creates a data directory.
 */
final class Searchers implements Closeable {
  private final Path path;
  private final boolean followOtherWriters;
  private Directory directory;
  private volatile SearcherManager manager;
  private final VigieSearcher empty = new VigieSearcher(emptyReader());

  /** For a writing store, whose directory exists and holds a first commit. */
  Searchers(Directory directory) throws IOException {
    this.path = null;
    this.directory = directory;
    this.followOtherWriters = false;
    this.manager = new SearcherManager(directory, Factory.INSTANCE);
  }

  /** For a reading store: the index at {@code path}, opened once it exists. */
  Searchers(Path path) {
    this.path = path;
    this.followOtherWriters = true;
  }

  /** A searcher; give it back with {@link #release}. */
  VigieSearcher acquire() throws IOException {
    SearcherManager current = manager != null ? manager : open();
    if (current == null) {
      return empty;
    }
    if (followOtherWriters) {
      current.maybeRefresh();
    }
    return (VigieSearcher) current.acquire();
  }

  void release(VigieSearcher searcher) throws IOException {
    if (searcher != empty) {
      manager.release(searcher);
    }
  }

  /** After a commit of this process: the next acquire sees it. */
  void refresh() throws IOException {
    if (manager != null) {
      manager.maybeRefreshBlocking();
    }
  }

  private synchronized SearcherManager open() throws IOException {
    if (manager == null && Files.isDirectory(path)) {
      if (directory == null) {
        directory = FSDirectory.open(path);
      }
      if (DirectoryReader.indexExists(directory)) {
        manager = new SearcherManager(directory, Factory.INSTANCE);
      }
    }
    return manager;
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      if (manager != null) {
        manager.close();
      }
    } finally {
      if (directory != null && path != null) {
        directory.close();
      }
    }
  }

  private static IndexReader emptyReader() {
    try {
      return new MultiReader();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("an empty reader reads nothing", e);
    }
  }

  private static final class Factory extends SearcherFactory {
    static final Factory INSTANCE = new Factory();

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
      return new VigieSearcher(reader);
    }
  }

  /**
   * A searcher that also holds the facet counting state of its reader, built once on first use (it
   * maps each segment's facet values to global ordinals) and dropped with the reader.
   */
  static final class VigieSearcher extends IndexSearcher {
    private volatile SortedSetDocValuesReaderState facetState;
    private volatile boolean noFacets;

    VigieSearcher(IndexReader reader) {
      super(reader);
    }

    /** The facet state, or null when no document of this reader has facet values yet. */
    SortedSetDocValuesReaderState facetState() throws IOException {
      if (facetState == null && !noFacets) {
        synchronized (this) {
          if (facetState == null && !noFacets) {
            try {
              facetState = new DefaultSortedSetDocValuesReaderState(getIndexReader(), IndexFields.FACETS);
            } catch (IllegalArgumentException e) {
              // No document carries facet doc values yet (an empty index, or only failures).
              noFacets = true;
            }
          }
        }
      }
      return facetState;
    }
  }
}
