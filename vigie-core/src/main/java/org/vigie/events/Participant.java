package org.vigie.events;

import java.util.Optional;
import org.vigie.model.Place;
import org.vigie.model.Span;

/**
 * Someone or something an event involves, as the sentence gives it.
 *
 * @param kind a name the recogniser found, a noun for a group without a name ("la police"), the
 *     thing an event is about ("un accord de coopération"), or a country's capital named as such
 * @param value the entity id for a name, the resolved place's name for a capital, else the words
 * @param country the ISO 3166-1 alpha-2 code of its country, when the text gives one
 * @param place where it is, for a participant that is a place (a city attacked, a capital)
 * @param first the first word in its sentence ({@code -1} when read in another sentence)
 */
record Participant(Kind kind, String text, String value, Optional<String> country, Optional<Place> place,
    Span span, int first, int end) {

  enum Kind { NAME, GROUP, THEME, CAPITAL }

  /** Whether it may be whom an event is done to or with: a name, a group or a capital, not a thing. */
  boolean party() {
    return kind != Kind.THEME;
  }
}
