package org.vigie.app;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code vigie ingest PATH…}: every file becomes a stored article or a recorded failure. Exits 0
 * even when some documents failed, since they are kept and listed by {@code vigie failures}; 1 only
 * when the store cannot be opened or written.
 */
@Command(name = "ingest", sortOptions = false,
    description = {"Read files, directories, archives (WARC, JSON Lines, .gz) and web URLs (pages, RSS/Atom feeds,"
        + " sitemaps, OPML lists) into the store.",
        "Every document is stored as an article or recorded as failed (see 'vigie failures');"
            + " ingesting the same document again stores it once."})
final class IngestCommand extends Subcommand {
  @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "files, directories or http(s) URLs to read")
  private List<String> inputs;

  @Mixin
  private IngestSettings settings;

  @Mixin
  private FetchSettings fetch;

  @Override
  public Integer call() throws Exception {
    IngestRun.run(vigie(), settings, fetch, IngestRun.Inputs.of(inputs), out(), err());
    return 0;
  }
}
