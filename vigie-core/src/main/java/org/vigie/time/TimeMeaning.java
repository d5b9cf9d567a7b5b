package org.vigie.time;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.vigie.model.TimeType;

/**
 * What a time expression says before it is placed on the calendar: the parts the text wrote, and
 * how to find the rest from the anchor, the last date named, or the tense. {@link TimeResolver}
 * turns a meaning into a TimeML value.
 */
public sealed interface TimeMeaning {

  /**
   * A date with some parts written: "le 17 juin" (month and day), "mai 1988", "2002", "septembre
   * dernier" (a month strictly before the anchor).
   */
  record CalendarDate(OptionalInt year, OptionalInt month, OptionalInt day, Direction direction,
      Optional<DayPart> part) implements TimeMeaning {
    public CalendarDate {
      Objects.requireNonNull(year, "year");
      Objects.requireNonNull(month, "month");
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(direction, "direction");
      Objects.requireNonNull(part, "part");
    }

    public static CalendarDate of(Integer year, Integer month, Integer day, Direction direction) {
      return new CalendarDate(optional(year), optional(month), optional(day), direction, Optional.empty());
    }

    private static OptionalInt optional(Integer value) {
      return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }
  }

  /** A day named by its weekday: "vendredi", "lundi prochain", "mardi soir", "last Friday". */
  record WeekdayDate(DayOfWeek weekday, Direction direction, Optional<DayPart> part) implements TimeMeaning {
    public WeekdayDate {
      Objects.requireNonNull(weekday, "weekday");
      Objects.requireNonNull(direction, "direction");
      Objects.requireNonNull(part, "part");
    }
  }

  /** A day counted in days: "hier" (-1 from the anchor), "le lendemain" (+1 from the last date named). */
  record ShiftedDay(int days, Origin origin, Optional<DayPart> part) implements TimeMeaning {
    public ShiftedDay {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(part, "part");
    }
  }

  /**
   * A calendar unit counted from the anchor: "la semaine dernière" (week -1, said as a week), "cette
   * année" (year 0), "il y a une semaine" (week -1, said as a day).
   *
   * @param precision the unit the value is written in
   */
  record ShiftedUnit(CalendarUnit unit, int amount, CalendarUnit precision) implements TimeMeaning {
    public ShiftedUnit {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(precision, "precision");
    }
  }

  /** A season, quarter or half: "l'été dernier", "au premier trimestre 2019". */
  record PartOfYear(YearPart part, OptionalInt year, Direction direction) implements TimeMeaning {
    public PartOfYear {
      Objects.requireNonNull(part, "part");
      Objects.requireNonNull(year, "year");
      Objects.requireNonNull(direction, "direction");
    }
  }

  /** A time of day on the last date named: "18 h 55", "10:30 a.m. EDT", "midi". */
  record ClockTime(int hour, int minute, Optional<ZoneId> zone) implements TimeMeaning {
    public ClockTime {
      if (hour < 0 || hour > 24 || minute < 0 || minute > 59) {
        throw new IllegalArgumentException("not a time of day: " + hour + ":" + minute);
      }
      Objects.requireNonNull(zone, "zone");
    }
  }

  /** A value that needs no anchor: durations ("P3D"), sets ("XXXX-WXX-1"), decades ("196"), "PAST_REF". */
  record Fixed(String value, TimeType type) implements TimeMeaning {
    public Fixed {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(type, "type");
    }
  }

  /** Words that look like a time expression but are not one ("âgé de 24 ans"): they block other rules. */
  record NotTime() implements TimeMeaning {}
}
