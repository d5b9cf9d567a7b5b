package org.vigie.time;

import java.time.DayOfWeek;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.MatchResult;

/**
 * One match of a rule, read through the language's words: the groups a template named ({@code
 * month}, {@code day}, {@code qty}…) as values, and the text around the match for rules that look
 * at their neighbours.
 */
final class RuleMatch {
  private static final int MAX_USES = 4;
  private final String text;
  private final MatchResult match;
  private final TimeWords words;

  RuleMatch(String text, MatchResult match, TimeWords words) {
    this.text = text;
    this.match = match;
    this.words = words;
  }

  int start() {
    return match.start();
  }

  int end() {
    return match.end();
  }

  /** The whole match as written. */
  String written() {
    return text.substring(match.start(), match.end());
  }

  /**
   * A named group as written, or null when the template lacks it or it did not take part. A
   * placeholder used again in another alternative is numbered ({@code qty2}): the one that took
   * part is read.
   */
  String group(String name) {
    for (int use = 1; use <= MAX_USES; use++) {
      try {
        String group = use == 1 ? name : name + use;
        if (match.start(group) >= 0) {
          return text.substring(match.start(group), match.end(group));  // as written, not lower-cased
        }
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  /** Start offset of a named group that took part, or -1. */
  int start(String name) {
    for (int use = 1; use <= MAX_USES; use++) {
      try {
        int start = match.start(use == 1 ? name : name + use);
        if (start >= 0) {
          return start;
        }
      } catch (IllegalArgumentException e) {
        return -1;
      }
    }
    return -1;
  }

  boolean has(String name) {
    return group(name) != null;
  }

  /** A named group folded (lower case, no accents), or "" when absent. */
  String folded(String name) {
    String value = group(name);
    return value == null ? "" : Vocabulary.fold(value);
  }

  Integer month() {
    return words.months().get(group("month")).orElse(null);
  }

  Optional<DayOfWeek> weekday() {
    return words.weekdays().get(group("weekday"));
  }

  Optional<DayPart> part() {
    return words.parts().get(group("part"));
  }

  Optional<CalendarUnit> unit() {
    return words.units().get(group("unit"));
  }

  /** The written quantity; empty for words like "quelques" that give none. */
  OptionalInt quantity() {
    String written = group("qty");
    return written == null ? OptionalInt.empty() : words.numbers().parse(written);
  }

  Integer day() {
    String written = group("day");
    if (written == null) {
      return null;
    }
    String digits = written.replaceAll("\\D", "");
    return digits.isEmpty() ? 1 : Integer.parseInt(digits);  // "premier", "first"
  }

  Integer year() {
    String written = group("year");
    return written == null ? null : Integer.parseInt(written);
  }

  Integer number(String name) {
    String written = group(name);
    return written == null ? null : Integer.parseInt(written.replaceAll("\\D", ""));
  }

  /** Up to {@code length} characters of text before the match. */
  String before(int length) {
    return text.substring(Math.max(0, start() - length), start());
  }

  /** True when the text just before the match ends with what {@code pattern} finds (it should end in {@code $}). */
  boolean preceded(java.util.regex.Pattern pattern) {
    return pattern.matcher(before(24)).find();
  }

  /** Up to {@code length} characters of text after the match. */
  String after(int length) {
    return text.substring(end(), Math.min(text.length(), end() + length));
  }

  /** True when the group is written with a capital first letter (English months and weekdays always are). */
  boolean capitalized(String name) {
    String value = group(name);
    return value != null && !value.isEmpty() && Character.isUpperCase(value.charAt(0));
  }

  /** True when the group is in lower case or all in capitals (a headline), not capitalised like a name. */
  boolean notNameCased(String name) {
    String value = group(name);
    if (value == null || value.isEmpty()) {
      return false;
    }
    return !Character.isUpperCase(value.charAt(0)) || value.equals(value.toUpperCase(java.util.Locale.ROOT))
        || startsSentence(start(name));
  }

  private boolean startsSentence(int at) {
    int i = at - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i < 0 || ".!?:«\"“(\n".indexOf(text.charAt(i)) >= 0 || text.charAt(at - 1) == '\n';
  }
}
