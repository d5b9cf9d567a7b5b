package org.vigie.spark;

import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.vigie.ingest.ArchiveInput;
import org.vigie.ingest.ArchiveSource;
import org.vigie.ingest.SourceItem;
import org.vigie.pipeline.Failure;
import org.vigie.pipeline.FailureCause;
import org.vigie.pipeline.Pipeline;
import org.vigie.pipeline.Processed;

/**
 * What one Spark task does with one input file: stream its records with the same source that
 * {@code vigie ingest} uses, run each document through the executor's pipeline, and turn every
 * record into one row of {@link #SCHEMA}: an article, a failure, or the reason it was skipped.
 * Nothing a file holds fails the task: a file that cannot be opened, or whose end is cut, becomes a
 * failure row like any bad record.
 */
final class FileTask {
  static final String ARTICLE = "article";
  static final String FAILURE = "failure";
  static final String SKIPPED = "skipped";
  static final String FILE_ORDER = "file_order";
  static final String RECORD_ORDER = "record_order";

  /**
   * One row per input record; exactly one of article, failure and skipped is set. The file's place
   * in the input order and the record's in the file say which record {@code vigie ingest} would
   * have read last.
   */
  static final StructType SCHEMA = new StructType()
      .add(ARTICLE, ArticleTable.EXTRACTED, true)
      .add(FAILURE, FailureTable.SCHEMA, true)
      .add(SKIPPED, DataTypes.StringType, true)
      .add(NearDuplicates.FINGERPRINT, NearDuplicates.FINGERPRINT_TYPE, true)
      .add(FILE_ORDER, DataTypes.IntegerType, false)
      .add(RECORD_ORDER, DataTypes.LongType, false);

  private FileTask() {}

  /** The rows of one file, produced as the task pulls them. */
  static Iterator<Row> rows(InputFiles.InputFile file, Configuration conf, JobSettings settings, CopyMeasure measure) {
    ArchiveInput input = new ArchiveInput(file.location(), () -> open(file, conf));
    Optional<ArchiveSource> source = ArchiveSource.of(input, settings.maxDocumentBytes(), settings.clock());
    if (source.isEmpty()) {
      return java.util.List.of(failure(file, 0, FailureCause.UNSUPPORTED_TYPE,
          "not a WARC (.warc, .warc.gz) or JSON Lines (.jsonl, .ndjson, optionally .gz) file")).iterator();
    }
    return new Rows(new SourceIterator(source.get()), ExecutorPipelines.of(settings, conf), file, measure,
        settings.startedAt().getEpochSecond());
  }

  private static java.io.InputStream open(InputFiles.InputFile file, Configuration conf) throws IOException {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file.path());
    FileSystem fs = path.getFileSystem(conf);
    return fs.open(path, 1 << 16);
  }

  /** Maps items to rows lazily; closes the reader once the source is done. */
  private static final class Rows implements Iterator<Row>, AutoCloseable {
    private final SourceIterator items;
    private final Pipeline pipeline;
    private final InputFiles.InputFile file;
    private final CopyMeasure measure;
    /** When an article states no publication date, ingest groups it as published when read. */
    private final long readTime;
    private long records;

    Rows(SourceIterator items, Pipeline pipeline, InputFiles.InputFile file, CopyMeasure measure, long readTime) {
      this.items = items;
      this.pipeline = pipeline;
      this.file = file;
      this.measure = measure;
      this.readTime = readTime;
    }

    @Override
    public boolean hasNext() {
      boolean more = items.hasNext();
      if (!more) {
        items.close();
      }
      return more;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      long order = records++;
      return switch (items.next()) {
        case SourceIterator.Next.Item(SourceItem item) -> row(item, order);
        case SourceIterator.Next.Error(IOException error) -> failure(file, order, FailureCause.UNREADABLE,
            "cannot read " + file.location() + ": " + error.getMessage());
      };
    }

    private Row row(SourceItem item, long order) {
      return switch (item) {
        case SourceItem.Document document -> switch (pipeline.process(document.document())) {
          case Processed.Accepted accepted -> RowFactory.create(ArticleTable.row(accepted.article()), null, null,
              NearDuplicates.fingerprint(measure, accepted.article(), readTime), file.order(), order);
          case Processed.Rejected rejected -> of(null, FailureTable.row(rejected), null, file, order);
        };
        case SourceItem.Unreadable unreadable -> of(null, FailureTable.row(unreadable), null, file, order);
        case SourceItem.Skipped skipped -> of(null, null, skipped.reason().name(), file, order);
      };
    }

    @Override
    public void close() {
      items.close();
    }
  }

  private static Row failure(InputFiles.InputFile file, long order, FailureCause cause, String message) {
    return of(null, FailureTable.row(file.location(), new Failure("read", cause, message), file.bytes(), null, null),
        null, file, order);
  }

  private static Row of(Row article, Row failure, String skipped, InputFiles.InputFile file, long order) {
    return RowFactory.create(article, failure, skipped, null, file.order(), order);
  }
}
