package org.vigie.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Words attributed to someone.
 *
 * @param speaker the entity id of who said it, or the speaker's name as written when unresolved
 * @param cue the verb or phrase that attributes it ("a affirmé", "said", "selon")
 * @param direct true for quoted words, false for reported speech
 */
public record Quote(String text, Optional<String> speaker, Optional<String> cue, boolean direct, Span span) {
  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(span, "span");
  }
}
