package org.vigie.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigie.model.EntityType;

/**
 * A person named in full once is then named by surname: "Khalifa Haftar" … "maréchal Haftar",
 * "Hulusi Akar" … "Akar". A name that is the surname of exactly one full name of a person in the
 * document is that person (type PER, whatever the tagger said), and untagged occurrences of the
 * surname are found. The surname is the last word, with its particle when it has one ("de Gaulle",
 * "al-Sarraj").
 */
final class ShortForms implements Correction {
  private final Lexicon lexicon;

  ShortForms(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public List<Name> apply(TokenDocument document, List<Name> names) {
    Map<String, Set<String>> fullNames = surnames(document, names);
    if (fullNames.isEmpty()) {
      return names;
    }
    List<Name> result = new ArrayList<>(names.size());
    for (Name name : names) {
      boolean shortForm = name.type() != EntityType.PER && name.length() <= 2 && !afterPlacePreposition(document, name)
          && fullOf(document, name, fullNames).isPresent();
      result.add(shortForm ? name.withType(EntityType.PER) : name);
    }
    Coverage covered = new Coverage(document, names);
    for (int s = 0; s < document.sentences().size(); s++) {
      TokenSentence sentence = document.sentence(s);
      if (document.shouting(s)) {
        continue;
      }
      for (int i = 0; i < sentence.size(); i++) {
        String word = sentence.token(i);
        if (covered.covers(s, i) || !Words.capitalised(word) || Words.allCaps(word) && word.length() < 4) {
          continue;
        }
        Set<String> full = fullNames.get(document.folded(s, i));
        boolean alone = (i + 1 >= sentence.size() || !Words.capitalised(sentence.token(i + 1)))
            && (i == 0 || !Words.capitalised(sentence.token(i - 1)) || i == 1);
        if (full != null && full.size() == 1 && alone && !afterPlacePreposition(document, new Name(s, i, i + 1,
            EntityType.PER))) {
          result.add(new Name(s, i, i + 1, EntityType.PER));
          covered.add(s, i, i + 1);
        }
      }
    }
    result.sort(Name.ORDER);
    return result;
  }

  /**
   * "à Lucerne", "de Lucerne", "in Jordan": a word after a preposition of place is a place, whatever
   * person of the document shares it ("Kursaal de Lucerne" tagged a person, "Michael Jordan").
   */
  private static boolean afterPlacePreposition(TokenDocument document, Name name) {
    if (name.start() == 0) {
      return false;
    }
    return PLACE_PREPOSITIONS.contains(Words.folded(document.token(name.sentence(), name.start() - 1)));
  }

  private static final Set<String> PLACE_PREPOSITIONS = Set.of("à", "a", "au", "en", "de", "d'", "vers", "près",
      "in", "at", "near", "from", "to", "of");

  /** Surname (folded) → the full names (folded) of persons that end with it. */
  Map<String, Set<String>> surnames(TokenDocument document, List<Name> names) {
    Map<String, Set<String>> surnames = new HashMap<>();
    for (Name name : names) {
      if (name.type() != EntityType.PER || name.length() < 2 || document.shouting(name.sentence())) {
        continue;
      }
      String last = document.token(name.sentence(), name.end() - 1);
      if (!Words.capitalised(last) || last.length() < 2) {
        continue;
      }
      String full = Words.folded(document.text(name));
      surnames.computeIfAbsent(Words.folded(last), k -> new HashSet<>()).add(full);
      Optional<String> withParticle = withParticle(document, name);
      withParticle.ifPresent(p -> surnames.computeIfAbsent(p, k -> new HashSet<>()).add(full));
    }
    return surnames;
  }

  /** The full name this short form stands for, when exactly one matches. */
  Optional<String> fullOf(TokenDocument document, Name name, Map<String, Set<String>> surnames) {
    Set<String> full = surnames.get(Words.folded(document.text(name)));
    if (full == null || full.size() != 1 || full.contains(Words.folded(document.text(name)))) {
      return Optional.empty();
    }
    return Optional.of(full.iterator().next());
  }

  private Optional<String> withParticle(TokenDocument document, Name name) {
    if (name.length() < 3) {
      return Optional.empty();
    }
    String particle = document.token(name.sentence(), name.end() - 2);
    return lexicon.is(Lexicon.Kind.PARTICLE, document.language(), particle) && !Words.capitalised(particle)
        ? Optional.of(Words.folded(document.text(name.sentence(), name.end() - 2, name.end())))
        : Optional.empty();
  }
}
