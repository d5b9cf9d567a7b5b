package org.vigie.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything the recogniser knows of one language: its spotters in order of preference, how its
 * words show tense, and what may stand before a date with a day and belongs to the expression
 * ("le", a weekday: "le jeudi 23 mai").
 *
 * @param datePrefix a pattern that must match up to the end of the text before such a date
 */
record TimeLanguage(String code, List<TimeSpotter> spotters, Optional<TenseCues> tense,
    Optional<Pattern> datePrefix) {
  TimeLanguage {
    Objects.requireNonNull(code, "code");
    spotters = List.copyOf(spotters);
    Objects.requireNonNull(tense, "tense");
    Objects.requireNonNull(datePrefix, "datePrefix");
  }

  /** A language's rule table, then complete dates for what no rule reads. */
  static TimeLanguage withRules(String code, RuleTable table, TenseCues tense, Pattern datePrefix) {
    List<TimeSpotter> spotters = new ArrayList<>(table.rules());
    spotters.add(new CompleteDates());
    return new TimeLanguage(code, spotters, Optional.of(tense), Optional.of(datePrefix));
  }

  /** Complete dates only: for languages without a rule table. */
  static TimeLanguage completeDatesOnly(String code) {
    return new TimeLanguage(code, List.of(new CompleteDates()), Optional.empty(), Optional.empty());
  }
}
