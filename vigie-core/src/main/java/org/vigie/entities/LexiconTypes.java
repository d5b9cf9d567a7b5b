package org.vigie.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigie.model.EntityType;

/**
 * Gazetteer evidence settles types: a listed organisation is an ORG ("ONU", "AFP"), a listed
 * country a LOC, and a people named by its demonym is MISC, as CoNLL has it ("les Français",
 * "Turks"), unless the word also names a place ("Suisse") or the tagger read a team ("Indians").
 * A city is often its team or its government ("Chicago beat Detroit"), so a listed city only
 * overrules a MISC. A person the tagger found keeps its type: "Washington" the man is read from
 * his sentence, not from a list.
 */
final class LexiconTypes implements Correction {
  private final Lexicon lexicon;

  LexiconTypes(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public List<Name> apply(TokenDocument document, List<Name> names) {
    List<Name> typed = new ArrayList<>(names.size());
    for (Name name : names) {
      typed.add(name.type() == EntityType.PER ? name : name.withType(type(document, name).orElse(name.type())));
    }
    return typed;
  }

  Optional<EntityType> type(TokenDocument document, Name name) {
    String text = document.text(name);
    if (lexicon.isOrganisation(text)) {
      return Optional.of(EntityType.ORG);
    }
    if (lexicon.countryCode(text).isPresent()) {
      return Optional.of(EntityType.LOC);
    }
    if (lexicon.placeCountry(text).isPresent()) {
      return name.type() == EntityType.MISC ? Optional.of(EntityType.LOC) : Optional.empty();
    }
    if (name.length() == 1 && name.type() != EntityType.ORG && Words.capitalised(text)
        && lexicon.demonymCountry(document.language(), text).isPresent()) {
      return Optional.of(EntityType.MISC);
    }
    return Optional.empty();
  }
}
