package org.vigie.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where Vigie keeps its state. Chosen by, in order: an explicit path ({@code --data}), the
 * {@code VIGIE_DATA} environment variable, then {@code $XDG_DATA_HOME/vigie} or
 * {@code ~/.local/share/vigie}.
 */
public record DataDirectory(Path root) {
  public DataDirectory {
    Objects.requireNonNull(root, "root");
    root = root.toAbsolutePath().normalize();
  }

  public static DataDirectory resolve(Optional<Path> explicit, Optional<String> vigieData, Optional<String> xdgDataHome,
      Path home) {
    if (explicit.isPresent()) {
      return new DataDirectory(explicit.get());
    }
    if (vigieData.isPresent() && !vigieData.get().isBlank()) {
      return new DataDirectory(Path.of(vigieData.get()));
    }
    if (xdgDataHome.isPresent() && !xdgDataHome.get().isBlank()) {
      return new DataDirectory(Path.of(xdgDataHome.get(), "vigie"));
    }
    return new DataDirectory(home.resolve(".local/share/vigie"));
  }

  /** From the process environment, as the command line does. */
  public static DataDirectory fromEnvironment(Optional<Path> explicit) {
    return resolve(explicit, Optional.ofNullable(System.getenv("VIGIE_DATA")),
        Optional.ofNullable(System.getenv("XDG_DATA_HOME")), Path.of(System.getProperty("user.home")));
  }

  public Path index() {
    return root.resolve("index");
  }

  public Path failed() {
    return root.resolve("failed");
  }

  /** The gazetteer index {@code vigie gazetteer update} compiles from fresh GeoNames data, used instead of the bundled one. */
  public Path gazetteer() {
    return root.resolve("gazetteer").resolve("gazetteer.bin.gz");
  }

  /** The duplicate and story state (see {@code org.vigie.stories.StoryGrouper}). */
  public Path stories() {
    return root.resolve("stories");
  }
}
