package org.vigie.time;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A complete calendar date written in a text ("3 juillet 2020", "July 3, 2020", "03/07/2020").
 *
 * @param start offset of the first character, inclusive (UTF-16 units)
 * @param end offset after the last character, exclusive
 * @param time the time of day written right after the date, if any
 */
public record DateMention(int start, int end, LocalDate date, Optional<LocalTime> time) {
  public DateMention {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(time, "time");
  }
}
