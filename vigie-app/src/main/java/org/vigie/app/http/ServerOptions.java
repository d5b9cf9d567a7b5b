package org.vigie.app.http;

import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server behaves beyond its store and address.
 *
 * @param clock what "the last 24 hours" and feed times are measured against
 * @param apiToken the bearer token write operations need; without one they are refused (403)
 * @param writes what write operations do; without it they are refused (403)
 */
public record ServerOptions(InstantSource clock, Optional<String> apiToken, Optional<WriteOperations> writes) {
  public ServerOptions {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(apiToken, "apiToken");
    Objects.requireNonNull(writes, "writes");
    apiToken = apiToken.map(String::strip).filter(t -> !t.isEmpty());
  }

  public static ServerOptions readOnly(InstantSource clock) {
    return new ServerOptions(clock, Optional.empty(), Optional.empty());
  }
}
