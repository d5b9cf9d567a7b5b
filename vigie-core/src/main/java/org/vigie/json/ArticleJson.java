package org.vigie.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vigie.model.Article;
import org.vigie.model.ArticleMetadata;
import org.vigie.model.Block;
import org.vigie.model.BlockKind;
import org.vigie.model.Caption;
import org.vigie.model.Precision;
import org.vigie.model.Published;

/**
 * Writes an article as the record of DESIGN.md section 7 and reads it back. Absent optional values
 * are written as JSON null, so every record has every field and scripts need no existence checks.
 */
public final class ArticleJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ArticleJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static ObjectNode toTree(Article article) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", article.id());
    node.put("url", article.url().orElse(null));
    node.put("location", article.location());
    node.put("source", article.source().orElse(null));
    node.put("section", article.section().orElse(null));
    node.put("title", article.title());
    node.put("byline", article.byline().orElse(null));
    node.put("language", article.language().orElse(null));
    putTime(node, "published", article.published());
    ArrayNode body = node.putArray("body");
    for (Block block : article.body()) {
      ObjectNode b = body.addObject();
      b.put("text", block.text());
      b.put("kind", block.kind().name().toLowerCase(Locale.ROOT));
    }
    ArrayNode captions = node.putArray("captions");
    for (Caption caption : article.captions()) {
      ObjectNode c = captions.addObject();
      c.put("text", caption.text());
      c.put("credit", caption.credit().orElse(null));
      c.put("date", caption.date().map(LocalDate::toString).orElse(null));
    }
    ArrayNode tags = node.putArray("tags");
    article.tags().forEach(tags::add);
    node.put("contentHash", article.contentHash());
    ArticleMetadata metadata = article.metadata();
    putTime(node, "modified", metadata.modified());
    node.put("siteName", metadata.siteName().orElse(null));
    node.put("description", metadata.description().orElse(null));
    node.put("image", metadata.image().orElse(null));
    ArrayNode authors = node.putArray("authors");
    metadata.authors().forEach(authors::add);
    AnnotationsJson.write(node, article.annotations(), article.grouping());
    return node;
  }

  /** A point in time as {"value", "precision", "inferred"}, or null. */
  static void putTime(ObjectNode node, String field, Optional<Published> time) {
    if (time.isPresent()) {
      Published published = time.get();
      ObjectNode p = node.putObject(field);
      p.put("value", published.value());
      p.put("precision", published.precision().name().toLowerCase(Locale.ROOT));
      p.put("inferred", published.inferred());
    } else {
      node.putNull(field);
    }
  }

  static Optional<Published> time(JsonNode node, String field) {
    JsonNode p = node.path(field);
    return p.isObject()
        ? Optional.of(new Published(p.path("value").asText(),
            Precision.valueOf(p.path("precision").asText().toUpperCase(Locale.ROOT)), p.path("inferred").asBoolean()))
        : Optional.empty();
  }

  public static String write(Article article) {
    try {
      return MAPPER.writeValueAsString(toTree(article));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an article tree always serialises", e);
    }
  }

  public static String writePretty(Article article) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(article));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an article tree always serialises", e);
    }
  }

  public static Article read(String json) {
    try {
      return fromTree(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not an article record: " + e.getOriginalMessage(), e);
    }
  }

  public static Article fromTree(JsonNode node) {
    List<Block> body = new ArrayList<>();
    for (JsonNode b : node.path("body")) {
      String kind = b.path("kind").asText("paragraph").toUpperCase(Locale.ROOT);
      body.add(new Block(BlockKind.valueOf(kind), b.path("text").asText()));
    }
    List<Caption> captions = new ArrayList<>();
    for (JsonNode c : node.path("captions")) {
      captions.add(new Caption(c.path("text").asText(), text(c, "credit"), text(c, "date").map(LocalDate::parse)));
    }
    List<String> tags = new ArrayList<>();
    node.path("tags").forEach(t -> tags.add(t.asText()));
    List<String> authors = new ArrayList<>();
    node.path("authors").forEach(a -> authors.add(a.asText()));
    ArticleMetadata metadata = new ArticleMetadata(time(node, "modified"), text(node, "siteName"),
        text(node, "description"), text(node, "image"), authors);
    return new Article(node.path("id").asText(), text(node, "url"), node.path("location").asText(),
        text(node, "source"), text(node, "section"), node.path("title").asText(), text(node, "byline"),
        time(node, "published"), text(node, "language"), body, captions, tags, node.path("contentHash").asText(),
        metadata, AnnotationsJson.readAnnotations(node), AnnotationsJson.readGrouping(node));
  }

  static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }
}
