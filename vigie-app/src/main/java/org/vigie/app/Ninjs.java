package org.vigie.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.vigie.json.ArticleJson;
import org.vigie.model.Article;
import org.vigie.model.Block;
import org.vigie.model.Caption;
import org.vigie.model.Published;

/**
 * An article as an IPTC ninjs 2.1 news item, for newsroom tools that read ninjs
 * (schema {@value #SCHEMA}). The mapping, field by field:
 *
 * <table>
 *   <caption>Vigie article to ninjs 2.1</caption>
 *   <tr><th>ninjs</th><th>from</th></tr>
 *   <tr><td>{@code uri}</td><td>{@code urn:vigie:article:ID}, stable for the article's id</td></tr>
 *   <tr><td>{@code standard}</td><td>{@code {"name": "ninjs", "version": "2.1", "schema": …}}</td></tr>
 *   <tr><td>{@code type}, {@code representationtype}, {@code pubstatus}</td><td>{@code "text"}, {@code "full"},
 *       {@code "usable"}</td></tr>
 *   <tr><td>{@code version}</td><td>the content hash, which changes exactly when title or body change</td></tr>
 *   <tr><td>{@code versioncreated}</td><td>the publication date as an RFC 3339 date-time; a date known only
 *       to the day, month or year is written as the start of that period in UTC</td></tr>
 *   <tr><td>{@code language}</td><td>the ISO 639-1 code</td></tr>
 *   <tr><td>{@code headlines}</td><td>{@code [{"role": "main", "value": title}]}</td></tr>
 *   <tr><td>{@code bodies}</td><td>{@code [{"role": "main", "contenttype": "text/plain", "value", "charcount",
 *       "wordcount"}]}, the paragraphs separated by blank lines</td></tr>
 *   <tr><td>{@code by}</td><td>the byline (ninjs 2.x names it {@code by}; {@code bylines} is ninjs 3)</td></tr>
 *   <tr><td>{@code infosources}</td><td>the outlet: {@code [{"name": source, "role": "publisher"}]}</td></tr>
 *   <tr><td>{@code subjects}</td><td>the section label ({@code "rel": "section"}) and the page's tags
 *       ({@code "rel": "tag"})</td></tr>
 *   <tr><td>{@code altids}</td><td>the Vigie id ({@code "role": "vigie"}), the URL ({@code "url"}) and where it
 *       was read from ({@code "location"})</td></tr>
 *   <tr><td>{@code associations}</td><td>one {@code "type": "picture"} item per caption, named
 *       {@code picture1, picture2…}: {@code descriptions [{"role": "caption", "value"}]}, the credit as
 *       {@code by}, the caption's date as {@code contentcreated}</td></tr>
 * </table>
 *
 * <p>Absent values are left out rather than written as null, as the ninjs schema expects.
 * Annotations (mentions, places, quotes) are not mapped yet: Vigie's own record carries them.
 */
public final class Ninjs {
  static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json#";
  private static final String URI_PREFIX = "urn:vigie:article:";

  private Ninjs() {}

  public static ObjectNode toTree(Article article) {
    ObjectNode item = ArticleJson.mapper().createObjectNode();
    String uri = URI_PREFIX + article.id();
    item.put("uri", uri);
    ObjectNode standard = item.putObject("standard");
    standard.put("name", "ninjs");
    standard.put("version", "2.1");
    standard.put("schema", SCHEMA);
    item.put("type", "text");
    item.put("representationtype", "full");
    item.put("pubstatus", "usable");
    item.put("version", article.contentHash());
    article.published().flatMap(Ninjs::dateTime).ifPresent(time -> item.put("versioncreated", time));
    article.language().ifPresent(language -> item.put("language", language));
    item.putArray("headlines").addObject().put("role", "main").put("value", article.title());
    String body = article.body().stream().map(Block::text).collect(Collectors.joining("\n\n"));
    item.putArray("bodies").addObject()
        .put("role", "main")
        .put("contenttype", "text/plain")
        .put("charcount", body.length())
        .put("wordcount", wordCount(body))
        .put("value", body);
    article.byline().ifPresent(byline -> item.put("by", byline));
    article.source().ifPresent(source -> item.putArray("infosources").addObject()
        .put("name", source).put("role", "publisher"));
    subjects(article, item);
    ArrayNode altids = item.putArray("altids");
    altids.addObject().put("role", "vigie").put("value", article.id());
    article.url().ifPresent(url -> altids.addObject().put("role", "url").put("value", url));
    altids.addObject().put("role", "location").put("value", article.location());
    associations(article.captions(), uri, item);
    return item;
  }

  private static void subjects(Article article, ObjectNode item) {
    if (article.section().isEmpty() && article.tags().isEmpty()) {
      return;
    }
    ArrayNode subjects = item.putArray("subjects");
    article.section().ifPresent(section -> subjects.addObject().put("name", section).put("rel", "section"));
    article.tags().forEach(tag -> subjects.addObject().put("name", tag).put("rel", "tag"));
  }

  private static void associations(List<Caption> captions, String uri, ObjectNode item) {
    if (captions.isEmpty()) {
      return;
    }
    ArrayNode associations = item.putArray("associations");
    for (int i = 0; i < captions.size(); i++) {
      Caption caption = captions.get(i);
      ObjectNode picture = associations.addObject();
      picture.put("name", "picture" + (i + 1));
      picture.put("uri", uri + ":picture:" + (i + 1));
      picture.put("type", "picture");
      picture.putArray("descriptions").addObject()
          .put("role", "caption").put("contenttype", "text/plain").put("value", caption.text());
      caption.credit().ifPresent(credit -> picture.put("by", credit));
      caption.date().map(Ninjs::startOfDay).ifPresent(date -> picture.put("contentcreated", date));
    }
  }

  /** The publication time as RFC 3339, which ninjs requires: a vaguer date becomes the start of its period. */
  static Optional<String> dateTime(Published published) {
    String value = published.value();
    try {
      return Optional.of(switch (published.precision()) {
        case YEAR -> startOfDay(Year.parse(value).atDay(1));
        case MONTH -> startOfDay(YearMonth.parse(value).atDay(1));
        case DAY -> startOfDay(LocalDate.parse(value));
        case MINUTE, SECOND -> value.matches(".*(Z|[+-]\\d\\d:?\\d\\d)$")
            ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.parse(value))
            : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(LocalDateTime.parse(value).atOffset(ZoneOffset.UTC));
      });
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String startOfDay(LocalDate date) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.atStartOfDay().atOffset(ZoneOffset.UTC));
  }

  private static int wordCount(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }
}
