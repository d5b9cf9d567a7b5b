package org.vigie.ingest;

import java.time.Duration;

/**
 * How an ingest run behaves.
 *
 * @param maxDocumentBytes largest document accepted, after decompression
 * @param commitEvery make work durable after this many documents
 * @param commitInterval and at least this often
 * @param threads documents processed at once
 */
public record IngestOptions(long maxDocumentBytes, int commitEvery, Duration commitInterval, int threads) {
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

  public IngestOptions {
    if (maxDocumentBytes < 1 || commitEvery < 1 || threads < 1 || commitInterval.isNegative()) {
      throw new IllegalArgumentException("ingest options must be positive");
    }
  }

  public static IngestOptions defaults() {
    return new IngestOptions(DEFAULT_MAX_DOCUMENT_BYTES, 500, Duration.ofSeconds(5),
        Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  public IngestOptions withThreads(int count) {
    return new IngestOptions(maxDocumentBytes, commitEvery, commitInterval, count);
  }

  public IngestOptions withCommitEvery(int count) {
    return new IngestOptions(maxDocumentBytes, count, commitInterval, threads);
  }

  public IngestOptions withMaxDocumentBytes(long bytes) {
    return new IngestOptions(bytes, commitEvery, commitInterval, threads);
  }
}
