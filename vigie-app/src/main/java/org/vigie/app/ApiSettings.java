package org.vigie.app;

import java.util.Optional;
import java.util.Properties;
import org.vigie.app.http.ServerOptions;
import org.vigie.store.DataDirectory;
import picocli.CommandLine.Option;

/**
 * Who may change data over HTTP, for {@code serve} and {@code run}: the bearer token of write
 * operations, from {@code --api-token} or {@code api.token} in {@code vigie.properties}. Without
 * one, the API only reads.
 */
final class ApiSettings {
  @Option(names = "--api-token", paramLabel = "TOKEN",
      description = "enable write operations (ingest, delete, re-process) for requests with 'Authorization: Bearer"
          + " TOKEN' (config api.token); without it the API only reads")
  private String apiToken;

  Optional<String> token(DataDirectory data) {
    if (apiToken != null) {
      return Optional.of(apiToken).map(String::strip).filter(t -> !t.isEmpty());
    }
    Properties config = FetchSettings.load(data.root().resolve(FetchSettings.CONFIG_FILE));
    return Optional.ofNullable(config.getProperty("api.token")).map(String::strip).filter(t -> !t.isEmpty());
  }

  /** For a server that holds no lock: each write operation takes it for its own duration. */
  ServerOptions options(VigieCommand vigie, IngestSettings ingest, FetchSettings fetch) {
    return options(vigie, ingest, fetch, Optional.empty());
  }

  /** For a server whose process writes through {@code writer} (the watcher of {@code run}): writes share it. */
  ServerOptions options(VigieCommand vigie, IngestSettings ingest, FetchSettings fetch, Optional<DataWriter> writer) {
    Optional<String> token = token(vigie.dataDirectory());
    if (token.isPresent() && token.get().length() < 16) {
      throw CommandFailure.badUsage("the API token must be at least 16 characters long", null);
    }
    return new ServerOptions(vigie.clock(), token,
        token.map(t -> new StoreWrites(vigie, ingest, fetch, writer)));
  }
}
