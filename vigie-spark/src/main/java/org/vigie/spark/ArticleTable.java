package org.vigie.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.vigie.json.ArticleJson;
import org.vigie.model.Article;
import org.vigie.model.Block;
import org.vigie.model.Published;

/**
 * The {@code articles} table: typed columns for what queries filter and group on, and the whole
 * article as the JSON record of DESIGN.md section 7 (annotations with their spans, metadata,
 * grouping) in {@code record}, which is what {@code vigie import} reads back. README.md lists the
 * columns; add columns, never rename them.
 */
final class ArticleTable {
  static final String RECORD = "record";
  static final String DUPLICATE_OF = "duplicate_of";

  /** The columns the pipeline fills, before grouping. */
  static final StructType EXTRACTED = new StructType()
      .add("id", StringType, false)
      .add("url", StringType, true)
      .add("location", StringType, false)
      .add("source", StringType, true)
      .add("section", StringType, true)
      .add("title", StringType, false)
      .add("byline", StringType, true)
      .add("language", StringType, true)
      .add("published", StringType, true)
      .add("published_precision", StringType, true)
      .add("published_inferred", BooleanType, true)
      .add("body", StringType, false)
      .add("content_hash", StringType, false)
      .add(RECORD, StringType, false);

  /** The table as written: the pipeline's columns, then the near-duplicate group's canonical article. */
  static final StructType SCHEMA = EXTRACTED.add(DUPLICATE_OF, StringType, true);

  private ArticleTable() {}

  /** The article's extracted columns, in {@link #EXTRACTED}'s order. */
  static Row row(Article article) {
    Published published = article.published().orElse(null);
    return RowFactory.create(
        article.id(),
        article.url().orElse(null),
        article.location(),
        article.source().orElse(null),
        article.section().orElse(null),
        article.title(),
        article.byline().orElse(null),
        article.language().orElse(null),
        published == null ? null : published.value(),
        published == null ? null : published.precision().name().toLowerCase(Locale.ROOT),
        published == null ? null : published.inferred(),
        article.body().stream().map(Block::text).collect(Collectors.joining("\n\n")),
        article.contentHash(),
        ArticleJson.write(article));
  }
}
