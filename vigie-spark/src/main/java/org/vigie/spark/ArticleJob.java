package org.vigie.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.vigie.json.ArticleJson;
import org.vigie.model.Article;
import org.vigie.model.Grouping;

/**
 * The job behind {@code vigie spark}: every input file is one task that streams its records through
 * the pipeline; the articles (one per id, as the index keeps them) are grouped into near-duplicates
 * across the whole input and written to {@code OUT/articles}, the records that failed to
 * {@code OUT/failures}, both as Parquet, and the counts to {@code OUT/summary.json}.
 */
public final class ArticleJob {
  public static final String ARTICLES = "articles";
  public static final String FAILURES = "failures";
  public static final String SUMMARY = "summary.json";

  /**
   * How a run writes.
   *
   * @param partitions Parquet files per table (and partitions of the grouping step); 0 lets Spark choose
   * @param overwrite replace an existing output directory instead of refusing to run
   */
  public record Output(String directory, int partitions, boolean overwrite) {
    public Output {
      Objects.requireNonNull(directory, "directory");
      if (partitions < 0) {
        throw new IllegalArgumentException("partitions must not be negative");
      }
    }
  }

  private final SparkSession spark;
  private final JobSettings settings;
  private final CopyMeasure measure;

  public ArticleJob(SparkSession spark, JobSettings settings) {
    this(spark, settings, WordShingleMinHash.defaults());
  }

  ArticleJob(SparkSession spark, JobSettings settings, CopyMeasure measure) {
    this.spark = spark;
    this.settings = settings;
    this.measure = measure;
  }

  public JobSummary run(List<String> inputs, Output output) throws IOException {
    long start = System.nanoTime();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(output.directory());
    FileSystem outFs = out.getFileSystem(conf);
    if (outFs.exists(out) && !output.overwrite()) {
      throw new IOException(output.directory() + " already exists; choose another output directory or pass --overwrite");
    }
    List<InputFiles.InputFile> files = InputFiles.list(inputs, conf);
    if (output.partitions() > 0) {
      spark.conf().set("spark.sql.shuffle.partitions", output.partitions());
    }

    Dataset<Row> records = spark.createDataFrame(read(files, conf), FileTask.SCHEMA)
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> failures = records.where(col(FileTask.FAILURE).isNotNull()).select(FileTask.FAILURE + ".*");
      Dataset<Row> extracted = lastOfEachId(records.where(col(FileTask.ARTICLE).isNotNull()));
      Dataset<Row> duplicates = new NearDuplicates(measure).duplicates(extracted);
      write(grouped(extracted, duplicates), output, ARTICLES);
      write(failures, output, FAILURES);
      JobSummary summary = summarise(records, files.size(), output, (System.nanoTime() - start) / 1e9);
      try (OutputStream stream = outFs.create(new org.apache.hadoop.fs.Path(out, SUMMARY), true)) {
        stream.write((summary.json() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return summary;
    } finally {
      records.unpersist();
    }
  }

  /** One task a file: the files are spread one to a partition, largest first. */
  private JavaRDD<Row> read(List<InputFiles.InputFile> files, Configuration conf) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<SerializableConfiguration> hadoop = context.broadcast(new SerializableConfiguration(conf));
    JobSettings job = settings;
    CopyMeasure copies = measure;
    return context.parallelize(files, Math.max(1, files.size())).mapPartitions(partition -> {
      List<Iterator<Row>> each = new ArrayList<>();
      partition.forEachRemaining(file -> each.add(FileTask.rows(file, hadoop.value().value(), job, copies)));
      TaskContext task = TaskContext.get();
      if (task != null) {
        // A cancelled or failed task must not leave reader threads behind.
        task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) done -> each.forEach(ArticleJob::close));
      }
      return each.stream().flatMap(it -> {
        Iterable<Row> rows = () -> it;
        return java.util.stream.StreamSupport.stream(rows.spliterator(), false);
      }).iterator();
    });
  }

  private static void close(Iterator<Row> rows) {
    if (rows instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        // Closing only stops a reader thread; nothing to report.
      }
    }
  }

  /**
   * The articles, one per id: when two records name the same article (a page crawled twice), the
   * one {@code vigie ingest} reads last is kept, since the index would hold that one.
   */
  private static Dataset<Row> lastOfEachId(Dataset<Row> records) {
    String rank = "_rank";
    return records
        .withColumn(rank, row_number().over(Window.partitionBy(col(FileTask.ARTICLE + ".id"))
            .orderBy(col(FileTask.FILE_ORDER).desc(), col(FileTask.RECORD_ORDER).desc())))
        .where(col(rank).equalTo(1))
        .select(col(FileTask.ARTICLE + ".*"), col(NearDuplicates.FINGERPRINT));
  }

  /**
   * The articles as written: each copy names its group's canonical article in {@code duplicate_of}
   * and in its record's {@code duplicateOf}, as {@code vigie show} prints it.
   */
  private static Dataset<Row> grouped(Dataset<Row> extracted, Dataset<Row> duplicates) {
    Dataset<Row> joined = extracted.drop(NearDuplicates.FINGERPRINT).join(duplicates, new String[] {"id"}, "left")
        .select(java.util.Arrays.stream(ArticleTable.SCHEMA.fieldNames()).map(org.apache.spark.sql.functions::col)
            .toArray(org.apache.spark.sql.Column[]::new));
    int record = ArticleTable.SCHEMA.fieldIndex(ArticleTable.RECORD);
    int duplicateOf = ArticleTable.SCHEMA.fieldIndex(ArticleTable.DUPLICATE_OF);
    return joined.map((org.apache.spark.api.java.function.MapFunction<Row, Row>) row -> {
      if (row.isNullAt(duplicateOf)) {
        return row;
      }
      Object[] values = new Object[row.length()];
      for (int i = 0; i < values.length; i++) {
        values[i] = row.get(i);
      }
      Article article = ArticleJson.read(row.getString(record));
      values[record] = ArticleJson.write(article.withGrouping(
          new Grouping(Optional.of(row.getString(duplicateOf)), article.grouping().story())));
      return RowFactory.create(values);
    }, Encoders.row(ArticleTable.SCHEMA));
  }

  private static void write(Dataset<Row> table, Output output, String name) {
    Dataset<Row> shaped = output.partitions() > 0 ? table.repartition(output.partitions()) : table;
    shaped.write().mode(output.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists)
        .parquet(new org.apache.hadoop.fs.Path(output.directory(), name).toString());
  }

  private JobSummary summarise(Dataset<Row> records, long files, Output output, double seconds) {
    Dataset<Row> written = spark.read().parquet(new org.apache.hadoop.fs.Path(output.directory(), ARTICLES).toString());
    long articles = written.count();
    long duplicates = written.where(col(ArticleTable.DUPLICATE_OF).isNotNull()).count();
    long extracted = records.where(col(FileTask.ARTICLE).isNotNull()).count();
    TreeMap<String, Long> failed = counts(records.where(col(FileTask.FAILURE).isNotNull())
        .groupBy(col(FileTask.FAILURE + ".cause")).count());
    TreeMap<String, Long> skipped = counts(records.where(col(FileTask.SKIPPED).isNotNull())
        .groupBy(col(FileTask.SKIPPED)).count());
    return new JobSummary(files, extracted, articles, duplicates, failed, skipped, seconds);
  }

  private static TreeMap<String, Long> counts(Dataset<Row> grouped) {
    TreeMap<String, Long> counts = new TreeMap<>();
    for (Row row : grouped.collectAsList()) {
      counts.put(row.getString(0), row.getLong(1));
    }
    return counts;
  }
}
