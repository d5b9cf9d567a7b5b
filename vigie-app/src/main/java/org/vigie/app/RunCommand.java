package org.vigie.app;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code vigie run [PATH…]}: the embedded default's main job, for now ingest then serve. */
@Command(name = "run", sortOptions = false,
    description = {"Ingest the given files and directories (if any), then serve the HTTP API until stopped."})
final class RunCommand extends Subcommand {
  @Parameters(arity = "0..*", paramLabel = "PATH", description = "files or directories to ingest first")
  private List<Path> paths = List.of();

  @Mixin
  private IngestSettings settings;

  @Mixin
  private ServerAddress address;

  @Override
  public Integer call() throws Exception {
    if (!paths.isEmpty()) {
      // The writer is closed before serving, so that a later 'vigie ingest' can take the lock.
      IngestRun.run(vigie(), settings, paths, out(), err());
    }
    Serving.serveUntilStopped(vigie().dataDirectory(), address, out());
    return 0;
  }
}
