package org.vigie.events;

import java.util.List;
import java.util.Optional;
import org.vigie.model.Event;
import org.vigie.model.Place;
import org.vigie.model.TimeExpression;

/**
 * An event as one sentence gives it, before the article's other sentences are read: what its
 * trigger is, who acts, on whom, where and when.
 *
 * @param first the trigger's first word ({@code end} exclusive); for a noun with a light verb, the light verb's
 * @param nominal whether a noun says it ("la visite de X"), which may name an event told elsewhere
 * @param edge the first word of the clause the event was read in
 */
record Candidate(TriggerLexicon.Entry entry, EventSentence sentence, int first, int end, List<Participant> actors,
    Optional<Participant> target, Optional<Place> place, Optional<TimeExpression> time, Event.Factuality factuality,
    boolean nominal, int edge) {

  Candidate {
    actors = List.copyOf(actors);
  }

  Candidate withActors(List<Participant> value) {
    return new Candidate(entry, sentence, first, end, value, target, place, time, factuality, nominal, edge);
  }

  Candidate withTarget(Optional<Participant> value) {
    return new Candidate(entry, sentence, first, end, actors, value, place, time, factuality, nominal, edge);
  }

  Candidate withPlace(Optional<Place> value) {
    return new Candidate(entry, sentence, first, end, actors, target, value, time, factuality, nominal, edge);
  }
}
