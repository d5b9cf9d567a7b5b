package org.vigie.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * When an article was published.
 *
 * @param value ISO 8601: a date ({@code 2020-07-03}), or a date-time with its offset when known
 * @param precision how much of {@code value} is known
 * @param inferred true when no source stated it and Vigie estimated it from the text
 */
public record Published(String value, Precision precision, boolean inferred) {
  public Published {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(precision, "precision");
  }

  /**
   * The point in time, in epoch seconds: the start (UTC) of the day, month or year when that is all
   * it says; a local time without its offset (a printed dateline) is read as UTC, off by hours at
   * most. Empty when the value does not parse.
   */
  public Optional<Long> epochSecond() {
    try {
      return switch (precision) {
        case YEAR -> Optional.of(Year.parse(value).atDay(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
        case MONTH -> Optional.of(YearMonth.parse(value).atDay(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
        case DAY -> Optional.of(LocalDate.parse(value).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
        case MINUTE, SECOND -> Optional.of(value.length() > 16 && (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:?\\d\\d$"))
            ? OffsetDateTime.parse(value).toEpochSecond()
            : LocalDateTime.parse(value).toEpochSecond(ZoneOffset.UTC));
      };
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
