package org.vigie.time;

import java.util.BitSet;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a language's rule table: a pattern over the text in lower case (expanded from a
 * template that names the language's words) and what a match means. A match whose interpretation
 * is empty is no time expression (a capitalised "Mars", a number that is a quantity).
 */
final class TimeRule implements TimeSpotter {
  /** Characters below this are checked against {@link #starts}; others are always tried. */
  private static final int KNOWN_CHARACTERS = 0x250;

  /** Reads a match: its meaning, or empty when the match is not a time expression after all. */
  @FunctionalInterface
  interface Interpretation {
    Optional<TimeMeaning> read(RuleMatch match);
  }

  private final String name;
  private final Pattern pattern;
  private final TimeWords words;
  private final Interpretation interpretation;
  private final BitSet starts;

  TimeRule(String name, Pattern pattern, TimeWords words, Interpretation interpretation) {
    this.name = Objects.requireNonNull(name, "name");
    this.pattern = Objects.requireNonNull(pattern, "pattern");
    this.words = Objects.requireNonNull(words, "words");
    this.interpretation = Objects.requireNonNull(interpretation, "interpretation");
    this.starts = starts(pattern);
  }

  String name() {
    return name;
  }

  /**
   * Tries the pattern only where a word or a sign begins, and only at characters a match can begin
   * with: most positions of a text are skipped without running the regular expression, which is
   * what makes sixty rules affordable.
   */
  @Override
  public void spot(TimeText text, Consumer<Candidate> out) {
    String lower = text.lower();
    Matcher matcher = pattern.matcher(lower).useTransparentBounds(true).useAnchoringBounds(false);
    int length = lower.length();
    for (int i = 0; i < length; i++) {
      char c = lower.charAt(i);
      if (c < KNOWN_CHARACTERS ? !starts.get(c) : Character.isWhitespace(c)) {
        continue;
      }
      if (i > 0 && Character.isLetterOrDigit(lower.charAt(i - 1)) && Character.isLetterOrDigit(c)) {
        continue;  // inside a word
      }
      matcher.region(i, length);
      if (!matcher.lookingAt() || matcher.end() == i) {
        continue;
      }
      RuleMatch match = new RuleMatch(text.original(), matcher.toMatchResult(), words);
      interpretation.read(match).ifPresent(meaning -> out.accept(new Candidate(match.start(), match.end(), meaning,
          name)));
      i = matcher.end() - 1;
    }
  }

  /**
   * The characters a match can begin with, found by offering the pattern each character alone: one
   * that can begin a match either matches or makes the matcher ask for more input ({@link
   * Matcher#hitEnd()}).
   */
  private static BitSet starts(Pattern pattern) {
    BitSet set = new BitSet(KNOWN_CHARACTERS);
    for (char c = 0; c < KNOWN_CHARACTERS; c++) {
      Matcher probe = pattern.matcher(String.valueOf(c));
      if (probe.lookingAt() || probe.hitEnd()) {
        set.set(c);
      }
    }
    return set;
  }
}
