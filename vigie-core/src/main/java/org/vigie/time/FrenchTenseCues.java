package org.vigie.time;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How French shows tense in words: an auxiliary followed by a participle (passé composé,
 * plus-que-parfait), an imperfect, a future or conditional ending; "a" or "est" alone is the present.
 */
final class FrenchTenseCues implements TenseCues {
  private static final Set<String> FUTURE_WORDS = Set.of("sera", "seront", "serai", "serons", "serez", "aura",
      "auront", "aurai", "va", "vont", "vais", "ira", "iront", "devra", "devront", "pourra", "pourront", "prévu",
      "prévue", "prévus", "prévues", "doit", "doivent", "programmé", "programmée", "prochain", "prochaine",
      "demain");
  private static final Set<String> PAST_WORDS = Set.of("avait", "avaient", "était", "étaient", "fut", "furent",
      "eut", "eurent", "hier", "dernier", "dernière", "récemment");
  private static final Set<String> AUXILIARIES = Set.of("a", "ont", "ai", "as", "avons", "avez", "est", "sont",
      "suis", "es", "sommes", "êtes", "avait", "avaient", "était", "étaient");
  private static final Set<String> ADVERBS = Set.of("ne", "n'", "pas", "déjà", "aussi", "bien", "encore",
      "notamment", "enfin", "également", "finalement", "toujours", "jamais", "plus", "alors", "ainsi", "donc",
      "d'ailleurs", "ensuite", "longtemps", "beaucoup", "tout", "très", "peu", "vite", "pu", "dû", "su", "voulu",
      "été");
  private static final Set<String> NOT_VERBS = Set.of("caméra", "opéra", "extra", "ultra", "sierra", "choléra",
      "cobra", "mantra", "fait", "lait", "trait", "souhait", "portrait", "attrait", "retrait", "extrait", "parfait",
      "bienfait", "méfait", "forfait", "plait", "entre", "contre", "notre", "votre", "autre", "lundi", "mardi",
      "mercredi", "jeudi", "vendredi", "samedi", "midi", "parmi", "ici", "lui", "qui", "ni", "si", "mais", "puis",
      "depuis", "plus", "tous", "sous", "ceux", "eux", "vous", "nous", "jusqu'", "aujourd'", "hui", "mi", "pu");
  private static final Set<String> DETERMINERS = Set.of("le", "la", "l'", "les", "un", "une", "des", "du", "de",
      "d'", "ce", "cette", "sa", "son", "ses", "leur", "leurs", "notre", "votre");
  private static final Pattern PARTICIPLE = Pattern.compile(
      "[^\\-]{1,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|int|inte|ints|ort|orts)");
  private static final Pattern FUTURE_ENDING = Pattern.compile(".{2,}(?:era|eront|erons|erez|ira|iront|dra|dront|"
      + "tra|tront|rra|rront|ura|uront)");
  private static final Pattern CONDITIONAL_ENDING = Pattern.compile(".{2,}r(?:ait|aient)");

  /**
   * A French word's tense: an auxiliary followed by a participle (passé composé, plus-que-parfait),
   * an imperfect, a future or conditional ending; "a" or "est" alone is the present.
   */
  @Override
  public Tense classify(List<String> tokens, int index) {
    String word = tokens.get(index);
    if (word.isEmpty() || NOT_VERBS.contains(word)) {
      return Tense.UNKNOWN;
    }
    if (FUTURE_WORDS.contains(word) || word.equals("avant") && index + 1 < tokens.size()
        && tokens.get(index + 1).startsWith("qu")) {
      return Tense.FUTURE;  // "avant que le bilan soit rendu public lundi": what is still to come
    }
    if (AUXILIARIES.contains(word)) {
      for (int j = index + 1; j < tokens.size() && j <= index + 4; j++) {
        String next = tokens.get(j);
        if (ADVERBS.contains(next) && !next.equals("été") && !next.equals("pu") && !next.equals("dû")) {
          continue;
        }
        if (FUTURE_WORDS.contains(next)) {
          return Tense.FUTURE;  // "est prévue"
        }
        if (next.equals("été") || next.equals("pu") || next.equals("dû") || next.equals("eu")
            || !NOT_VERBS.contains(next) && PARTICIPLE.matcher(next).matches()) {
          return Tense.PAST;
        }
        break;
      }
      return PAST_WORDS.contains(word) ? Tense.PAST : Tense.PRESENT;
    }
    if (PAST_WORDS.contains(word)) {
      return Tense.PAST;
    }
    boolean afterDeterminer = index > 0 && DETERMINERS.contains(tokens.get(index - 1));
    if (afterDeterminer) {
      return Tense.UNKNOWN;
    }
    if (CONDITIONAL_ENDING.matcher(word).matches()) {
      return Tense.FUTURE;  // the conditional looks ahead of the time spoken of
    }
    if (word.endsWith("aient") || word.length() > 4 && word.endsWith("ait")) {
      return Tense.PAST;
    }
    if (FUTURE_ENDING.matcher(word).matches()) {
      return Tense.FUTURE;
    }
    return Tense.UNKNOWN;
  }
}
