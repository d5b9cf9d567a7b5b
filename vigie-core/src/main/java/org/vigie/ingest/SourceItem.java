package org.vigie.ingest;

import java.util.Objects;
import org.vigie.model.RawDocument;
import org.vigie.pipeline.Failure;

/** What a source yields: a document to process, one it could not read, or one it passed over and why. */
public sealed interface SourceItem permits SourceItem.Document, SourceItem.Unreadable, SourceItem.Skipped {

  /** Where the item is: a file URI, with a fragment naming the record inside an archive. */
  String location();

  record Document(RawDocument document) implements SourceItem {
    public Document {
      Objects.requireNonNull(document, "document");
    }

    @Override
    public String location() {
      return document.location().toString();
    }
  }

  /**
   * @param failure why it was not read
   * @param size its size in bytes, -1 when unknown
   */
  record Unreadable(String location, Failure failure, long size) implements SourceItem {
    public Unreadable {
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(failure, "failure");
    }
  }

  /** Passed over on purpose (a WARC request record, an HTTP 404): counted, not stored. */
  record Skipped(String location, SkipReason reason) implements SourceItem {
    public Skipped {
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
