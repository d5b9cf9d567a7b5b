package org.vigie.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.vigie.model.Article;
import org.vigie.model.ArticleIds;
import org.vigie.pipeline.ArticleGrouper;
import org.vigie.pipeline.Failure;
import org.vigie.pipeline.FailureCause;
import org.vigie.pipeline.Pipeline;
import org.vigie.pipeline.Processed;
import org.vigie.store.ArticleStore;
import org.vigie.store.FailedDocument;
import org.vigie.store.PutResult;

/**
 * Ingests files, directories and archives: every document becomes a stored article or a stored
 * failure, and every record passed over is counted. Sources are read one at a time and their
 * documents processed by a pool of workers; the reader waits while too many are in flight, so an
 * archive of any size is ingested in constant memory.
 *
 * <p>Work is committed in batches (by count and by time). A run killed half-way leaves the index as
 * of its last commit; running it again re-does only what was not committed, since stores are
 * idempotent. {@link IngestListener#committed} reports only what is durable.
 */
public final class Ingester {
  private final Pipeline pipeline;
  private final ArticleStore store;
  private final InstantSource clock;
  private final IngestOptions options;
  private final FileReader reader;
  private final ArticleGrouper grouper;

  public Ingester(Pipeline pipeline, ArticleStore store, InstantSource clock, IngestOptions options) {
    this(pipeline, store, clock, options, ArticleGrouper.NONE);
  }

  /**
   * An ingester that groups each article (duplicates, stories) between the pipeline and the store;
   * the grouper's state is committed right after each commit of the store.
   */
  public Ingester(Pipeline pipeline, ArticleStore store, InstantSource clock, IngestOptions options,
      ArticleGrouper grouper) {
    this.pipeline = pipeline;
    this.store = store;
    this.clock = clock;
    this.options = options;
    this.reader = new FileReader(options.maxDocumentBytes(), clock);
    this.grouper = java.util.Objects.requireNonNull(grouper, "grouper");
  }

  ArticleStore store() {
    return store;
  }

  /** Reads files as this ingester does: same size limit, gzip opened. */
  FileReader fileReader() {
    return reader;
  }

  /** Counters of one run, shared by the worker threads. */
  private final class Run {
    final AtomicLong added = new AtomicLong();
    final AtomicLong updated = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final Map<FailureCause, AtomicLong> failed = new EnumMap<>(FailureCause.class);
    final Map<SkipReason, AtomicLong> skipped = new EnumMap<>(SkipReason.class);
    final AtomicLong done = new AtomicLong();
    final AtomicReference<Throwable> error = new AtomicReference<>();
    long planned;
    long sinceCommit;
    Instant lastCommit = clock.instant();

    Run() {
      for (FailureCause cause : FailureCause.values()) {
        failed.put(cause, new AtomicLong());
      }
      for (SkipReason reason : SkipReason.values()) {
        skipped.put(reason, new AtomicLong());
      }
    }

    IngestSummary summary() {
      return new IngestSummary(added.get(), updated.get(), duplicates.get(), nonZero(failed, FailureCause.class),
          nonZero(skipped, SkipReason.class));
    }
  }

  private static <K extends Enum<K>> Map<K, Long> nonZero(Map<K, AtomicLong> counts, Class<K> type) {
    Map<K, Long> result = new EnumMap<>(type);
    counts.forEach((key, count) -> {
      if (count.get() > 0) {
        result.put(key, count.get());
      }
    });
    return result;
  }

  /** Ingests files, directories (walked) and archives. */
  public IngestSummary ingest(List<Path> inputs, IngestListener listener) throws IOException {
    Run run = new Run();
    List<DocumentSource> sources = new ArrayList<>();
    for (Path input : inputs) {
      list(input, sources, run);
    }
    return ingest(sources, run, listener);
  }

  /** Ingests the documents of the given sources (web pages, feeds, archives). */
  public IngestSummary ingestSources(List<DocumentSource> sources, IngestListener listener) throws IOException {
    return ingest(sources, new Run(), listener);
  }

  private IngestSummary ingest(List<DocumentSource> sources, Run run, IngestListener listener) throws IOException {
    run.planned = sources.size() + run.done.get();
    listener.planned(run.planned);
    int permits = options.threads() * 4;
    Semaphore inFlight = new Semaphore(permits);
    ExecutorService workers = Executors.newFixedThreadPool(options.threads(), runnable -> {
      Thread thread = new Thread(runnable, "vigie-ingest");
      thread.setDaemon(true);
      return thread;
    });
    try {
      for (DocumentSource source : sources) {
        if (run.error.get() != null) {
          break;
        }
        try {
          source.read(item -> submit(item, run, listener, workers, inFlight));
        } catch (IOException e) {
          handle(new SourceItem.Unreadable(source.location(), new Failure("read", FailureCause.UNREADABLE,
              "cannot read " + source.location() + ": " + e.getMessage()), -1), run, listener);
        }
      }
      inFlight.acquire(permits);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("ingest interrupted", e);
    } finally {
      workers.shutdownNow();
    }
    Throwable error = run.error.get();
    if (error instanceof IOException io) {
      throw io;
    } else if (error != null) {
      throw new IOException("ingest failed: " + error, error);
    }
    synchronized (run) {
      commit();
      IngestSummary summary = run.summary();
      listener.committed(summary);
      return summary;
    }
  }

  private void submit(SourceItem item, Run run, IngestListener listener, ExecutorService workers, Semaphore inFlight) {
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest interrupted", e);
    }
    workers.execute(() -> {
      try {
        if (run.error.get() == null) {
          handle(item, run, listener);
        }
      } catch (IOException | RuntimeException | Error e) {
        run.error.compareAndSet(null, e);
      } finally {
        inFlight.release();
      }
    });
  }

  private void handle(SourceItem item, Run run, IngestListener listener) throws IOException {
    switch (item) {
      case SourceItem.Unreadable unreadable -> recordUnreadable(unreadable, run);
      case SourceItem.Skipped skipped -> run.skipped.get(skipped.reason()).incrementAndGet();
      case SourceItem.Document document -> process(document, run);
    }
    listener.processed(run.done.incrementAndGet(), run.planned);
    maybeCommit(run, listener);
  }

  private void process(SourceItem.Document document, Run run) throws IOException {
    switch (pipeline.process(document.document())) {
      case Processed.Accepted accepted -> {
        Article grouped = grouper.group(accepted.article());
        PutResult result = store.put(grouped);
        (switch (result) {
          case ADDED -> run.added;
          case UPDATED -> run.updated;
          case UNCHANGED -> run.duplicates;
        }).incrementAndGet();
      }
      case Processed.Rejected rejected -> {
        byte[] content = rejected.raw().content();
        Failure failure = rejected.failure();
        store.putFailure(new FailedDocument(rejected.raw().location().toString(), failure.stage(), failure.cause(),
            failure.message(), content.length, ArticleIds.sha256Hex(content), clock.instant()), rejected.raw());
        run.failed.get(failure.cause()).incrementAndGet();
      }
    }
  }

  /** Turns an input path into sources; a directory is walked, hidden entries left out. */
  private void list(Path input, List<DocumentSource> sources, Run run) throws IOException {
    if (!Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
      recordUnreadable(unreadable(input, "no such file or directory"), run);
      run.done.incrementAndGet();
      return;
    }
    if (!Files.isDirectory(input)) {
      sources.add(sourceFor(input));
      return;
    }
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(input, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        if (!file.getFileName().toString().startsWith(".")) {
          found.add(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        return !dir.equals(input) && dir.getFileName().toString().startsWith(".")
            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        String reason = e instanceof java.nio.file.AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
        try {
          recordUnreadable(unreadable(file, reason), run);
          run.done.incrementAndGet();
        } catch (IOException io) {
          throw new UncheckedIOException(io);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    found.sort(null);
    for (Path file : found) {
      sources.add(sourceFor(file));
    }
  }

  private DocumentSource sourceFor(Path file) {
    int limit = (int) Math.min(Integer.MAX_VALUE - 1024, options.maxDocumentBytes());
    Optional<ArchiveSource> archive = ArchiveSource.of(ArchiveInput.of(file), limit, clock);
    return archive.isPresent() ? archive.get() : new FileSource(file, reader);
  }

  private static SourceItem.Unreadable unreadable(Path path, String reason) {
    return new SourceItem.Unreadable(path.toAbsolutePath().normalize().toUri().toString(),
        new Failure("read", FailureCause.UNREADABLE, "cannot read " + path + ": " + reason), -1);
  }

  private void recordUnreadable(SourceItem.Unreadable unreadable, Run run) throws IOException {
    Failure failure = unreadable.failure();
    store.putFailure(new FailedDocument(unreadable.location(), failure.stage(), failure.cause(), failure.message(),
        unreadable.size(), "", clock.instant()), Optional.empty());
    run.failed.get(failure.cause()).incrementAndGet();
  }

  /**
   * The store first, then the grouper: its state never runs ahead of the articles it describes.
   * Stories merged since the last commit are handed to the store before it commits, so that the
   * articles stored under a merged story's id move to the story it went into.
   */
  private void commit() throws IOException {
    for (ArticleGrouper.StoryMerge merge : grouper.takeMerges()) {
      store.moveStory(merge.from(), merge.into());
    }
    store.commit();
    grouper.commit();
  }

  private void maybeCommit(Run run, IngestListener listener) throws IOException {
    synchronized (run) {
      run.sinceCommit++;
      Instant now = clock.instant();
      if (run.sinceCommit >= options.commitEvery()
          || !now.isBefore(run.lastCommit.plus(options.commitInterval()))) {
        commit();
        run.sinceCommit = 0;
        run.lastCommit = now;
        listener.committed(run.summary());
      }
    }
  }
}
