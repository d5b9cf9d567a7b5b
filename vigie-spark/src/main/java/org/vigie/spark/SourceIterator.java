package org.vigie.spark;

import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.vigie.ingest.DocumentSource;
import org.vigie.ingest.SourceItem;

/**
 * A source's items as an iterator, which is what a Spark task returns: the source hands items to a
 * reader thread of its own, and a small queue between the two keeps a file of any size in constant
 * memory (the reader waits while the task is busy). Reading and decompressing then overlap with
 * the pipeline's work in the task's thread. {@link #close} stops the reader when a task ends early
 * (cancelled, or failed for another reason).
 */
final class SourceIterator implements Iterator<SourceIterator.Next>, AutoCloseable {
  private static final int QUEUE = 16;

  /** An item, or the error that ended the source (its items before it stay valid). */
  sealed interface Next {
    record Item(SourceItem item) implements Next {}

    record Error(IOException error) implements Next {}
  }

  private static final Next END = new Next.Item(null);

  private final BlockingQueue<Next> queue = new ArrayBlockingQueue<>(QUEUE);
  private final Thread reader;
  private Next next;
  private boolean ended;

  SourceIterator(DocumentSource source) {
    this.reader = Thread.ofPlatform().daemon().name("vigie-read").unstarted(() -> read(source));
    reader.start();
  }

  private void read(DocumentSource source) {
    try {
      Next last = readAll(source);
      if (last != END) {
        put(last);
      }
      put(END);
    } catch (Stopped e) {
      // The task closed this iterator; nobody is reading any more.
    }
  }

  /** Reads the whole source into the queue; returns what ended it. */
  private Next readAll(DocumentSource source) {
    try {
      source.read(item -> put(new Next.Item(item)));
      return END;
    } catch (IOException e) {
      return new Next.Error(e);
    } catch (Stopped e) {
      throw e;
    } catch (RuntimeException | Error e) {
      // A bug in a source, or no memory left: the task reports it like any other unreadable file.
      return new Next.Error(new IOException("reading failed: " + e, e));
    }
  }

  private void put(Next item) {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Stopped();
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null && !ended) {
      try {
        Next taken = queue.take();
        if (taken == END) {
          ended = true;
        } else {
          next = taken;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new IllegalStateException("the task was interrupted", e);
      }
    }
    return next != null;
  }

  @Override
  public Next next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Next current = next;
    next = null;
    return current;
  }

  @Override
  public void close() {
    ended = true;
    reader.interrupt();
    queue.clear();
  }

  /** Unwinds the reader thread when the iterator is closed under it. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super(null, null, false, false);
    }
  }
}
