package org.vigie.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import org.vigie.bench.ScratchFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie bench spark [FILE…] [--pages N] [--files N] [--master URL]}. */
@Command(name = "spark", sortOptions = false,
    description = {"Articles per second per core of the Spark job next to the single-machine pipeline on the same",
        "WARC files, and the executor's peak heap. Without files, writes WARC files of the shared extraction pages."})
final class SparkBenchCommand implements Callable<Integer> {
  @Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "WARC or WARC.gz files (local)")
  private List<Path> files = new ArrayList<>();

  @Option(names = "--pages", paramLabel = "N", defaultValue = "4000",
      description = "pages to write without files (default: ${DEFAULT-VALUE})")
  private int pages;

  @Option(names = "--files", paramLabel = "N", defaultValue = "8",
      description = "WARC files to spread them over (default: ${DEFAULT-VALUE})")
  private int fileCount;

  @Mixin
  private SparkOptions spark;

  @Option(names = "--shared", paramLabel = "DIR",
      description = "without files: the shared data folder whose extraction pages are written as WARC files")
  private Path shared;

  @Override
  public Integer call() throws IOException {
    Path work = Files.createTempDirectory("vigie-bench-spark");
    try {
      List<Path> inputs = new ArrayList<>(files);
      if (inputs.isEmpty()) {
        if (shared == null || !Files.isDirectory(shared.resolve("eval/extraction"))) {
          throw new CommandLine.ParameterException(spec.commandLine(),
              "give WARC files, or --shared DIR naming the shared data folder (with eval/extraction in it)");
        }
        spec.commandLine().getErr().printf("writing %d pages into %d WARC files in %s …%n", pages, fileCount, work);
        inputs.addAll(SparkBenchmark.writeFromPages(shared, work.resolve("in"), pages, fileCount));
      }
      JobSettings settings = new JobSettings(spark.languages(), 16_000_000, java.time.Instant.now(), null);
      try (SparkSession session = SparkSessions.start(spark.master(), List.of())) {
        new SparkBenchmark(session, settings).run(inputs, work.resolve("out")).print(spec.commandLine().getOut());
      }
      return 0;
    } finally {
      ScratchFolder.delete(work);
    }
  }
}
