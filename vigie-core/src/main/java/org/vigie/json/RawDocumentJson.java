package org.vigie.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigie.model.HttpHeader;
import org.vigie.model.RawDocument;

/**
 * What a source said of a document besides its bytes (URL, outlet, headers, media type, charset,
 * stated date), as a JSON object kept with a failed document, so that its kept bytes can be
 * processed again exactly as they first arrived, without the source.
 */
public final class RawDocumentJson {
  private RawDocumentJson() {}

  /** The description of a document, without its location (the key it is kept under) and its bytes. */
  public static String describe(RawDocument document) {
    ObjectNode node = ArticleJson.mapper().createObjectNode();
    node.put("url", document.url().map(URI::toString).orElse(null));
    node.put("source", document.source().orElse(null));
    node.put("fetchedAt", document.fetchedAt().toString());
    node.put("mediaType", document.mediaType());
    node.put("charset", document.declaredCharset().orElse(null));
    ArrayNode headers = node.putArray("headers");
    for (HttpHeader header : document.headers()) {
      headers.addObject().put("name", header.name()).put("value", header.value());
    }
    ArticleJson.putTime(node, "statedPublished", document.stated().published());
    return node.toString();
  }

  /**
   * The document at {@code location} with {@code content}, as the description says it arrived; empty
   * when the description cannot be read (a damaged record is treated as none).
   */
  public static Optional<RawDocument> read(String description, URI location, byte[] content) {
    try {
      JsonNode node = ArticleJson.mapper().readTree(description);
      List<HttpHeader> headers = new ArrayList<>();
      for (JsonNode header : node.path("headers")) {
        headers.add(new HttpHeader(header.path("name").asText(), header.path("value").asText()));
      }
      return Optional.of(new RawDocument(location, ArticleJson.text(node, "url").map(URI::create),
          ArticleJson.text(node, "source"), Instant.parse(node.path("fetchedAt").asText()), headers,
          node.path("mediaType").asText(), ArticleJson.text(node, "charset"), content,
          new RawDocument.Stated(ArticleJson.time(node, "statedPublished"))));
    } catch (JsonProcessingException | DateTimeParseException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
