package org.vigie.ingest;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Something that yields documents: a file, an archive, a JSON Lines dump. It hands items to the
 * sink one at a time, so an archive of any size is read in constant memory; the sink may block to
 * hold the source back.
 */
public interface DocumentSource {

  /** Where it reads from, for messages. */
  String location();

  /**
   * Hands every item to the sink. Items it cannot read go to the sink as {@link SourceItem.Unreadable};
   * an exception means the rest of the source could not be read at all.
   */
  void read(Consumer<SourceItem> sink) throws IOException;
}
