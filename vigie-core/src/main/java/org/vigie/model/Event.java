package org.vigie.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who did what to whom, where and when, as one sentence reports it.
 *
 * @param type what happened ("visit", "meeting", "agreement", "attack")
 * @param actors entity ids (or names) of who did it
 * @param time a normalised time value
 */
public record Event(String type, List<String> actors, Optional<String> target, Optional<String> place,
    Optional<String> time, Span span) {
  public Event {
    Objects.requireNonNull(type, "type");
    actors = List.copyOf(actors);
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(span, "span");
  }
}
