package org.vigie.spark;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.vigie.app.VigieCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vigie import PARQUET_DIR}: a Spark job's output into the data directory's index. */
@Command(name = "import", sortOptions = false,
    description = {"Load the articles and failures that 'vigie spark' wrote into the data directory, so that they",
        "can be searched, shown and served like ingested ones. Importing twice changes nothing."})
public final class ImportCommand implements Callable<Integer> {
  @ParentCommand
  private VigieCommand vigie;

  @Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PARQUET_DIR", description = "the job's output directory (or its articles/ directory)")
  private String directory;

  @Override
  public Integer call() throws IOException {
    // Reading Parquet is all Spark does here: one local thread, no UI.
    try (SparkSession spark = SparkSessions.start(Optional.of("local[1]"), List.of())) {
      ParquetImport.Counts counts = new ParquetImport(spark, vigie.clock())
          .run(directory, vigie.dataDirectory(), spec.commandLine().getErr());
      spec.commandLine().getOut().println(counts.line());
      return 0;
    } catch (ParquetImport.NotAJobOutput e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
