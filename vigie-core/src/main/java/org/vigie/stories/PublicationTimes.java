package org.vigie.stories;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.vigie.model.Published;

/** A publication date as a point in time (the start of its day, month or year when that is all it says). */
final class PublicationTimes {
  private PublicationTimes() {}

  static Optional<Long> epochSecond(Published published) {
    String value = published.value();
    try {
      return switch (published.precision()) {
        case YEAR -> Optional.of(Year.parse(value).atDay(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
        case MONTH -> Optional.of(YearMonth.parse(value).atDay(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
        case DAY -> Optional.of(LocalDate.parse(value).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
        case MINUTE, SECOND -> Optional.of(OffsetDateTime.parse(value).toEpochSecond());
      };
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
