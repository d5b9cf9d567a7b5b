package org.vigie.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.InstantSource;
import java.util.Iterator;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.vigie.json.ArticleJson;
import org.vigie.pipeline.FailureCause;
import org.vigie.store.ArticleStore;
import org.vigie.store.DataDirectory;
import org.vigie.store.FailedDocument;
import org.vigie.store.PutResult;

/**
 * Loads a job's Parquet output into the embedded store: each article from its JSON record (the
 * typed columns are for queries; the record is the whole article), each failure with its bytes, so
 * that {@code vigie failures} lists it as if ingest had met it. Rows are streamed to the driver
 * one partition at a time and committed in batches; the store's writes are idempotent, so an
 * import cut short is simply run again.
 */
final class ParquetImport {
  private static final int COMMIT_EVERY = 10_000;

  /** What an import changed. */
  record Counts(long added, long updated, long unchanged, long failures) {
    String line() {
      return "imported " + (added + updated + unchanged) + " (added " + added + ", updated " + updated
          + ", unchanged " + unchanged + "), failures " + failures;
    }
  }

  /** The directory holds neither a job's output nor its articles table. */
  static final class NotAJobOutput extends IOException {
    private static final long serialVersionUID = 1L;

    NotAJobOutput(String message) {
      super(message);
    }
  }

  private final SparkSession spark;
  private final InstantSource clock;

  ParquetImport(SparkSession spark, InstantSource clock) {
    this.spark = spark;
    this.clock = clock;
  }

  Counts run(String directory, DataDirectory data, PrintWriter progress) throws IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path given = new Path(directory);
    FileSystem fs = given.getFileSystem(conf);
    Path articles = new Path(given, ArticleJob.ARTICLES);
    Path failures = new Path(given, ArticleJob.FAILURES);
    if (!fs.exists(articles)) {
      if (!fs.exists(given)) {
        throw new NotAJobOutput("no such directory: " + directory);
      }
      if (!fs.exists(new Path(given, "_SUCCESS"))) {
        throw new NotAJobOutput(directory + " holds no output of 'vigie spark' (no articles/ in it)");
      }
      articles = given;
      failures = null;
    }
    long[] counts = new long[PutResult.values().length];
    long failed = 0;
    try (ArticleStore store = ArticleStore.openForWriting(data)) {
      long done = 0;
      Iterator<Row> records = spark.read().parquet(articles.toString()).select(col(ArticleTable.RECORD))
          .toLocalIterator();
      while (records.hasNext()) {
        counts[store.put(ArticleJson.read(records.next().getString(0))).ordinal()]++;
        if (++done % COMMIT_EVERY == 0) {
          store.commit();
          progress.println("imported " + done + " articles");
        }
      }
      if (failures != null && fs.exists(failures)) {
        Iterator<Row> rows = spark.read().parquet(failures.toString()).toLocalIterator();
        while (rows.hasNext()) {
          putFailure(store, rows.next());
          failed++;
        }
      }
      store.commit();
    }
    return new Counts(counts[PutResult.ADDED.ordinal()], counts[PutResult.UPDATED.ordinal()],
        counts[PutResult.UNCHANGED.ordinal()], failed);
  }

  private void putFailure(ArticleStore store, Row row) throws IOException {
    String sha256 = row.getAs("sha256");
    byte[] content = row.getAs("content");
    FailedDocument failure = new FailedDocument(row.getAs("location"), row.getAs("stage"),
        FailureCause.valueOf(row.getAs("cause")), row.getAs("message"), row.<Long>getAs("size"),
        sha256 == null ? "" : sha256, clock.instant());
    store.putFailure(failure, Optional.ofNullable(content));
  }
}
