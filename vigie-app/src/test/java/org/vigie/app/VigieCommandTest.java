package org.vigie.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VigieCommandTest {
  @TempDir
  Path data;

  @Test
  void help_listsEveryCommandAndExitsZero() {
    Cli.Result result = Cli.runRaw("--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("--data", "ingest", "search", "show", "export", "failures", "serve", "run");
  }

  @Test
  void help_worksOnEverySubcommand() {
    for (String command : new String[] {"ingest", "search", "show", "export", "failures", "serve", "run"}) {
      Cli.Result result = Cli.runRaw(command, "--help");

      assertThat(result.exitCode()).as(command).isZero();
      assertThat(result.out()).as(command).contains("Usage: vigie " + command);
    }
  }

  @Test
  void version_namesVigieAndJava() {
    Cli.Result result = Cli.runRaw("search", "--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("vigie ").contains("Java " + Runtime.version().feature());
  }

  @Test
  void noCommand_isBadUsage() {
    Cli.Result result = Cli.runRaw();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("vigie: a command is required");
  }

  @Test
  void unknownCommand_isBadUsageInOneSentence() {
    Cli.Result result = Cli.runRaw("frobnicate");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Unmatched argument", "frobnicate").doesNotContain("Exception", "\tat ");
  }

  @Test
  void unknownOption_isBadUsageAndPointsToHelp() {
    Cli.Result result = Cli.run(data, "search", "--frobnicate", "x");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--frobnicate").contains("vigie search --help");
  }

  @Test
  void dataOption_isAcceptedAfterTheCommandToo() throws Exception {
    Cli.ingest(data, Fixtures.mixedInput(data.resolve("in")));

    Cli.Result result = Cli.runRaw("search", "ferry", "--data", data.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains(Fixtures.HARBOUR_TITLE);
  }

  @Test
  void readCommand_onADirectoryWithoutData_failsWithOneSentence() {
    Cli.Result result = Cli.run(data.resolve("nothing-here"), "search", "ferry");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().strip()).startsWith("search: no Vigie data in").contains("vigie ingest").doesNotContain("\n");
  }

  @Test
  void verbose_addsTheStackTrace() {
    Cli.Result quiet = Cli.run(data.resolve("nothing-here"), "show", "x");
    Cli.Result verbose = Cli.run(data.resolve("nothing-here"), "show", "x", "--verbose");

    assertThat(quiet.err()).doesNotContain("\tat ");
    assertThat(verbose.err()).contains("\tat org.vigie.app.");
  }
}
