package org.vigie.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code vigie} in-process against a data directory, capturing standard output and error. */
final class Cli {
  record Result(int exitCode, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }
  }

  private Cli() {}

  static Result run(Path data, String... args) {
    List<String> all = new ArrayList<>(List.of("--data", data.toString()));
    all.addAll(List.of(args));
    return runRaw(all.toArray(String[]::new));
  }

  /** Without adding {@code --data}: for usage errors and help. */
  static Result runRaw(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = VigieCommand.commandLine(new VigieCommand(Fixtures.CLOCK, false))
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
    return new Result(exitCode, out.toString(), err.toString());
  }

  /** Ingests with French and English models only, which load in a fraction of the memory of all languages. */
  static Result ingest(Path data, Path... inputs) {
    List<String> args = new ArrayList<>(List.of("ingest", "--languages", "fr,en"));
    for (Path input : inputs) {
      args.add(input.toString());
    }
    return run(data, args.toArray(String[]::new));
  }
}
