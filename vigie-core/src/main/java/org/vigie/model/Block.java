package org.vigie.model;

import java.util.Objects;

/** One block of an article body, in reading order: its text is what spans with {@code in=body} point into. */
public record Block(BlockKind kind, String text) {
  public Block {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  public static Block paragraph(String text) {
    return new Block(BlockKind.PARAGRAPH, text);
  }
}
