package org.vigie.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.vigie.model.Published;

/**
 * Publication times as the index sorts and filters them: seconds since the epoch, UTC. Public for
 * the batch runner, which orders copies by the same times.
 */
public final class PublishedTimes {
  private PublishedTimes() {}

  /** A publication date as epoch seconds: the start of its day, month or year when that is all it says. */
  public static Optional<Long> epochSecond(Published published) {
    String value = published.value();
    try {
      return switch (published.precision()) {
        case YEAR -> Optional.of(Year.parse(value).atDay(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
        case MONTH -> Optional.of(YearMonth.parse(value).atDay(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
        case DAY -> Optional.of(LocalDate.parse(value).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
        case MINUTE, SECOND -> Optional.of(value.length() > 16 && (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:?\\d\\d$"))
            ? OffsetDateTime.parse(value).toEpochSecond()
            // A local time without its offset (a printed dateline): read as UTC, off by hours at most.
            : LocalDateTime.parse(value).toEpochSecond(ZoneOffset.UTC));
      };
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
