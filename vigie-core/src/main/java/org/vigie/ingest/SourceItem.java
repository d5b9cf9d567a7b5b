package org.vigie.ingest;

import java.util.Objects;
import org.vigie.model.RawDocument;
import org.vigie.pipeline.Failure;

/** A file read into a raw document, or the reason it could not be, with whatever bytes were read. */
public sealed interface FileReadResult permits FileReadResult.Read, FileReadResult.Unread {

  record Read(RawDocument document) implements FileReadResult {
    public Read {
      Objects.requireNonNull(document, "document");
    }
  }

  /**
   * @param location the file
   * @param failure why it was not read
   * @param size its size in bytes, -1 when unknown
   */
  record Unread(String location, Failure failure, long size) implements FileReadResult {
    public Unread {
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(failure, "failure");
    }
  }
}
