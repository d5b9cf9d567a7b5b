package org.vigie.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code vigie serve}: the HTTP API over the data directory, until stopped. */
@Command(name = "serve", sortOptions = false,
    description = {"Serve the web pages, the Atom feeds and the HTTP JSON API until stopped (Ctrl-C):",
        "  pages /, /search?q=, /country/{CC}, /entity/{id}, /story/{id}, /article/{id}, /map",
        "  feeds /feeds/search.atom?q=, /feeds/country/{CC}.atom, /feeds/entity/{id}.atom",
        "  API /api/search, /api/articles/{id}, /api/entities/{id}, /api/countries/{CC}, /api/stories/{id},",
        "      /api/health, described by /api/openapi.json",
        "An ingest running meanwhile in another process is visible as soon as it commits."})
final class ServeCommand extends Subcommand {
  @Mixin
  private ServerAddress address;

  @Mixin
  private ApiSettings api;

  @Mixin
  private IngestSettings settings;

  @Mixin
  private FetchSettings fetch;

  @Override
  public Integer call() throws Exception {
    Serving.serveUntilStopped(vigie().dataDirectory(), address, api.options(vigie(), settings, fetch), out());
    return 0;
  }
}
