package org.vigie.app;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.geo.build.GazetteerUpdate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vigie gazetteer …}: the place names Vigie resolves against. */
@Command(name = "gazetteer", sortOptions = false,
    description = "Manage the gazetteer (GeoNames places, countries, regions) that places are resolved against.",
    subcommands = {GazetteerCommand.Update.class})
final class GazetteerCommand extends Subcommand {

  @Override
  public Integer call() {
    err().println("vigie gazetteer: say what to do: update");
    return CommandFailure.BAD_USAGE;
  }

  /** {@code vigie gazetteer update [--source URL]}. */
  @Command(name = "update", sortOptions = false,
      description = {"Download fresh GeoNames data (cities500.zip and countryInfo.txt) and compile it, with the",
          "bundled countries, regions and demonyms, into the data directory, where ingest then finds it.",
          "Delete <data>/gazetteer/ to go back to the bundled gazetteer."})
  static final class Update implements Callable<Integer> {
    @ParentCommand
    private GazetteerCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--source", paramLabel = "URL", description = "where the GeoNames dump files are"
        + " (default: ${DEFAULT-VALUE})", defaultValue = "https://download.geonames.org/export/dump/")
    private URI source;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
        description = "connection time-out (default: ${DEFAULT-VALUE})")
    private int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
      if (source.getScheme() == null || !source.getScheme().startsWith("http")) {
        throw CommandFailure.badUsage("--source must be an http(s) URL", null);
      }
      URI base = source.toString().endsWith("/") ? source : URI.create(source + "/");
      spec.commandLine().getErr().println("downloading GeoNames data from " + base + " …");
      try {
        GazetteerUpdate.Result result = GazetteerUpdate.run(base, parent.vigie().dataDirectory().gazetteer(),
            Duration.ofSeconds(timeoutSeconds));
        spec.commandLine().getOut().printf(Locale.ROOT, "gazetteer updated: %,d places (%,d populated places), %d countries with GeoNames"
            + " ids, in %s%n", result.places(), result.cities(), result.countriesWithIds(), result.file());
        return 0;
      } catch (IOException e) {
        throw CommandFailure.failed("cannot update the gazetteer: " + e.getMessage(), e);
      }
    }
  }
}
