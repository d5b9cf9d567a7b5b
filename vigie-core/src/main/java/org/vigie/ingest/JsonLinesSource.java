package org.vigie.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.vigie.model.Published;
import org.vigie.model.RawDocument;
import org.vigie.pipeline.Failure;
import org.vigie.pipeline.FailureCause;

/**
 * JSON Lines dumps, one document an object a line: {@code url}, then {@code html} (a page) or
 * {@code text} (extracted text), and optionally {@code source} (the outlet) and {@code date} (ISO 8601,
 * the publication date, used when the page itself states none). A line that is not
 * a JSON object, or lacks both html and text, is a failure of its own; the other lines go on.
 */
public final class JsonLinesSource extends ArchiveSource {
  private static final ObjectMapper JSON = new ObjectMapper();
  public JsonLinesSource(Path file, int maxDocumentBytes, InstantSource clock) {
    this(ArchiveInput.of(file), maxDocumentBytes, clock);
  }

  /** A JSON Lines file on any file system, opened by the input's opener. */
  public JsonLinesSource(ArchiveInput input, int maxDocumentBytes, InstantSource clock) {
    super(input, maxDocumentBytes, clock);
  }

  /** Whether a file of this lower-case name is a JSON Lines dump. */
  public static boolean handles(String lowerCaseName) {
    return lowerCaseName.endsWith(".jsonl") || lowerCaseName.endsWith(".jsonl.gz")
        || lowerCaseName.endsWith(".ndjson") || lowerCaseName.endsWith(".ndjson.gz");
  }

  @Override
  public void read(Consumer<SourceItem> sink) throws IOException {
    try (InputStream raw = input().open();
        InputStream in = input().lowerCaseName().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
      LineInput lines = new LineInput(in);
      // A line over the limit is cut at one byte past it, which tells it apart from one that fits.
      int limit = maxDocumentBytes() + 1;
      byte[] line;
      long number = 0;
      while ((line = lines.readLine(limit)) != null) {
        number++;
        if (line.length == 0 || isBlank(line)) {
          continue;
        }
        sink.accept(item(line, number));
      }
    }
  }

  private SourceItem item(byte[] line, long number) {
    String location = location() + "#line=" + number;
    if (line.length > maxDocumentBytes()) {
      return unreadable(location, FailureCause.TOO_LARGE,
          "line " + number + " is over the " + maxDocumentBytes() + "-byte limit for one document", line.length);
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return unreadable(location, FailureCause.UNREADABLE,
          "line " + number + " is not valid JSON: " + e.getOriginalMessage(), line.length);
    } catch (IOException e) {
      return unreadable(location, FailureCause.UNREADABLE, "line " + number + " cannot be read: " + e.getMessage(),
          line.length);
    }
    if (node == null || !node.isObject()) {
      return unreadable(location, FailureCause.UNREADABLE, "line " + number + " is not a JSON object", line.length);
    }
    Optional<String> html = text(node, "html");
    Optional<String> text = text(node, "text").or(() -> text(node, "content"));
    if (html.isEmpty() && text.isEmpty()) {
      return unreadable(location, FailureCause.EMPTY, "line " + number + " has neither \"html\" nor \"text\"",
          line.length);
    }
    Optional<URI> url = text(node, "url").flatMap(JsonLinesSource::uri);
    Optional<String> outlet = text(node, "source").or(() -> url.map(URI::getHost));
    String mediaType = html.isPresent() ? "text/html" : "text/plain";
    byte[] content = html.orElseGet(text::get).getBytes(StandardCharsets.UTF_8);
    Optional<Published> date = text(node, "date").or(() -> text(node, "published")).flatMap(StatedDates::parse);
    return new SourceItem.Document(new RawDocument(URI.create(location), url, outlet, clock().instant(), List.of(),
        mediaType, Optional.of("UTF-8"), content, new RawDocument.Stated(date)));
  }

  private static SourceItem unreadable(String location, FailureCause cause, String message, long size) {
    return new SourceItem.Unreadable(location, new Failure("read", cause, message), size);
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
  }

  private static Optional<URI> uri(String text) {
    try {
      URI uri = new URI(text.strip());
      return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }
}
