package org.vigie.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code vigie serve}: the HTTP API over the data directory, until stopped. */
@Command(name = "serve", sortOptions = false,
    description = {"Serve the HTTP JSON API until stopped (Ctrl-C):",
        "  GET /api/health, GET /api/articles/{id}, GET /api/search?q=&limit=&sort=relevance|date",
        "An ingest running meanwhile in another process is visible as soon as it commits."})
final class ServeCommand extends Subcommand {
  @Mixin
  private ServerAddress address;

  @Override
  public Integer call() throws Exception {
    Serving.serveUntilStopped(vigie().dataDirectory(), address, out());
    return 0;
  }
}
