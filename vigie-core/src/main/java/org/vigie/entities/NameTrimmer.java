package org.vigie.entities;

import java.util.ArrayList;
import java.util.List;
import org.vigie.entities.Lexicon.Kind;
import org.vigie.model.EntityType;

/**
 * Names neither start nor end with a function word or punctuation ("au Japon" → "Japon", "Raw du"
 * → "Raw"), and a person's name does not hold the title before it ("maréchal Khalifa Haftar",
 * "M. Walewski"): the title is the role's, read by {@link RoleFinder}. A capitalised function word
 * is stripped only where a sentence or a quotation starts ("Aux États-Unis"), since inside a
 * sentence it belongs to the name ("La Haye", "Le Caire"); a name the gazetteer lists is kept whole.
 */
final class NameTrimmer implements Correction {
  private final Lexicon lexicon;

  NameTrimmer(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public List<Name> apply(TokenDocument document, List<Name> names) {
    List<Name> trimmed = new ArrayList<>(names.size());
    for (Name name : names) {
      Name result = trim(document, name);
      if (result != null) {
        trimmed.add(result);
      }
    }
    return trimmed;
  }

  private Name trim(TokenDocument document, Name name) {
    if (lexicon.gazetteerType(document.text(name)).isPresent()) {
      return name;
    }
    String language = document.language();
    TokenSentence sentence = document.sentence(name.sentence());
    int start = name.start();
    int end = name.end();
    while (start < end && (BRACKETING.contains(sentence.token(start)) && !sentence.token(start).equals("(")
        || isFunctionWordAt(language, sentence, start))) {
      start++;
    }
    // Titles next; a particle after a title is the name's ("général de Gaulle" → "de Gaulle").
    while (name.type() == EntityType.PER && end - start > 1 && isTitle(language, sentence.token(start))) {
      start++;
      if (start < end && sentence.token(start).equals(".")) {
        start++;
      }
    }
    while (end > start && (isTrailingPunctuation(sentence.token(end - 1)) && !closesBracket(sentence, start, end)
        || lexicon.is(Kind.FUNCTION, language, sentence.token(end - 1))
        && !Words.capitalised(sentence.token(end - 1)))) {
      end--;
    }
    if (start >= end) {
      return null;
    }
    return start == name.start() && end == name.end() ? name : name.withTokens(start, end);
  }

  /**
   * A function word in lower case, or a capitalised preposition where a sentence or a quotation
   * starts ("Aux États-Unis"); a capitalised article or "de" starts titles and names ("Le Seigneur
   * des anneaux", "De Gaulle").
   */
  private boolean isFunctionWordAt(String language, TokenSentence sentence, int index) {
    String word = sentence.token(index);
    if (!lexicon.is(Kind.FUNCTION, language, word)) {
      return false;
    }
    if (!Words.capitalised(word)) {
      return true;
    }
    boolean starts = index == 0 || !Words.wordLike(sentence.token(index - 1));
    return starts && !lexicon.is(Kind.PARTICLE, language, word) && !ARTICLES.contains(Words.folded(word));
  }

  private static final java.util.Set<String> ARTICLES = java.util.Set.of("le", "la", "les", "l'", "un", "une",
      "the", "a", "an");

  /** "M", "Mr", "maréchal", "président": a title or a role head before a person's name. */
  private boolean isTitle(String language, String word) {
    return lexicon.is(Kind.TITLE, language, word)
        || !Words.allCaps(word) && lexicon.is(Kind.ROLE, language, word);
  }

  /** "Mladost ( L )": a closing bracket stays when the name opened it. */
  private static boolean closesBracket(TokenSentence sentence, int start, int end) {
    return sentence.token(end - 1).equals(")") && sentence.tokens().subList(start, end - 1).contains("(");
  }

  /** Punctuation that opens or closes a phrase around a name, never part of one ("C++", "Yahoo!" keep theirs). */
  private static boolean isTrailingPunctuation(String token) {
    return BRACKETING.contains(token);
  }

  private static final java.util.Set<String> BRACKETING = java.util.Set.of(",", ";", ":", "(", ")", "[", "]", "«", "»",
      "\"", "“", "”", "'", "’", "‘", "-", "–", "—", "/", "¬");
}
