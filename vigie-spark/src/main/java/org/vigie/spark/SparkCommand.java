package org.vigie.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.vigie.app.VigieCommand;
import org.vigie.lang.LanguageIdentifier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vigie spark [--master URL] INPUT… --out DIR}: the pipeline as a Spark job. */
@Command(name = "spark", sortOptions = false,
    description = {"Run the ingest pipeline as an Apache Spark job over WARC and JSON Lines files (local, HDFS, S3…):",
        "articles and failures are written as Parquet under OUT (articles/, failures/, summary.json);",
        "'vigie import OUT' loads them into the data directory."})
public final class SparkCommand implements Callable<Integer> {
  private static final long BYTES_PER_MB = 1_000_000L;

  @ParentCommand
  private VigieCommand vigie;

  @Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "1..*",
      description = "files, directories or globs on any Hadoop file system (file:, hdfs:, s3a:…)")
  private List<String> inputs = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "output directory (must not exist)")
  private String out;

  @Mixin
  private SparkOptions spark;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
      description = "Parquet files per table and partitions of the grouping step (default: Spark chooses)")
  private int partitions;

  @Option(names = "--max-document-mb", paramLabel = "MB", defaultValue = "16",
      description = "largest document read, in megabytes after decompression (default: ${DEFAULT-VALUE})")
  private long maxDocumentMb;

  @Option(names = "--gazetteer", paramLabel = "PATH",
      description = "a gazetteer that 'vigie gazetteer update' compiled (gazetteer/gazetteer.bin.gz in a data"
          + " directory), on a file system every executor reads (default: the one bundled with Vigie)")
  private String gazetteer;

  @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "a Spark setting (repeatable)")
  private List<String> conf = new ArrayList<>();

  @Option(names = "--overwrite", description = "replace the output directory if it exists")
  private boolean overwrite;

  @Override
  public Integer call() throws IOException {
    JobSettings settings = settings();
    try (SparkSession session = SparkSessions.start(spark.master(), conf)) {
      JobSummary summary = new ArticleJob(session, settings)
          .run(inputs, new ArticleJob.Output(out, partitions, overwrite));
      spec.commandLine().getOut().println(summary.line());
      spec.commandLine().getErr().printf("wrote %s/%s and %s/%s in %.0f s; load them with 'vigie import %s'%n", out,
          ArticleJob.ARTICLES, out, ArticleJob.FAILURES, summary.seconds(), out);
      return 0;
    } catch (FileNotFoundException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private JobSettings settings() {
    if (maxDocumentMb < 1 || maxDocumentMb * BYTES_PER_MB > Integer.MAX_VALUE - 1024 * 1024) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-document-mb must be between 1 and 2000");
    }
    if (partitions < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--partitions must not be negative");
    }
    try {
      // Checked here, so that a mistyped code is a usage error before Spark starts, not a failed task.
      LanguageIdentifier.forOption(spark.languages());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--languages: " + e.getMessage(), e);
    }
    if (gazetteer == null && java.nio.file.Files.exists(vigie.dataDirectory().gazetteer())) {
      spec.commandLine().getErr().println("the job resolves places with the bundled gazetteer; pass --gazetteer "
          + vigie.dataDirectory().gazetteer() + " to use the one compiled in the data directory, as ingest does");
    }
    return new JobSettings(spark.languages(), (int) (maxDocumentMb * BYTES_PER_MB), vigie.clock().instant(), gazetteer);
  }
}
