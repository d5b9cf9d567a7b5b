package org.vigie.time;

import java.util.List;
import java.util.Set;

/**
 * How English shows tense in words: a modal of the future, a past-tense verb (irregular or in -ed),
 * a present auxiliary, which with a participle after it tells of the past ("has met").
 */
final class EnglishTenseCues implements TenseCues {
  private static final Set<String> FUTURE_WORDS = Set.of("will", "ll", "shall", "won'", "wo", "scheduled",
      "planned", "plans", "plan", "upcoming", "tomorrow", "next", "would", "expected", "due", "slated", "set");
  private static final Set<String> PAST_WORDS = Set.of("was", "were", "had", "did", "said", "told", "ago", "last",
      "yesterday", "met", "went", "came", "took", "made", "gave", "held", "left", "won", "lost", "saw", "spoke",
      "wrote", "began", "became", "brought", "thought", "found", "got", "sent", "knew", "ran", "sat", "stood", "fell",
      "flew", "paid", "shot", "struck", "sold", "spent", "threw", "wore", "led", "fought", "caught", "taught", "built",
      "felt", "kept", "meant", "heard", "broke", "chose", "drove", "rose", "woke", "forgot", "hid",
      "bought", "dealt", "lit", "slid", "spun", "swore", "tore", "understood", "withdrew", "overtook", "froze");
  private static final Set<String> PRESENT_WORDS = Set.of("is", "are", "am", "says", "does", "has", "have", "do");
  private static final Set<String> NOT_PAST = Set.of("need", "speed", "seed", "feed", "bed", "red", "shed", "bled",
      "hundred", "indeed", "united", "based", "related", "limited", "ahead", "instead", "proceed", "succeed",
      "exceed", "creed", "breed", "greed", "weed", "reed", "tweed", "deed", "sled", "wed", "naked", "wicked",
      "sacred", "kindred", "rugged", "ragged", "beloved", "learned", "aged", "alleged", "supposed");

  /** An English word's tense: a modal of the future, a past-tense verb (irregular or in -ed), a present auxiliary. */
  @Override
  public Tense classify(List<String> tokens, int index) {
    String word = tokens.get(index);
    if (word.isEmpty()) {
      return Tense.UNKNOWN;
    }
    if (FUTURE_WORDS.contains(word)) {
      return Tense.FUTURE;
    }
    if (word.equals("going") && index + 1 < tokens.size() && tokens.get(index + 1).equals("to")) {
      return Tense.FUTURE;
    }
    if (PAST_WORDS.contains(word)) {
      return Tense.PAST;
    }
    if (PRESENT_WORDS.contains(word)) {
      // "has met", "have said": the present perfect tells of the past
      for (int j = index + 1; j < tokens.size() && j <= index + 3; j++) {
        String next = tokens.get(j);
        if (next.equals("been") || PAST_WORDS.contains(next) || pastParticiple(next)) {
          return Tense.PAST;
        }
        if (FUTURE_WORDS.contains(next) || next.equals("going")) {
          return Tense.FUTURE;
        }
      }
      return Tense.PRESENT;
    }
    if (pastParticiple(word)) {
      String previous = index > 0 ? tokens.get(index - 1) : "";
      return previous.equals("be") || previous.equals("to") ? Tense.UNKNOWN : Tense.PAST;
    }
    return Tense.UNKNOWN;
  }

  private static boolean pastParticiple(String word) {
    return word.length() >= 4 && word.endsWith("ed") && !NOT_PAST.contains(word);
  }
}
