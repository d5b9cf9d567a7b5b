package org.vigie.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.store.ArticleStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: the root command's settings (data directory, clock, terminal) and
 * the output streams picocli was given, which tests replace. Returns the exit code; failures are
 * thrown as {@link CommandFailure}.
 */
abstract class Subcommand implements Callable<Integer> {
  @ParentCommand
  private VigieCommand vigie;

  @Spec
  private CommandSpec spec;

  VigieCommand vigie() {
    return vigie;
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** The store of the data directory, which must already hold an index. */
  ArticleStore openExistingStore() {
    return Stores.openExisting(vigie.dataDirectory());
  }
}
