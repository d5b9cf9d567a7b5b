package org.vigie.app;

import java.util.List;
import java.util.Optional;
import org.vigie.app.http.ApiServer;
import org.vigie.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigie run [PATH|URL…]}: the embedded default's main job. Ingests what it is given, then
 * serves the API while following the feeds (the shipped list, or {@code --feeds}), until stopped.
 */
@Command(name = "run", sortOptions = false,
    description = {"Ingest the given files, directories and URLs (if any), then serve the HTTP API while following"
        + " news feeds, until stopped."})
final class RunCommand extends Subcommand {
  @Parameters(arity = "0..*", paramLabel = "PATH|URL", description = "files, directories or URLs to ingest first")
  private List<String> inputs = List.of();

  @Option(names = "--feeds", paramLabel = "FILE",
      description = "an OPML file or a text file of feed URLs (default: the news feeds Vigie ships)")
  private java.nio.file.Path feeds;

  @Option(names = "--no-watch", description = "serve only; follow no feeds")
  private boolean noWatch;

  @Mixin
  private IngestSettings settings;

  @Mixin
  private FetchSettings fetch;

  @Mixin
  private ServerAddress address;

  @Mixin
  private ApiSettings api;

  @Override
  public Integer call() throws Exception {
    IngestRun.Inputs toIngest = IngestRun.Inputs.of(inputs);
    if (!toIngest.isEmpty()) {
      // The writer is closed before serving, so that the watcher (or a later 'vigie ingest') can take the lock.
      IngestRun.run(vigie(), settings, fetch, toIngest, out(), err());
    }
    if (noWatch) {
      Serving.serveUntilStopped(vigie().dataDirectory(), address, api.options(vigie(), settings, fetch), out());
      return 0;
    }
    List<java.net.URI> list = FeedList.load(Optional.ofNullable(feeds));
    ArticleStore reader = Stores.openForServing(vigie().dataDirectory());
    // The watcher holds the write lock while it runs: write operations answer "busy" until it stops.
    ApiServer server = new ApiServer(reader, address.socketAddress(), api.options(vigie(), settings, fetch));
    int port = Serving.start(server, address);
    out().println("Vigie API on http://" + Serving.hostForUrl(address.host()) + ":" + port + "/api/health");
    out().println("web pages on http://" + Serving.hostForUrl(address.host()) + ":" + port + "/");
    try {
      Watching.untilStopped(vigie(), settings, fetch, list, out(), err(), server::close);
    } finally {
      server.close();
      reader.close();
    }
    return 0;
  }
}
