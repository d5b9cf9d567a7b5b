package org.vigie.spark;

import org.vigie.app.VigieCommand;
import picocli.CommandLine;

/**
 * The command line with Spark on the classpath: every {@code vigie} command, plus {@code spark},
 * {@code import} and {@code bench spark}. The {@code ./vigie} launcher starts this class for those two commands only, so
 * that the other commands start without Spark's hundreds of jars; {@code spark-submit} starts it
 * with the shaded jar.
 */
public final class SparkMain {
  private static final String COMMON_POOL_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

  private SparkMain() {}

  public static void main(String[] args) {
    if (System.getProperty(COMMON_POOL_PARALLELISM) == null) {
      // Lingua spreads each detection over the common fork-join pool, which the JVM sizes one below the
      // cores: on two cores that is one worker for two Spark task threads. As many workers as cores.
      System.setProperty(COMMON_POOL_PARALLELISM, String.valueOf(Runtime.getRuntime().availableProcessors()));
    }
    if (System.getProperty("spark.master") == null && System.getProperty("log4j2.configurationFile") == null) {
      // Not under spark-submit (which sets spark.master and brings the cluster's logging): be quiet.
      System.setProperty("log4j2.configurationFile", "classpath:org/vigie/spark/log4j2-cli.properties");
    }
    VigieCommand.exit(commandLine(new VigieCommand()), args);
  }

  /** The command line with Vigie's error handling and the Spark commands; tests run commands through this. */
  public static CommandLine commandLine(VigieCommand root) {
    CommandLine commandLine = VigieCommand.commandLine(root)
        .addSubcommand(new SparkCommand())
        .addSubcommand(new ImportCommand());
    commandLine.getSubcommands().get("bench").addSubcommand(new SparkBenchCommand());
    return commandLine;
  }
}
