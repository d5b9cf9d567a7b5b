package org.vigie.model;

import java.util.Objects;

/**
 * Where a fact was read: {@code [start, end)} in UTF-16 units (Java {@code String} indices) of the
 * title, of {@code body[index].text} or of {@code captions[index].text}.
 *
 * @param index the block or caption number; 0 for the title
 */
public record Span(SpanTarget in, int index, int start, int end) {
  public Span {
    Objects.requireNonNull(in, "in");
    if (index < 0 || start < 0 || end < start) {
      throw new IllegalArgumentException("not a span: " + in + "[" + index + "] " + start + ".." + end);
    }
  }

  /** The text this span covers in the article, or empty if the article has no such text. */
  public java.util.Optional<String> textIn(Article article) {
    String text = switch (in) {
      case TITLE -> article.title();
      case BODY -> index < article.body().size() ? article.body().get(index).text() : null;
      case CAPTION -> index < article.captions().size() ? article.captions().get(index).text() : null;
    };
    return text == null || end > text.length() ? java.util.Optional.empty()
        : java.util.Optional.of(text.substring(start, end));
  }
}
