package org.vigie.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the project's shared data folder ({@code ../shared} beside the repository), which tests
 * may read but which a user's clone may lack: tests that need it skip with a message instead.
 */
public final class SharedData {
  private SharedData() {}

  public static Optional<Path> root() {
    Path dir = Path.of("").toAbsolutePath();
    for (int up = 0; up < 5 && dir != null; up++, dir = dir.getParent()) {
      Path candidate = dir.resolve("shared");
      if (Files.isDirectory(candidate.resolve("seed"))) {
        return Optional.of(candidate);
      }
      Path sibling = dir.resolveSibling("shared");
      if (Files.isDirectory(sibling.resolve("seed"))) {
        return Optional.of(sibling);
      }
    }
    return Optional.empty();
  }

  /** The path under the shared folder, or skips the test when the folder or the path is absent. */
  public static Path require(String relative) {
    Optional<Path> root = root();
    assumeTrue(root.isPresent(), "skipped: ../shared (the project's shared data) is not beside this clone");
    Path path = root.get().resolve(relative);
    assumeTrue(Files.exists(path), "skipped: ../shared/" + relative + " is absent");
    return path;
  }
}
