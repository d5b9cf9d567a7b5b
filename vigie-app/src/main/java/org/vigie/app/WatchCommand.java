package org.vigie.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.vigie.ingest.web.FeedWatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vigie watch [--feeds FILE] [--once]}: follows feeds and sitemaps on an adaptive schedule,
 * storing the new pages they list; its state survives restarts in the data directory.
 */
@Command(name = "watch", sortOptions = false,
    description = {"Follow RSS/Atom feeds and news sitemaps, storing each new page they list.",
        "Busy feeds are polled more often, idle ones less (5 min to 6 h); polls are conditional, pages already"
            + " stored are never fetched again, and the schedule is kept in the data directory."})
final class WatchCommand extends Subcommand {
  @Option(names = "--feeds", paramLabel = "FILE",
      description = "an OPML file or a text file of feed URLs, one a line (default: the news feeds Vigie ships)")
  private Path feeds;

  @Option(names = "--once", description = "poll the feeds that are due once, then exit")
  private boolean once;

  @Mixin
  private IngestSettings settings;

  @Mixin
  private FetchSettings fetch;

  @Override
  public Integer call() throws Exception {
    List<java.net.URI> list = FeedList.load(Optional.ofNullable(feeds));
    if (once) {
      FeedWatcher.Round round = Watching.once(vigie(), settings, fetch, list, out(), err());
      out().println("polled " + round.polled() + " feeds (" + round.notModified() + " unchanged, " + round.failed()
          + " failed); " + IngestRun.summaryLine(round.ingested()));
      return 0;
    }
    DataWriter writer = DataWriter.over(Stores.openForWriting(vigie().dataDirectory()), vigie(), settings);
    Watching.untilStopped(vigie(), writer, fetch, list, out(), err(), () -> { });
    return 0;
  }
}
