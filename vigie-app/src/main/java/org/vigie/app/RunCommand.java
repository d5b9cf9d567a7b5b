package org.vigie.app;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.vigie.app.http.ApiServer;
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
    if (noWatch) {
      if (!toIngest.isEmpty()) {
        // The writer is closed before serving, so that a later 'vigie ingest' can take the lock.
        IngestRun.run(vigie(), settings, fetch, toIngest, out(), err());
      }
      Serving.serveUntilStopped(vigie().dataDirectory(), address, api.options(vigie(), settings, fetch), out());
      return 0;
    }
    List<java.net.URI> list = FeedList.load(Optional.ofNullable(feeds));
    // One writer for the process: the first ingest, the watcher and the API's writes all go through it.
    DataWriter writer = DataWriter.over(Stores.openForWriting(vigie().dataDirectory()), vigie(), settings);
    ApiServer server;
    try {
      if (!toIngest.isEmpty()) {
        IngestRun.ingest(vigie(), fetch, toIngest, out(), err(), writer);
      }
      server = new ApiServer(writer.store(), address.socketAddress(),
          api.options(vigie(), settings, fetch, Optional.of(writer)));
      int port = Serving.start(server, address);
      out().println("Vigie API on http://" + Serving.hostForUrl(address.host()) + ":" + port + "/api/health");
      out().println("web pages on http://" + Serving.hostForUrl(address.host()) + ":" + port + "/");
    } catch (IOException | RuntimeException e) {
      writer.close();
      throw e;
    }
    // The watcher owns the writer from here: it stops the server, then closes the writer.
    Watching.untilStopped(vigie(), writer, fetch, list, out(), err(), server::close);
    return 0;
  }
}
