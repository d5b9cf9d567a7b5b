package org.vigie.spark;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.vigie.app.VigieCommand;
import picocli.CommandLine;

/**
 * The command line with Spark on the classpath: every {@code vigie} command, plus {@code spark} and
 * {@code import}. The {@code ./vigie} launcher starts this class for those two commands only, so
 * that the other commands start without Spark's hundreds of jars; {@code spark-submit} starts it
 * with the shaded jar.
 */
public final class SparkMain {
  private SparkMain() {}

  public static void main(String[] args) {
    if (System.getProperty("spark.master") == null && System.getProperty("log4j2.configurationFile") == null) {
      // Not under spark-submit (which sets spark.master and brings the cluster's logging): be quiet.
      System.setProperty("log4j2.configurationFile", "classpath:org/vigie/spark/log4j2-cli.properties");
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int exitCode = commandLine(new VigieCommand()).setOut(out).setErr(err).execute(args);
    out.flush();
    err.flush();
    System.exit(exitCode);
  }

  /** The command line with Vigie's error handling and the Spark commands; tests run commands through this. */
  public static CommandLine commandLine(VigieCommand root) {
    return VigieCommand.commandLine(root)
        .addSubcommand(new SparkCommand())
        .addSubcommand(new ImportCommand());
  }
}
