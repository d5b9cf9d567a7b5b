package org.vigie.spark;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.vigie.ingest.SourceItem;
import org.vigie.model.ArticleIds;
import org.vigie.pipeline.Failure;
import org.vigie.pipeline.Processed;

/**
 * The {@code failures} table: one row per input record that did not become an article, with the
 * stage that gave up and why, as {@code vigie failures} shows them. A document that was read keeps
 * its bytes in {@code content}, so it can be processed again after a fix; a record that could not
 * be read at all (a corrupt gzip member, the cut end of a file) has none.
 */
final class FailureTable {
  static final StructType SCHEMA = new StructType()
      .add("location", StringType, false)
      .add("stage", StringType, false)
      .add("cause", StringType, false)
      .add("message", StringType, false)
      .add("size", LongType, false)
      .add("sha256", StringType, true)
      .add("content", BinaryType, true);

  private FailureTable() {}

  static Row row(Processed.Rejected rejected) {
    byte[] content = rejected.raw().content();
    return row(rejected.raw().location().toString(), rejected.failure(), content.length,
        ArticleIds.sha256Hex(content), content);
  }

  static Row row(SourceItem.Unreadable unreadable) {
    return row(unreadable.location(), unreadable.failure(), unreadable.size(), null, null);
  }

  static Row row(String location, Failure failure, long size, String sha256, byte[] content) {
    return RowFactory.create(location, failure.stage(), failure.cause().name(), failure.message(), size, sha256,
        content);
  }
}
