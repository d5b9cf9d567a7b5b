package org.vigie.app;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.vigie.fetch.FetchPolicy;
import org.vigie.store.DataDirectory;
import picocli.CommandLine.Option;

/**
 * How Vigie fetches from the web, for {@code ingest URL}, {@code watch} and {@code run}. Each option
 * may also be set once in {@code vigie.properties} in the data directory
 * ({@code fetch.allow-private-network=true}, {@code fetch.contact-url=…}, {@code fetch.host-delay-seconds=…});
 * an option given on the command line wins.
 */
final class FetchSettings {
  static final String CONFIG_FILE = "vigie.properties";

  @Option(names = "--allow-private-network", negatable = true,
      description = "allow fetching from loopback and private addresses (default: no; config fetch.allow-private-network)")
  private Boolean allowPrivateNetwork;

  @Option(names = "--contact-url", paramLabel = "URL",
      description = "where site owners learn who runs this crawler; sent in the User-Agent (config fetch.contact-url)")
  private URI contactUrl;

  @Option(names = "--host-delay", paramLabel = "SECONDS",
      description = "least time between two requests to one host (default: 2; config fetch.host-delay-seconds)")
  private Double hostDelaySeconds;

  FetchPolicy policy(DataDirectory data) {
    Properties config = load(data.root().resolve(CONFIG_FILE));
    FetchPolicy policy = FetchPolicy.defaults();
    boolean allow = allowPrivateNetwork != null ? allowPrivateNetwork
        : Boolean.parseBoolean(config.getProperty("fetch.allow-private-network", "false").strip());
    policy = policy.withAllowPrivateNetwork(allow);
    String contact = contactUrl != null ? contactUrl.toString() : config.getProperty("fetch.contact-url");
    if (contact != null) {
      policy = policy.withContactUrl(uri(contact));
    }
    Double delay = hostDelaySeconds != null ? hostDelaySeconds : number(config.getProperty("fetch.host-delay-seconds"));
    if (delay != null) {
      if (delay < 0) {
        throw CommandFailure.badUsage("the host delay cannot be negative", null);
      }
      policy = policy.withHostDelay(Duration.ofMillis((long) (delay * 1000)));
    }
    return policy;
  }

  static Properties load(Path file) {
    Properties properties = new Properties();
    if (Files.isRegularFile(file)) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
      } catch (IOException | IllegalArgumentException e) {
        throw CommandFailure.failed("cannot read the configuration " + file + ": " + e.getMessage(), e);
      }
    }
    return properties;
  }

  private static URI uri(String text) {
    try {
      URI uri = URI.create(text.strip());
      if (!uri.isAbsolute()) {
        throw new IllegalArgumentException("not an absolute URL");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw CommandFailure.badUsage("the contact URL \"" + text + "\" is not an absolute URL", e);
    }
  }

  private static Double number(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw CommandFailure.badUsage("fetch.host-delay-seconds must be a number, not \"" + text + "\"", e);
    }
  }
}
