package org.vigie.time;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Numbers written in digits or words ("18", "dix-huit", "quatre-vingt-dix", "twenty-five"), read
 * the way both languages compose them: units and tens add up, "cent"/"hundred" multiplies what
 * comes before it, and French "quatre-vingt" is four twenties.
 */
final class NumberWords {
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]+");
  private static final Pattern DIGITS = Pattern.compile("\\d{1,6}");

  private final Vocabulary<Integer> words;
  private final String joiners;

  /**
   * @param words the number words with their values, "un" = 1 … "cent" = 100, "mille" = 1000
   * @param joiner the word that may join tens and units ("et", "and")
   */
  NumberWords(Vocabulary<Integer> words, String joiner) {
    this.words = words;
    this.joiners = joiner;
  }

  /** A pattern for one written number, digits or words, without a group. */
  String pattern() {
    String word = "(?:" + words.alternation() + ")";
    return "(?:\\d{1,6}(?:[.,]\\d+)?|" + word + "(?:(?:[\\-]|\\s+" + joiners + "[\\s\\-]+|\\s+)" + word + "){0,4})";
  }

  /** The value of a written number, empty when it is not one or not whole. */
  OptionalInt parse(String written) {
    String text = written.trim();
    if (DIGITS.matcher(text).matches()) {
      return OptionalInt.of(Integer.parseInt(text));
    }
    int total = 0;
    int current = 0;
    int last = -1;
    boolean any = false;
    for (String token : SEPARATORS.split(Vocabulary.fold(text))) {
      if (token.equals(joiners)) {
        continue;
      }
      Integer value = words.get(token).orElse(null);
      if (value == null) {
        return OptionalInt.empty();
      }
      any = true;
      if (value == 1000) {
        total += Math.max(current, 1) * 1000;
        current = 0;
      } else if (value == 100) {
        current = Math.max(current, 1) * 100;
      } else if (value == 20 && last == 4) {
        current += 76;  // "quatre-vingt": the four already counted becomes eighty
      } else {
        current += value;
      }
      last = value;
    }
    return any ? OptionalInt.of(total + current) : OptionalInt.empty();
  }
}
