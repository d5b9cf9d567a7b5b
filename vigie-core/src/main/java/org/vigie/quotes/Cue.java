package org.vigie.quotes;

import java.util.Objects;
import java.util.Optional;

/**
 * The words that attribute speech in a sentence: a verb of saying with its auxiliary ("a
 * affirmé", "said"), a preposition of source ("selon", "according to"), or the dash that signs a
 * quoted post ("— Name").
 *
 * @param pronoun the subject pronoun the cue carries itself ("a-t-il ajouté"), if any
 * @param takesObject true for verbs whose addressee comes before what is said ("told reporters that")
 */
record Cue(TextRange range, Kind kind, Optional<TextRange> pronoun, boolean takesObject) {
  enum Kind {
    /** A verb of saying: its subject is the speaker. */
    VERB,
    /** "selon", "d'après", "according to": the noun phrase after it is the speaker. */
    SOURCE,
    /** A dash after a quote, then the speaker's name, as quoted posts are signed. */
    SIGNATURE
  }

  Cue {
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(pronoun, "pronoun");
  }
}
