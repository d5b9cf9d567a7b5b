package org.vigie.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.vigie.model.ArticleIds;
import org.vigie.pipeline.Failure;
import org.vigie.pipeline.FailureCause;
import org.vigie.pipeline.Pipeline;
import org.vigie.pipeline.Processed;
import org.vigie.store.ArticleStore;
import org.vigie.store.FailedDocument;
import org.vigie.store.PutResult;

/**
 * Ingests files and directories: every file becomes a stored article or a stored failure. Work is
 * committed in batches (by count and by time); a run killed half-way leaves the index as of its
 * last commit, and running it again re-does only what was not committed, since stores are
 * idempotent. {@link IngestListener#committed} reports only what is durable.
 */
public final class Ingester {
  private final Pipeline pipeline;
  private final ArticleStore store;
  private final InstantSource clock;
  private final IngestOptions options;
  private final FileReader reader;

  public Ingester(Pipeline pipeline, ArticleStore store, InstantSource clock, IngestOptions options) {
    this.pipeline = pipeline;
    this.store = store;
    this.clock = clock;
    this.options = options;
    this.reader = new FileReader(options.maxDocumentBytes(), clock);
  }

  /** Counters of one run, shared by the worker threads. */
  private final class Run {
    final AtomicLong added = new AtomicLong();
    final AtomicLong updated = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final Map<FailureCause, AtomicLong> failed = new EnumMap<>(FailureCause.class);
    final AtomicLong done = new AtomicLong();
    long sinceCommit;
    Instant lastCommit = clock.instant();

    Run() {
      for (FailureCause cause : FailureCause.values()) {
        failed.put(cause, new AtomicLong());
      }
    }

    IngestSummary summary() {
      Map<FailureCause, Long> failures = new EnumMap<>(FailureCause.class);
      failed.forEach((cause, count) -> {
        if (count.get() > 0) {
          failures.put(cause, count.get());
        }
      });
      return new IngestSummary(added.get(), updated.get(), duplicates.get(), failures);
    }
  }

  public IngestSummary ingest(List<Path> inputs, IngestListener listener) throws IOException {
    Run run = new Run();
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      list(input, files, run);
    }
    listener.planned(files.size() + run.done.get());
    ExecutorService workers = Executors.newFixedThreadPool(options.threads(), runnable -> {
      Thread thread = new Thread(runnable, "vigie-ingest");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> tasks = new ArrayList<>(files.size());
      for (Path file : files) {
        tasks.add(workers.submit(() -> {
          ingestOne(file, run);
          listener.processed(run.done.incrementAndGet(), files.size());
          maybeCommit(run, listener);
          return null;
        }));
      }
      for (Future<?> task : tasks) {
        task.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("ingest interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IOException("ingest failed: " + e.getCause(), e.getCause());
    } finally {
      workers.shutdownNow();
    }
    synchronized (run) {
      store.commit();
      IngestSummary summary = run.summary();
      listener.committed(summary);
      return summary;
    }
  }

  private void list(Path input, List<Path> files, Run run) throws IOException {
    if (!Files.exists(input, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      recordUnread(new FileReadResult.Unread(input.toAbsolutePath().normalize().toUri().toString(),
          new Failure("read", FailureCause.UNREADABLE, "cannot read " + input + ": no such file or directory"), -1),
          run);
      run.done.incrementAndGet();
      return;
    }
    if (!Files.isDirectory(input)) {
      files.add(input);
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
        return dir.getFileName() != null && dir.getFileName().toString().startsWith(".") && !dir.equals(input)
            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        String reason = e instanceof java.nio.file.AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
        try {
          recordUnread(new FileReadResult.Unread(file.toAbsolutePath().normalize().toUri().toString(),
              new Failure("read", FailureCause.UNREADABLE, "cannot read " + file + ": " + reason), -1), run);
          run.done.incrementAndGet();
        } catch (IOException io) {
          throw new UncheckedIOException(io);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    found.sort(null);
    files.addAll(found);
  }

  private void ingestOne(Path file, Run run) throws IOException {
    switch (reader.read(file)) {
      case FileReadResult.Unread unread -> recordUnread(unread, run);
      case FileReadResult.Read read -> {
        switch (pipeline.process(read.document())) {
          case Processed.Accepted accepted -> {
            PutResult result = store.put(accepted.article());
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
                failure.message(), content.length, ArticleIds.sha256Hex(content), clock.instant()), Optional.of(content));
            run.failed.get(failure.cause()).incrementAndGet();
          }
        }
      }
    }
  }

  private void recordUnread(FileReadResult.Unread unread, Run run) throws IOException {
    Failure failure = unread.failure();
    store.putFailure(new FailedDocument(unread.location(), failure.stage(), failure.cause(), failure.message(),
        unread.size(), "", clock.instant()), Optional.empty());
    run.failed.get(failure.cause()).incrementAndGet();
  }

  private void maybeCommit(Run run, IngestListener listener) throws IOException {
    synchronized (run) {
      run.sinceCommit++;
      Instant now = clock.instant();
      if (run.sinceCommit >= options.commitEvery()
          || !now.isBefore(run.lastCommit.plus(options.commitInterval()))) {
        store.commit();
        run.sinceCommit = 0;
        run.lastCommit = now;
        listener.committed(run.summary());
      }
    }
  }
}
