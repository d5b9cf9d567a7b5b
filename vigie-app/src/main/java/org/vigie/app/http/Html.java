package org.vigie.app.http;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * The one way pages are written: templates whose {@code {}} holes are filled with values escaped for
 * HTML text and attributes, unless a value is already {@link Safe} (a fragment made the same way).
 * No other path from data to markup exists, so a title carrying {@code <script>} stays text.
 */
final class Html {
  private Html() {}

  /** Markup known to be safe: made by {@link #t} or {@link #join}, never from raw data. */
  record Safe(String html) {
    static final Safe EMPTY = new Safe("");

    Safe {
      Objects.requireNonNull(html, "html");
    }

    @Override
    public String toString() {
      return html;
    }
  }

  /** The template with each {@code {}} replaced by the next value, escaped unless {@link Safe}. */
  static Safe t(String template, Object... values) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    int from = 0;
    int next = 0;
    for (int hole = template.indexOf("{}"); hole >= 0; hole = template.indexOf("{}", from)) {
      out.append(template, from, hole);
      if (next >= values.length) {
        throw new IllegalArgumentException("more holes than values in: " + template);
      }
      Object value = values[next++];
      out.append(value instanceof Safe safe ? safe.html() : escape(String.valueOf(value)));
      from = hole + 2;
    }
    if (next != values.length) {
      throw new IllegalArgumentException("more values than holes in: " + template);
    }
    out.append(template, from, template.length());
    return new Safe(out.toString());
  }

  static Safe join(Iterable<Safe> parts) {
    StringBuilder out = new StringBuilder();
    parts.forEach(p -> out.append(p.html()));
    return new Safe(out.toString());
  }

  /** Text for an element's content or a quoted attribute value. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A query-string value. */
  static String param(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A path segment: like a query value, but a space is %20. */
  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A decoded path made safe again for an href: each segment percent-encoded. */
  static String segmentPath(String path) {
    return String.join("/", java.util.Arrays.stream(path.split("/", -1)).map(Html::segment).toList());
  }

  /**
   * A link to the outside only when it is http or https: a stored URL of {@code javascript:} or
   * {@code data:} must never become a link.
   */
  static java.util.Optional<String> webLink(String url) {
    try {
      URI uri = URI.create(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
          ? java.util.Optional.of(uri.toString()) : java.util.Optional.empty();
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  /**
   * A highlighted snippet from the index, which escaped the text and added only {@code <b>}: turned
   * into {@code <mark>} here and re-checked, so that nothing else can pass.
   */
  static Safe snippet(String escapedWithBold) {
    String marked = escapedWithBold.replace("<b>", "\u0001").replace("</b>", "\u0002");
    if (marked.indexOf('<') >= 0 || marked.indexOf('>') >= 0) {
      // Not what the index writes: show it as text rather than trust it.
      return new Safe(escape(escapedWithBold.replace("<b>", "").replace("</b>", "")));
    }
    return new Safe(marked.replace("\u0001", "<mark>").replace("\u0002", "</mark>"));
  }
}
