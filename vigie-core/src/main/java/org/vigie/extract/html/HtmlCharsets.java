package org.vigie.extract.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.model.RawDocument;

/**
 * The charsets a web page declares, most authoritative first: the HTTP {@code Content-Type}
 * header (or the charset the fetcher recorded), then the page's own {@code <meta charset>} or
 * {@code <meta http-equiv="Content-Type">}, found by a prescan of the first bytes as the WHATWG
 * HTML standard prescribes ("determining the character encoding", section 13.2.3.2), with a wider
 * window since real pages put long scripts before their meta tags.
 */
final class HtmlCharsets {
  static final int PRESCAN_BYTES = 8192;
  private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
  private static final Pattern META_CHARSET = Pattern.compile(
      "(?i)<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");

  private HtmlCharsets() {}

  static List<String> declared(RawDocument raw) {
    List<String> labels = new ArrayList<>(2);
    raw.header("Content-Type").flatMap(HtmlCharsets::fromContentType).or(raw::declaredCharset).ifPresent(labels::add);
    inDocument(raw.content()).ifPresent(labels::add);
    return labels;
  }

  static Optional<String> fromContentType(String contentType) {
    Matcher m = HEADER_CHARSET.matcher(contentType);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The charset a page's meta tags name in its first bytes, read as ASCII. */
  static Optional<String> inDocument(byte[] content) {
    String head = new String(content, 0, Math.min(content.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
