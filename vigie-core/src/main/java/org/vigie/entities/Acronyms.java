package org.vigie.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.model.EntityType;

/**
 * Acronyms and their expansions are one name: "Gouvernement d'union nationale (GNA)", "Government
 * of National Accord (GNA)". The expansion is found as Schwartz and Hearst find it ("A simple
 * algorithm for identifying abbreviation definitions in biomedical text", PSB 2003): the words just
 * before a parenthesised acronym whose initials, function words aside, spell it. Without the
 * parenthesis, a capitalised name whose initials spell an acronym used in the same document is its
 * expansion too ("ONU" … "Organisation des Nations unies"). The expansion becomes a name if the
 * tagger missed it, every occurrence of the acronym is tagged, and both take one type: the
 * tagger's for either, else ORG.
 */
final class Acronyms implements Correction {
  private static final int MAX_EXPANSION_WORDS = 10;

  private final Lexicon lexicon;

  Acronyms(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** An acronym and where its expansion stands. */
  record Definition(String acronym, int sentence, int start, int end) {}

  @Override
  public List<Name> apply(TokenDocument document, List<Name> names) {
    List<Definition> definitions = definitions(document, names);
    if (definitions.isEmpty()) {
      return names;
    }
    List<Name> result = new ArrayList<>(names);
    for (Definition definition : definitions) {
      EntityType type = typeOf(document, result, definition);
      result.removeIf(n -> n.overlaps(definition.sentence(), definition.start(), definition.end())
          || isAcronym(document, n, definition.acronym()));
      result.add(new Name(definition.sentence(), definition.start(), definition.end(), type));
      Coverage covered = new Coverage(document, result);
      for (int s = 0; s < document.sentences().size(); s++) {
        TokenSentence sentence = document.sentence(s);
        for (int i = 0; i < sentence.size(); i++) {
          if (sentence.token(i).equals(definition.acronym()) && !covered.covers(s, i)) {
            result.add(new Name(s, i, i + 1, type));
          }
        }
      }
    }
    result.sort(Name.ORDER);
    return result;
  }

  /**
   * The type the tagger gave the acronym or its expansion, an organisation first (a tagger often
   * calls an expansion MISC), never a person: an acronym is not a person's name. ORG when untagged.
   */
  private EntityType typeOf(TokenDocument document, List<Name> names, Definition definition) {
    EntityType type = null;
    for (Name name : names) {
      boolean related = isAcronym(document, name, definition.acronym())
          || name.overlaps(definition.sentence(), definition.start(), definition.end());
      if (related && name.type() != EntityType.PER && (type == null || name.type() == EntityType.ORG)) {
        type = name.type();
      }
    }
    if (type == null || type == EntityType.MISC && lexicon.is(Lexicon.Kind.ORG_HEAD, document.language(),
        document.token(definition.sentence(), definition.start()))) {
      return EntityType.ORG; // "Gouvernement d'union nationale" names an organisation, whatever the tagger said
    }
    return type;
  }

  private static boolean isAcronym(TokenDocument document, Name name, String acronym) {
    return name.length() == 1 && document.token(name.sentence(), name.start()).equals(acronym);
  }

  /**
   * Every "expansion (ACRONYM)" of the document, the first definition of each acronym only. The
   * expansion is spelled by the initials, or is a name the tagger found right before the
   * parenthesis that starts with the acronym's first letter: French news keeps English acronyms
   * ("Gouvernement d'union nationale (GNA)", from Government of National Accord).
   */
  List<Definition> definitions(TokenDocument document, List<Name> names) {
    Map<String, Definition> found = new HashMap<>();
    for (int s = 0; s < document.sentences().size(); s++) {
      TokenSentence sentence = document.sentence(s);
      for (int i = 1; i + 2 < sentence.size(); i++) {
        String acronym = sentence.token(i + 1);
        if (!sentence.token(i).equals("(") || !sentence.token(i + 2).equals(")") || !isAcronym(acronym)
            || found.containsKey(acronym)) {
          continue;
        }
        int start = expansionStart(document.language(), sentence, i, letters(acronym));
        int tagged = taggedBefore(names, s, i, sentence, acronym);
        if (tagged >= 0 && (start < 0 || tagged < start)) {
          start = tagged; // the tagger's longer name: "Rally for the Return of (Refugees and Democracy in Rwanda)"
        }
        if (start >= 0 && insidePerson(names, s, start, i + 3)) {
          continue; // "Alan John Percivale (A.J.P.) Taylor"
        }
        if (start >= 0) {
          found.put(acronym, new Definition(acronym, s, start, i));
        }
      }
    }
    return List.copyOf(found.values());
  }

  private static boolean insidePerson(List<Name> names, int sentence, int start, int end) {
    return names.stream().anyMatch(n -> n.type() == EntityType.PER && n.overlaps(sentence, start, end));
  }

  private static int taggedBefore(List<Name> names, int sentence, int parenthesis, TokenSentence tokens,
      String acronym) {
    for (Name name : names) {
      if (name.sentence() == sentence && name.end() == parenthesis && name.type() != EntityType.PER
          && Words.folded(tokens.token(name.start())).charAt(0) == letters(acronym).charAt(0)) {
        return name.start();
      }
    }
    return -1;
  }

  /** "GNA", "U.N.", "OTAN": two to eight capitals, dots allowed. */
  static boolean isAcronym(String token) {
    String letters = letters(token);
    return letters.length() >= 2 && letters.length() <= 8 && Words.allCaps(token)
        && token.chars().allMatch(c -> Character.isLetter(c) || c == '.');
  }

  private static String letters(String token) {
    return token.replace(".", "").toLowerCase(Locale.ROOT);
  }

  /** The first token of the words before {@code end} whose initials spell the letters, or -1. */
  private int expansionStart(String language, TokenSentence sentence, int end, String letters) {
    int k = letters.length() - 1;
    int j = end - 1;
    int words = 0;
    while (j >= 0 && k >= 0 && words < MAX_EXPANSION_WORDS) {
      String token = sentence.token(j);
      if (!Words.wordLike(token)) {
        return -1;
      }
      if (skippable(language, token)) {
        j--;
        continue;
      }
      if (Words.folded(token.substring(0, 1)).charAt(0) != letters.charAt(k)) {
        return -1;
      }
      k--;
      j--;
      words++;
    }
    int start = j + 1;
    return k < 0 && start < end && Words.capitalised(sentence.token(start)) ? start : -1;
  }

  private boolean skippable(String language, String token) {
    return !Words.capitalised(token) && (lexicon.is(Lexicon.Kind.FUNCTION, language, token)
        || lexicon.is(Lexicon.Kind.PARTICLE, language, token));
  }

  /** The initials of a name's words, function words aside: what an acronym of it would spell. */
  String initials(TokenDocument document, Name name) {
    StringBuilder initials = new StringBuilder();
    for (int i = name.start(); i < name.end(); i++) {
      String token = document.token(name.sentence(), i);
      if (Words.wordLike(token) && !skippable(document.language(), token)) {
        initials.append(Words.folded(token.substring(0, 1)));
      }
    }
    return initials.toString();
  }
}
