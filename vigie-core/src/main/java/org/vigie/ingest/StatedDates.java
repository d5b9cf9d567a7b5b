package org.vigie.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.vigie.model.Precision;
import org.vigie.model.Published;

/** Dates that sources state in metadata (JSON Lines records, feed items), as publication dates. */
public final class StatedDates {
  private StatedDates() {}

  /** An ISO 8601 date or date-time, with its precision; empty when it is not one. */
  public static Optional<Published> parse(String text) {
    String value = text.strip();
    try {
      return Optional.of(new Published(OffsetDateTime.parse(value).toString(), Precision.SECOND, false));
    } catch (DateTimeParseException e) {
      // Not a date-time with an offset; try the shorter forms.
    }
    try {
      return Optional.of(new Published(LocalDateTime.parse(value).atOffset(ZoneOffset.UTC).toString(),
          Precision.SECOND, false));
    } catch (DateTimeParseException e) {
      // Not a local date-time either.
    }
    try {
      return Optional.of(new Published(LocalDate.parse(value).toString(), Precision.DAY, false));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  public static Published of(Instant instant) {
    return new Published(instant.atOffset(ZoneOffset.UTC).toString(), Precision.SECOND, false);
  }
}
