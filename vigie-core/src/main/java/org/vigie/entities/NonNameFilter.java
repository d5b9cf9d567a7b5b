package org.vigie.entities;

import java.util.ArrayList;
import java.util.List;
import org.vigie.entities.Lexicon.Kind;

/**
 * Drops what a tagger takes for a name but is not one: words without a capital or a digit (OCR
 * debris, "ac", "evi"), a lone pronoun, determiner, weekday or "État", a lone title,
 * department or organisation word ("Mme", "Défense", "Conseil": which one, the word alone does not say), and
 * interface words and editorial marks of crawled pages ("Rechercher", "NDLR", "Dernières Infos").
 */
final class NonNameFilter implements Correction {
  private final Lexicon lexicon;

  NonNameFilter(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public List<Name> apply(TokenDocument document, List<Name> names) {
    List<Name> kept = new ArrayList<>(names.size());
    for (Name name : names) {
      if (isName(document, name)) {
        kept.add(name);
      }
    }
    return kept;
  }

  boolean isName(TokenDocument document, Name name) {
    TokenSentence sentence = document.sentence(name.sentence());
    boolean capital = false;
    boolean allInterface = true;
    for (int i = name.start(); i < name.end(); i++) {
      String token = sentence.token(i);
      if (Words.hasCapital(token) || !token.isEmpty() && Character.isDigit(token.charAt(0))) {
        capital = true;
      }
      if (Words.wordLike(token) && !lexicon.is(Kind.INTERFACE, document.language(), token)) {
        allInterface = false;
      }
    }
    if (!capital || allInterface) {
      return false;
    }
    String first = sentence.token(name.start());
    if (name.type() != org.vigie.model.EntityType.PER && !Words.capitalised(first)
        && lexicon.is(Kind.ROLE, document.language(), first)) {
      return false; // "ministre turc de la Défense": a role, whose holder is the name
    }
    if (name.length() > 1) {
      return true;
    }
    String word = sentence.token(name.start());
    return !lexicon.is(Kind.NOT_A_NAME, document.language(), word) && !lexicon.is(Kind.TITLE, document.language(), word)
        && !lexicon.is(Kind.ORG_HEAD, document.language(), word)
        && !lexicon.is(Kind.ROLE_PART, document.language(), word);
  }
}
