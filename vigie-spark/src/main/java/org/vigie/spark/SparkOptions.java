package org.vigie.spark;

import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every command that starts Spark takes: where it runs and which languages it tells apart. */
final class SparkOptions {
  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (default: local[*], one executor thread a core; under spark-submit, its own)")
  private String master;

  @Option(names = "--languages", paramLabel = "CODES|all|all-precise", defaultValue = "all",
      description = "languages to tell apart, as for 'vigie ingest' (default: ${DEFAULT-VALUE})")
  private String languages;

  /** {@code --master}, if given. */
  Optional<String> master() {
    return Optional.ofNullable(master);
  }

  String languages() {
    return languages;
  }
}
