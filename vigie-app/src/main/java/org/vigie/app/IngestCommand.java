package org.vigie.app;

import java.nio.file.Path;
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
    description = {"Read files and directories (plain text, .gz) into the store.",
        "Every document is stored as an article or recorded as failed (see 'vigie failures');"
            + " ingesting the same document again stores it once."})
final class IngestCommand extends Subcommand {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or directories to read")
  private List<Path> paths;

  @Mixin
  private IngestSettings settings;

  @Override
  public Integer call() throws Exception {
    IngestRun.run(vigie(), settings, paths, out(), err());
    return 0;
  }
}
