package org.vigie.app;

import java.io.IOException;
import java.nio.file.Files;
import java.time.InstantSource;
import java.util.Random;
import org.vigie.store.ArticleStore;
import org.vigie.store.DataDirectory;
import org.vigie.stories.StoryGrouper;

/** Opens the store for a command, turning "cannot open" into one sentence that says where and why. */
final class Stores {
  private Stores() {}

  /** For ingest: creates the data directory if needed; fails if another process is writing. */
  static ArticleStore openForWriting(DataDirectory data) {
    try {
      return ArticleStore.openForWriting(data);
    } catch (IOException e) {
      throw cannotOpen(data, e);
    }
  }

  /**
   * For commands that only read an existing store. A missing index is most often a mistyped
   * {@code --data}, so it is an error here rather than an empty result.
   */
  static ArticleStore openExisting(DataDirectory data) {
    if (!Files.isDirectory(data.index())) {
      throw CommandFailure.failed("no Vigie data in " + data.root() + " yet; run 'vigie ingest PATH' first"
          + " or choose another directory with --data");
    }
    return openForServing(data);
  }

  /** For the API server, which may start on an empty data directory and see ingests committed later. */
  static ArticleStore openForServing(DataDirectory data) {
    try {
      return ArticleStore.openForReading(data);
    } catch (IOException e) {
      throw cannotOpen(data, e);
    }
  }

  /**
   * The duplicate and story state of the store's data directory, for the ingest that holds its write
   * lock; rebuilt from the stored articles if missing or unreadable. The seed only matters for a new
   * state: a saved one keeps the hash functions it was made with.
   */
  static StoryGrouper openGrouper(ArticleStore store, InstantSource clock) {
    try {
      return StoryGrouper.openFor(store, StoryGrouper.Settings.defaults(), new Random(StoryGrouper.SEED), clock);
    } catch (IOException e) {
      throw CommandFailure.failed("cannot open the story state in " + store.data().stories() + ": "
          + ErrorReporter.sentence(e), e);
    }
  }

  private static CommandFailure cannotOpen(DataDirectory data, IOException e) {
    String reason = ErrorReporter.sentence(e);
    // The store's own messages (another writer holds the lock) already name the directory.
    return CommandFailure.failed(reason.contains(data.root().toString()) ? reason
        : "cannot open the Vigie data in " + data.root() + ": " + reason, e);
  }
}
