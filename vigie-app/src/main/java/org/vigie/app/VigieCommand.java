package org.vigie.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vigie.store.DataDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code vigie [--data DIR] COMMAND}: the entry point of the command line. It holds what every
 * subcommand shares (the data directory, the clock, whether standard error is a terminal) and
 * maps errors to exit codes: 0 success, 1 the command failed, 2 bad usage.
 */
@Command(name = "vigie",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = "Vigie turns news pages into a clean, deduplicated, searchable record.",
    subcommands = {IngestCommand.class, SearchCommand.class, ShowCommand.class, ExportCommand.class,
        FailuresCommand.class, StoriesCommand.class, ServeCommand.class, WatchCommand.class, RunCommand.class, BenchCommand.class,
        GazetteerCommand.class},
    footer = {"", "Through ./vigie, 'vigie spark' runs the pipeline on Apache Spark and 'vigie import' loads its"
        + " output (see README.md).",
        "The data directory is --data DIR, else $VIGIE_DATA, else $XDG_DATA_HOME/vigie or ~/.local/share/vigie.",
        "Exit codes: 0 success, 1 the command failed, 2 bad usage."})
public final class VigieCommand implements Callable<Integer> {
  /**
   * Lucene says on every start that the incubating vector API would speed up vector search, which
   * Vigie does not use; the logger is held here so that its level is not forgotten with it.
   */
  private static final Logger LUCENE_VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

  @Spec
  private CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT,
      description = "data directory (default: $VIGIE_DATA, else $XDG_DATA_HOME/vigie or ~/.local/share/vigie)")
  private Path data;

  @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "print stack traces with errors")
  private boolean verbose;

  private final InstantSource clock;
  private final boolean interactive;

  /** As the launcher runs it: the system clock, progress drawn as a bar when standard error is a terminal. */
  public VigieCommand() {
    this(InstantSource.system(), Terminal.isInteractive());
  }

  /**
   * For tests and embedding.
   *
   * @param clock the time every command reads
   * @param interactive whether progress is drawn as a bar (a terminal) or logged as lines
   */
  public VigieCommand(InstantSource clock, boolean interactive) {
    this.clock = clock;
    this.interactive = interactive;
  }

  public static void main(String[] args) {
    exit(commandLine(new VigieCommand()), args);
  }

  /**
   * Runs a command line as {@code main} does, on standard output and error in UTF-8, and exits the
   * JVM with its exit code; also the entry of a module that adds commands (vigie-spark).
   */
  public static void exit(CommandLine commandLine, String[] args) {
    LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int exitCode = commandLine.setOut(out).setErr(err).execute(args);
    out.flush();
    err.flush();
    System.exit(exitCode);
  }

  /** The command line with Vigie's error handling; tests run commands through this too. */
  public static CommandLine commandLine(VigieCommand root) {
    ErrorReporter errors = new ErrorReporter(root);
    return new CommandLine(root)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(errors)
        .setExecutionExceptionHandler(errors);
  }

  /** {@code vigie} alone: say what it takes. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("vigie: a command is required");
    spec.commandLine().usage(spec.commandLine().getErr());
    return CommandFailure.BAD_USAGE;
  }

  /** The data directory the command works on; public for commands that live in other modules (vigie-spark). */
  public DataDirectory dataDirectory() {
    return DataDirectory.fromEnvironment(Optional.ofNullable(data));
  }

  public InstantSource clock() {
    return clock;
  }

  public boolean interactive() {
    return interactive;
  }

  boolean verbose() {
    return verbose;
  }
}
