package org.vigie.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vigie serve}: the HTTP API over the data directory, until stopped. */
@Command(name = "serve", sortOptions = false,
    description = {"Serve the HTTP JSON API until stopped (Ctrl-C):",
        "  GET /api/health, GET /api/articles/{id}, GET /api/search?q=&limit=&sort=relevance|date",
        "An ingest running meanwhile in another process is visible as soon as it commits."})
final class ServeCommand implements Callable<Integer> {
  @ParentCommand
  private VigieCommand vigie;

  @Spec
  private CommandSpec spec;

  @Mixin
  private ServerAddress address;

  @Override
  public Integer call() throws Exception {
    Serving.serveUntilStopped(vigie.dataDirectory(), address, spec.commandLine().getOut());
    return 0;
  }
}
