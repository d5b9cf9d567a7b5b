package org.vigie.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who did what to whom, where and when, as one sentence reports it.
 *
 * @param type what happened, in words finer than the CAMEO root ("visit", "meeting", "agreement
 *     signed", "offensive launched", "arrest")
 * @param root the CAMEO top-level class of the event
 * @param factuality whether the text says it happened, says it did not, or only says it may
 * @param actors entity ids (or names as written, for actors no entity names: "police") of who did it
 * @param actorCountries ISO 3166-1 alpha-2 codes of the actors' countries, in the order of the actors, each once
 * @param target the entity id (or the words) of whom or what it was done to
 * @param place the name of the place where it happened, as the gazetteer names it
 * @param time a normalised time value (ISO 8601 / TimeML)
 * @param evidence the words each part was read from: the trigger, each actor, the target, the place, the time
 * @param span the sentence it was read from
 */
public record Event(String type, CameoRoot root, Factuality factuality, List<String> actors,
    List<String> actorCountries, Optional<String> target, Optional<String> place, Optional<String> time,
    List<EventArgument> evidence, Span span) {
  public Event {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(factuality, "factuality");
    actors = List.copyOf(actors);
    actorCountries = List.copyOf(actorCountries);
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(time, "time");
    evidence = List.copyOf(evidence);
    Objects.requireNonNull(span, "span");
  }

  /** The words that say what happened ("se sont rendus", "a lancé … une offensive"), when recorded. */
  public Optional<EventArgument> trigger() {
    return evidence.stream().filter(a -> a.role() == EventArgument.Role.TRIGGER).findFirst();
  }

  /** The country of the place, when there is a place. */
  public Optional<String> placeCountry() {
    return evidence.stream().filter(a -> a.role() == EventArgument.Role.PLACE).findFirst()
        .flatMap(EventArgument::country);
  }

  /** Whether the text reports it as having happened or happening, neither denied nor only possible. */
  public boolean asserted() {
    return factuality == Factuality.ASSERTED;
  }

  /** Whether the text says the event happened, did not, or only might (planned, conditional, future). */
  public enum Factuality {
    ASSERTED, NEGATED, UNCERTAIN
  }
}
