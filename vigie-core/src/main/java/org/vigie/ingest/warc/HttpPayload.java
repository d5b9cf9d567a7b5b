package org.vigie.ingest.warc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.vigie.model.HttpHeader;

/**
 * An HTTP response as a WARC response record holds it (RFC 9112 message syntax): status line,
 * headers, body. Parsed leniently (LF line ends, folded headers) and decoded: a chunked body is
 * de-chunked and a gzip or deflate body inflated, within a size limit, since archives store what
 * the server sent.
 */
public record HttpPayload(int status, List<HttpHeader> headers, byte[] body, List<String> problems) {

  public HttpPayload {
    headers = List.copyOf(headers);
    Objects.requireNonNull(body, "body");
    problems = List.copyOf(problems);
  }

  public Optional<String> header(String name) {
    return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(HttpHeader::value).findFirst();
  }

  /** The media type without parameters, lower case ("text/html"), or empty. */
  public Optional<String> mediaType() {
    return header("Content-Type").map(v -> v.split(";")[0].strip().toLowerCase(Locale.ROOT)).filter(v -> !v.isEmpty());
  }

  /** The charset parameter of Content-Type, if any. */
  public Optional<String> charset() {
    return header("Content-Type").flatMap(HttpPayload::charsetOf);
  }

  static Optional<String> charsetOf(String contentType) {
    for (String parameter : contentType.split(";")) {
      String[] pair = parameter.split("=", 2);
      if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
        String value = pair[1].strip().replace("\"", "").replace("'", "");
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /** Parses a response block, or returns empty when the block is not an HTTP response. */
  public static Optional<HttpPayload> parse(byte[] block, int maxBodyBytes) {
    int position = 0;
    int lineEnd = lineEnd(block, position);
    if (lineEnd < 0) {
      return Optional.empty();
    }
    String statusLine = new String(block, 0, lineEnd, StandardCharsets.ISO_8859_1).strip();
    if (!statusLine.startsWith("HTTP/")) {
      return Optional.empty();
    }
    String[] parts = statusLine.split("\\s+", 3);
    int status;
    try {
      status = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    List<String> problems = new ArrayList<>();
    List<HttpHeader> headers = new ArrayList<>();
    position = lineEnd + 1;
    while (position < block.length) {
      int end = lineEnd(block, position);
      if (end < 0) {
        end = block.length;
      }
      String line = new String(block, position, end - position, StandardCharsets.ISO_8859_1);
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      position = end + 1;
      if (line.isEmpty()) {
        break;
      }
      if ((line.startsWith(" ") || line.startsWith("\t")) && !headers.isEmpty()) {
        HttpHeader last = headers.removeLast();
        headers.add(new HttpHeader(last.name(), last.value() + " " + line.strip()));
        continue;
      }
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.add(new HttpHeader(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
      }
    }
    byte[] body = java.util.Arrays.copyOfRange(block, Math.min(position, block.length), block.length);
    HttpPayload payload = new HttpPayload(status, headers, body, problems);
    return Optional.of(payload.decoded(maxBodyBytes));
  }

  private HttpPayload decoded(int maxBodyBytes) {
    List<String> notes = new ArrayList<>(problems);
    byte[] content = body;
    if (header("Transfer-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("chunked")).orElse(false)) {
      Optional<byte[]> dechunked = dechunk(content);
      if (dechunked.isPresent()) {
        content = dechunked.get();
      } else {
        notes.add("the body is not valid chunked encoding; kept as it is");
      }
    }
    String encoding = header("Content-Encoding").orElse("").strip().toLowerCase(Locale.ROOT);
    if (encoding.equals("gzip") || encoding.equals("x-gzip") || encoding.equals("deflate")) {
      try (InputStream in = encoding.equals("deflate") ? new InflaterInputStream(new ByteArrayInputStream(content))
          : new GZIPInputStream(new ByteArrayInputStream(content))) {
        content = in.readNBytes(maxBodyBytes);
      } catch (IOException e) {
        notes.add("the " + encoding + " body does not inflate (" + e.getMessage() + "); kept as it is");
      }
    }
    return new HttpPayload(status, headers, content, notes);
  }

  private static Optional<byte[]> dechunk(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
    int position = 0;
    while (position < body.length) {
      int end = lineEnd(body, position);
      if (end < 0) {
        return Optional.empty();
      }
      String sizeLine = new String(body, position, end - position, StandardCharsets.ISO_8859_1).strip();
      int semicolon = sizeLine.indexOf(';');
      if (semicolon >= 0) {
        sizeLine = sizeLine.substring(0, semicolon);
      }
      int size;
      try {
        size = Integer.parseInt(sizeLine.strip(), 16);
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      position = end + 1;
      if (size == 0) {
        return Optional.of(out.toByteArray());
      }
      int take = Math.min(size, body.length - position);
      out.write(body, position, take);
      position += take;
      int after = lineEnd(body, position);
      position = after < 0 ? body.length : after + 1;
    }
    return Optional.of(out.toByteArray());
  }

  private static int lineEnd(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
