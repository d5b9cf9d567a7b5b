package org.vigie.extract.html;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.model.Precision;
import org.vigie.model.Published;
import org.vigie.time.AbsoluteDates;
import org.vigie.time.DateMention;

/**
 * Reads the dates that pages put in metadata and markup: ISO 8601 in its web variants
 * ("2019-11-18T10:05:00Z", "2019-11-18 10:05:00 +0100", "2019-11-18"), RFC 1123 ("Mon, 18 Nov 2019
 * 10:05:00 GMT"), Unix epochs, and written dates ({@link AbsoluteDates}). The result keeps what
 * was stated: the offset when the source gave one, and the precision down to the second.
 */
final class DateValues {
  private static final Pattern ISO = Pattern.compile(
      "^\\s*(\\d{4})-?(\\d{2})-?(\\d{2})(?:[T\\s]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?"
          + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern EPOCH = Pattern.compile("^\\s*(\\d{10}|\\d{13})\\s*$");
  private static final int MAX_CHARS = 200;

  private DateValues() {}

  /** The moment a metadata value states, or empty when it states none. */
  static Optional<Published> parse(String value) {
    if (value == null || value.isBlank() || value.length() > MAX_CHARS) {
      return Optional.empty();
    }
    Matcher iso = ISO.matcher(value);
    if (iso.matches()) {
      return iso(iso);
    }
    Matcher epoch = EPOCH.matcher(value);
    if (epoch.matches()) {
      long number = Long.parseLong(epoch.group(1));
      Instant instant = epoch.group(1).length() == 13 ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
      if (instant.isAfter(Instant.parse("1995-01-01T00:00:00Z")) && instant.isBefore(Instant.parse("2100-01-01T00:00:00Z"))) {
        return Optional.of(new Published(format(instant.atOffset(ZoneOffset.UTC)), Precision.SECOND, false));
      }
      return Optional.empty();
    }
    try {
      OffsetDateTime rfc = OffsetDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
      return Optional.of(new Published(format(rfc), Precision.SECOND, false));
    } catch (DateTimeParseException e) {
      // not RFC 1123; try written forms
    }
    return written(value);
  }

  /** The first complete date written in a text ("Published 3 July 2020, 18:12"), or empty. */
  static Optional<Published> written(String text) {
    List<DateMention> dates = AbsoluteDates.find(text);
    if (dates.isEmpty()) {
      return Optional.empty();
    }
    DateMention first = dates.getFirst();
    if (first.time().isPresent()) {
      return Optional.of(new Published(first.date().atTime(first.time().get()).toString(), Precision.MINUTE, false));
    }
    return Optional.of(new Published(first.date().toString(), Precision.DAY, false));
  }

  private static Optional<Published> iso(Matcher m) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
      if (date.getYear() < 1990 || date.getYear() > 2100) {
        return Optional.empty();
      }
      if (m.group(4) == null) {
        return Optional.of(new Published(date.toString(), Precision.DAY, false));
      }
      int seconds = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      LocalDateTime local = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), seconds);
      Precision precision = m.group(6) == null ? Precision.MINUTE : Precision.SECOND;
      String zone = m.group(7);
      if (zone == null) {
        return Optional.of(new Published(format(local, precision), precision, false));
      }
      ZoneOffset offset = offset(zone);
      return Optional.of(new Published(format(local, precision) + (offset.getTotalSeconds() == 0 ? "Z" : offset.getId()),
          precision, false));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** To the second, with "Z" for UTC, as the ISO parse path writes it. */
  private static String format(OffsetDateTime time) {
    String offset = time.getOffset().getTotalSeconds() == 0 ? "Z" : time.getOffset().getId();
    return format(time.toLocalDateTime(), Precision.SECOND) + offset;
  }

  private static String format(LocalDateTime local, Precision precision) {
    return local.format(precision == Precision.SECOND
        ? DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss") : DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm"));
  }

  private static ZoneOffset offset(String zone) {
    String z = zone.toUpperCase(java.util.Locale.ROOT);
    if (z.equals("Z") || z.equals("UTC") || z.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    String digits = z.replace(":", "");
    int sign = digits.charAt(0) == '-' ? -1 : 1;
    int hours = Integer.parseInt(digits.substring(1, 3));
    int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }
}
