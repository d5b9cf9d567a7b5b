package org.vigie.time;

import java.util.Objects;

/**
 * A stretch of text a rule reads as a time expression, before overlapping candidates are settled
 * and the meaning is placed on the calendar.
 *
 * @param rule the name of the rule that found it, for error reports
 */
record Candidate(int start, int end, TimeMeaning meaning, String rule) {
  Candidate {
    Objects.requireNonNull(meaning, "meaning");
    Objects.requireNonNull(rule, "rule");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("empty candidate " + start + ".." + end);
    }
  }

  int length() {
    return end - start;
  }

  Candidate extendedTo(int newStart, int newEnd, TimeMeaning newMeaning) {
    return new Candidate(newStart, newEnd, newMeaning, rule);
  }
}
