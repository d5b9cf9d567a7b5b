package org.vigie.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One part of an event as the text gives it.
 *
 * @param text the words as written ("le 17 juin", "Hulusi Akar", "la capitale")
 * @param value what they were read as: the entity id, the place's GeoNames id, the normalised time,
 *     the trigger's event type; the words themselves when nothing resolves them
 * @param country ISO 3166-1 alpha-2 code of the actor's, target's or place's country, when known
 */
public record EventArgument(Role role, String text, String value, Optional<String> country, Span span) {
  public EventArgument {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(span, "span");
  }

  /** The part an argument plays in its event. */
  public enum Role {
    TRIGGER, ACTOR, TARGET, PLACE, TIME
  }
}
