package org.vigie.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.vigie.model.TimeType;
import org.vigie.time.TimeMeaning.CalendarDate;
import org.vigie.time.TimeMeaning.ClockTime;
import org.vigie.time.TimeMeaning.Fixed;
import org.vigie.time.TimeMeaning.NotTime;
import org.vigie.time.TimeMeaning.PartOfYear;
import org.vigie.time.TimeMeaning.ShiftedDay;
import org.vigie.time.TimeMeaning.ShiftedUnit;
import org.vigie.time.TimeMeaning.WeekdayDate;

/**
 * Places a meaning on the calendar and writes its TimeML value. Deictic expressions ("hier",
 * "vendredi", "la semaine dernière") count from the anchor, the publication date; anaphoric ones
 * ("le lendemain", "la soirée", a bare "20 h") from the reference, the last day the text named.
 * What the text leaves open (the year of "le 17 juin", which Friday "vendredi" is) follows the
 * direction the words give, else the tense: past on or before the anchor, future on or after it,
 * the nearest when the tense is unknown, as in HeidelTime's news mode (Strötgen and Gertz, "Multilingual
 * and cross-domain temporal tagging", LRE 47(2), 2013).
 */
final class TimeResolver {

  /** A placed expression. {@code day} is the day it names, when it names one, to become the reference. */
  record Resolved(String value, TimeType type, Optional<LocalDate> day) {
    Resolved {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(day, "day");
    }
  }

  /**
   * @param anchor the publication date; empty when unknown, and then only expressions that carry
   *     their whole value are placed
   * @param reference the last day the text named, or the anchor
   * @param tense the tense of the clause, read only when a meaning needs it
   */
  record Context(Optional<LocalDate> anchor, Optional<LocalDate> reference, Supplier<Tense> tense) {}

  private TimeResolver() {}

  static Optional<Resolved> resolve(TimeMeaning meaning, Context context) {
    return switch (meaning) {
      case Fixed fixed -> Optional.of(new Resolved(fixed.value(), fixed.type(), Optional.empty()));
      case CalendarDate date -> calendar(date, context);
      case WeekdayDate weekday -> context.anchor().map(anchor -> day(weekday(weekday, anchor, context),
          weekday.part()));
      case ShiftedDay shift -> (shift.origin() == Origin.ANCHOR ? context.anchor() : context.reference())
          .map(origin -> day(origin.plusDays(shift.days()), shift.part()));
      case ShiftedUnit shift -> context.anchor().map(anchor -> unit(shift, anchor));
      case PartOfYear part -> partOfYear(part, context);
      case ClockTime clock -> context.reference().map(day -> clock(clock, day));
      case NotTime ignored -> Optional.empty();
    };
  }

  private static Optional<Resolved> calendar(CalendarDate date, Context context) {
    if (date.year().isPresent()) {
      int year = date.year().getAsInt();
      if (date.month().isEmpty()) {
        return Optional.of(new Resolved(String.format(Locale.ROOT, "%04d", year), TimeType.DATE, Optional.empty()));
      }
      return dated(year, date.month().getAsInt(), date.day(), date.part());
    }
    if (date.month().isEmpty() || context.anchor().isEmpty()) {
      return Optional.empty();
    }
    LocalDate anchor = context.anchor().get();
    int month = date.month().getAsInt();
    int best = Integer.MIN_VALUE;
    long bestDistance = Long.MAX_VALUE;
    Direction direction = direction(date.direction(), context);
    for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
      long distance = distance(year, month, date.day(), anchor);
      if (distance == Long.MIN_VALUE || !fits(distance, direction)) {
        continue;
      }
      if (Math.abs(distance) < bestDistance) {
        bestDistance = Math.abs(distance);
        best = year;
      }
    }
    return best == Integer.MIN_VALUE ? Optional.empty() : dated(best, month, date.day(), date.part());
  }

  /** Days (or months, for a month alone) from the anchor to the date in that year; MIN_VALUE if no such date. */
  private static long distance(int year, int month, OptionalInt day, LocalDate anchor) {
    if (day.isEmpty()) {
      return YearMonth.of(year, month).compareTo(YearMonth.from(anchor)) == 0 ? 0
          : (year - anchor.getYear()) * 12L + month - anchor.getMonthValue();
    }
    if (day.getAsInt() > YearMonth.of(year, month).lengthOfMonth()) {
      return Long.MIN_VALUE;
    }
    return LocalDate.of(year, month, day.getAsInt()).toEpochDay() - anchor.toEpochDay();
  }

  private static boolean fits(long distance, Direction direction) {
    return switch (direction) {
      case PAST -> distance <= 0;
      case FUTURE -> distance >= 0;
      case BEFORE -> distance < 0;
      case AFTER -> distance > 0;
      case BY_TENSE, THIS -> true;
    };
  }

  private static Direction direction(Direction written, Context context) {
    if (written != Direction.BY_TENSE) {
      return written;
    }
    return switch (context.tense().get()) {
      case PAST -> Direction.PAST;
      case FUTURE -> Direction.FUTURE;
      case PRESENT, UNKNOWN -> Direction.BY_TENSE;
    };
  }

  private static Optional<Resolved> dated(int year, int month, OptionalInt day, Optional<DayPart> part) {
    if (month < 1 || month > 12) {
      return Optional.empty();
    }
    if (day.isEmpty()) {
      return Optional.of(new Resolved(String.format(Locale.ROOT, "%04d-%02d", year, month), TimeType.DATE,
          Optional.empty()));
    }
    if (day.getAsInt() < 1 || day.getAsInt() > YearMonth.of(year, month).lengthOfMonth()) {
      return Optional.empty();
    }
    return Optional.of(day(LocalDate.of(year, month, day.getAsInt()), part));
  }

  /**
   * Which day a weekday names. In the past tense the last such day on or before the anchor, which may
   * be the anchor itself (a same-day report says "vendredi" on Friday); in the future or present (news
   * announces with the present: "le conseil se réunit mardi") the next on or after it.
   */
  private static LocalDate weekday(WeekdayDate weekday, LocalDate anchor, Context context) {
    DayOfWeek day = weekday.weekday();
    LocalDate past = anchor.with(TemporalAdjusters.previousOrSame(day));
    LocalDate future = anchor.with(TemporalAdjusters.nextOrSame(day));
    return switch (weekday.direction()) {
      case PAST -> past;
      case FUTURE -> future;
      case BEFORE -> anchor.with(TemporalAdjusters.previous(day));
      case AFTER -> anchor.with(TemporalAdjusters.next(day));
      case THIS -> anchor.with(DayOfWeek.MONDAY).plusDays(day.getValue() - 1L);
      case BY_TENSE -> switch (context.tense().get()) {
        case PAST -> past;
        case FUTURE, PRESENT -> future;
        case UNKNOWN -> anchor.toEpochDay() - past.toEpochDay() <= future.toEpochDay() - anchor.toEpochDay()
            ? past : future;
      };
    };
  }

  private static Resolved day(LocalDate date, Optional<DayPart> part) {
    return part.map(p -> new Resolved(date + "T" + p.code(), TimeType.TIME, Optional.of(date)))
        .orElseGet(() -> new Resolved(date.toString(), TimeType.DATE, Optional.of(date)));
  }

  private static Resolved unit(ShiftedUnit shift, LocalDate anchor) {
    LocalDate shifted = switch (shift.unit()) {
      case SECOND, MINUTE, HOUR, DAY -> anchor.plusDays(shift.unit() == CalendarUnit.DAY ? shift.amount() : 0);
      case WEEK, WEEKEND -> anchor.plusWeeks(shift.amount());
      case MONTH -> anchor.plusMonths(shift.amount());
      case QUARTER -> anchor.plusMonths(3L * shift.amount());
      case YEAR -> anchor.plusYears(shift.amount());
      case DECADE -> anchor.plusYears(10L * shift.amount());
      case CENTURY -> anchor.plusYears(100L * shift.amount());
    };
    String value = switch (shift.precision()) {
      case SECOND, MINUTE, HOUR, DAY -> shifted.toString();
      case WEEK -> week(shifted);
      case WEEKEND -> week(shifted) + "-WE";
      case MONTH -> YearMonth.from(shifted).toString();
      case QUARTER -> shifted.getYear() + "-Q" + shifted.get(IsoFields.QUARTER_OF_YEAR);
      case YEAR -> String.format(Locale.ROOT, "%04d", shifted.getYear());
      case DECADE -> String.format(Locale.ROOT, "%03d", shifted.getYear() / 10);
      case CENTURY -> String.format(Locale.ROOT, "%02d", shifted.getYear() / 100);
    };
    boolean day = shift.precision().compareTo(CalendarUnit.DAY) <= 0;
    return new Resolved(value, TimeType.DATE, day ? Optional.of(shifted) : Optional.empty());
  }

  private static String week(LocalDate date) {
    return String.format(Locale.ROOT, "%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
        date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static Optional<Resolved> partOfYear(PartOfYear part, Context context) {
    if (part.year().isPresent()) {
      return Optional.of(partValue(part.year().getAsInt(), part.part()));
    }
    if (context.anchor().isEmpty()) {
      return Optional.empty();
    }
    LocalDate anchor = context.anchor().get();
    Direction direction = direction(part.direction(), context);
    long anchorMonth = anchor.getYear() * 12L + anchor.getMonthValue() - 1;
    int best = Integer.MIN_VALUE;
    long bestDistance = Long.MAX_VALUE;
    for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
      long first = year * 12L + part.part().firstMonth() - 1;
      long last = first + part.part().months() - 1;
      // Months from the anchor to the part: zero while the anchor lies inside it.
      long distance = anchorMonth < first ? first - anchorMonth : anchorMonth > last ? last - anchorMonth : 0;
      if (fits(distance, direction) && Math.abs(distance) < bestDistance) {
        bestDistance = Math.abs(distance);
        best = year;
      }
    }
    return best == Integer.MIN_VALUE ? Optional.empty() : Optional.of(partValue(best, part.part()));
  }

  private static Resolved partValue(int year, YearPart part) {
    return new Resolved(String.format(Locale.ROOT, "%04d-%s", year, part.code()), TimeType.DATE, Optional.empty());
  }

  private static Resolved clock(ClockTime clock, LocalDate day) {
    LocalDate date = clock.hour() == 24 ? day.plusDays(1) : day;
    int hour = clock.hour() % 24;
    String value = String.format(Locale.ROOT, "%sT%02d:%02d", date, hour, clock.minute());
    if (clock.zone().isPresent()) {
      ZoneOffset offset = clock.zone().get().getRules().getOffset(LocalDateTime.of(date,
          java.time.LocalTime.of(hour, clock.minute())));
      value += offset(offset);
    }
    return new Resolved(value, TimeType.TIME, Optional.of(date));
  }

  /** ISO 8601 offset as TimeML writes it: "Z", "+01", "-04", "+05:30". */
  private static String offset(ZoneOffset offset) {
    int seconds = offset.getTotalSeconds();
    if (seconds == 0) {
      return "Z";
    }
    int minutes = Math.abs(seconds) / 60;
    String sign = seconds < 0 ? "-" : "+";
    return minutes % 60 == 0 ? String.format(Locale.ROOT, "%s%02d", sign, minutes / 60)
        : String.format(Locale.ROOT, "%s%02d:%02d", sign, minutes / 60, minutes % 60);
  }
}
