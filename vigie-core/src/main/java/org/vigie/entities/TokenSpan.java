package org.vigie.entities;

import java.util.Objects;
import org.vigie.model.EntityType;

/** A name in a sentence: its tokens {@code [start, end)} and its type. */
public record TokenSpan(int start, int end, EntityType type) {
  public TokenSpan {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("not a token span: " + start + ".." + end);
    }
  }
}
