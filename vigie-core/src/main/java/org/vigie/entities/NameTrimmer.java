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
    while (start < end && (!Words.wordLike(sentence.token(start)) || isFunctionWordAt(language, sentence, start))) {
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
        || lexicon.is(Kind.FUNCTION, language, sentence.token(end - 1)) && !Words.capitalised(sentence.token(end - 1)))) {
      end--;
    }
    if (start >= end) {
      return null;
    }
    return start == name.start() && end == name.end() ? name : name.withTokens(start, end);
  }

  /** A function word in lower case, or capitalised where a sentence or a quotation starts. */
  private boolean isFunctionWordAt(String language, TokenSentence sentence, int index) {
    String word = sentence.token(index);
    if (!lexicon.is(Kind.FUNCTION, language, word)) {
      return false;
    }
    return !Words.capitalised(word) || index == 0 || !Words.wordLike(sentence.token(index - 1));
  }

  /** "M", "Mr", "maréchal", "président": a title or a role head before a person's name. */
  private boolean isTitle(String language, String word) {
    return lexicon.is(Kind.TITLE, language, word)
        || !Words.allCaps(word) && lexicon.is(Kind.ROLE, language, word);
  }

  /** "Mladost ( L )": a closing bracket stays when the name opened it. */
  private static boolean closesBracket(TokenSentence sentence, int start, int end) {
    return sentence.token(end - 1).equals(")") && sentence.tokens().subList(start, end - 1).contains("(");
  }

  private static boolean isTrailingPunctuation(String token) {
    return !Words.wordLike(token) && !token.equals(".");
  }
}
