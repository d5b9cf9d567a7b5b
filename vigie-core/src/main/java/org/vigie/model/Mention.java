package org.vigie.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A name as written in the text.
 *
 * @param entity the id of the {@link Entity} it refers to, when resolved
 */
public record Mention(String text, EntityType type, Optional<String> entity, Span span) {
  public Mention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(span, "span");
  }
}
