package org.vigie.time;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.model.TimeType;
import org.vigie.time.TimeMeaning.CalendarDate;
import org.vigie.time.TimeMeaning.ClockTime;
import org.vigie.time.TimeMeaning.Fixed;
import org.vigie.time.TimeMeaning.PartOfYear;
import org.vigie.time.TimeMeaning.ShiftedDay;
import org.vigie.time.TimeMeaning.ShiftedUnit;

/** Readings that the rule tables of several languages share: how a match becomes a meaning. */
final class Readings {
  private static final Pattern DECIMAL = Pattern.compile("\\d+[.,]\\d+");
  /** The ordinal of the last part of a year ("dernier trimestre", "last quarter"), whichever it is. */
  static final int LAST = -1;
  /** The year that two-digit decades are read against ("les années 20": the 1920s). */
  private static final int DECADE_GUESS_YEAR = 2000;

  private Readings() {}

  static Optional<TimeMeaning> date(Integer year, Integer month, Integer day, Direction direction) {
    if (month != null && (month < 1 || month > 12) || day != null && (day < 1 || day > 31)) {
      return Optional.empty();
    }
    return Optional.of(CalendarDate.of(year, month, day, direction));
  }

  /** A written amount of a unit as an ISO duration; "quelques jours" → PXD, "un an et demi" → P18M. */
  static Optional<TimeMeaning> duration(RuleMatch match, boolean half) {
    Optional<CalendarUnit> unit = match.unit();
    if (unit.isEmpty()) {
      return Optional.empty();
    }
    String written = match.group("qty");
    if (written == null) {
      return Optional.of(new Fixed(unit.get().duration("X"), TimeType.DURATION));
    }
    if (DECIMAL.matcher(written.trim()).matches()) {
      return Optional.of(new Fixed(unit.get().duration(written.trim().replace(',', '.')), TimeType.DURATION));
    }
    OptionalInt amount = match.quantity();
    if (amount.isEmpty() || amount.getAsInt() == 0) {
      return Optional.empty();
    }
    int n = amount.getAsInt();
    if (!half) {
      return Optional.of(new Fixed(unit.get().duration(String.valueOf(n)), TimeType.DURATION));
    }
    String value = switch (unit.get()) {
      case YEAR -> CalendarUnit.MONTH.duration(String.valueOf(n * 12 + 6));
      case DAY -> CalendarUnit.HOUR.duration(String.valueOf(n * 24 + 12));
      case HOUR -> "PT" + n + "H30M";
      case MINUTE -> "PT" + n + "M30S";
      default -> unit.get().duration(n + ".5");
    };
    return Optional.of(new Fixed(value, TimeType.DURATION));
  }

  /** The way a direction word ("dernier", "next") points, or the tense's way when there is none. */
  static Direction direction(RuleMatch match, Vocabulary<Direction> directions) {
    return directions.get(match.group("rel")).orElse(Direction.BY_TENSE);
  }

  /** Once a unit: "par semaine" → P1W, "daily" → P1D. */
  static Optional<TimeMeaning> once(Optional<CalendarUnit> unit) {
    return unit.map(u -> new Fixed(u.duration("1"), TimeType.SET));
  }

  /** Half a unit: "une demi-heure" → PT30M, "half a century" → P50Y. */
  static Optional<TimeMeaning> half(CalendarUnit unit) {
    String value = switch (unit) {
      case HOUR -> "PT30M";
      case DAY -> "PT12H";
      case YEAR -> "P6M";
      case CENTURY -> "P50Y";
      default -> null;
    };
    return Optional.ofNullable(value).map(v -> new Fixed(v, TimeType.DURATION));
  }

  /**
   * A time of day named by a word ("midi", "midnight", in {@code word}), read as such only after a
   * word that places a time ({@code atBefore}: "à midi"); alone it is as often the part of the day.
   */
  static Optional<TimeMeaning> clockWord(RuleMatch match, Pattern atBefore, Vocabulary<Integer> hours) {
    if (!match.preceded(atBefore)) {
      return Optional.empty();
    }
    return hours.get(match.group("word")).map(hour -> new ClockTime(hour, 0, Optional.empty()));
  }

  /** A day named from the anchor ("hier", "tomorrow", in {@code word}), with the part of the day written. */
  static Optional<TimeMeaning> deicticDay(RuleMatch match, Vocabulary<Integer> days, Optional<DayPart> part) {
    return days.get(match.group("word")).map(shift -> new ShiftedDay(shift, Origin.ANCHOR, part));
  }

  /** A recurrence every {@code qty} units: "chaque année" → P1Y, "tous les deux ans" → P2Y. */
  static Optional<TimeMeaning> every(RuleMatch match) {
    Optional<CalendarUnit> unit = match.unit();
    OptionalInt amount = match.has("qty") ? match.quantity() : OptionalInt.of(1);
    if (unit.isEmpty() || amount.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Fixed(unit.get().duration(String.valueOf(amount.getAsInt())), TimeType.SET));
  }

  /** Every such weekday: XXXX-WXX-1 for Mondays, with the part of the day when written. */
  static Optional<TimeMeaning> everyWeekday(RuleMatch match) {
    Optional<DayOfWeek> day = match.weekday();
    return day.map(d -> new Fixed("XXXX-WXX-" + d.getValue() + match.part().map(p -> "T" + p.code()).orElse(""),
        TimeType.SET));
  }

  /** A unit counted from the anchor, written in its own precision ("la semaine dernière" → 2002-W12). */
  static Optional<TimeMeaning> shifted(RuleMatch match, int sign) {
    Optional<CalendarUnit> unit = match.unit();
    OptionalInt amount = match.has("qty") ? match.quantity() : OptionalInt.of(1);
    if (unit.isEmpty() || amount.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ShiftedUnit(unit.get(), sign * amount.getAsInt(), unit.get()));
  }

  /**
   * "il y a deux ans", "three weeks ago": counted from the anchor and written as a day when the unit
   * is a week or less, else in the unit's precision; with no number ("il y a quelques jours") only
   * the side of the anchor is known.
   */
  static Optional<TimeMeaning> ago(RuleMatch match, int sign) {
    Optional<CalendarUnit> unit = match.unit();
    if (unit.isEmpty()) {
      return Optional.empty();
    }
    OptionalInt amount = match.quantity();
    if (!match.has("qty") || amount.isEmpty()) {
      return Optional.of(new Fixed(sign < 0 ? "PAST_REF" : "FUTURE_REF", TimeType.DATE));
    }
    CalendarUnit precision = unit.get().compareTo(CalendarUnit.WEEK) <= 0 ? CalendarUnit.DAY : unit.get();
    if (unit.get().compareTo(CalendarUnit.DAY) < 0) {
      return Optional.empty();  // "il y a deux heures": a time the anchor's day cannot place
    }
    return Optional.of(new ShiftedUnit(unit.get(), sign * amount.getAsInt(), precision));
  }

  /**
   * A decade written in digits ({@code digits}: "1960s", "années 80"; {@code short}: "'90s") or in
   * words ({@code word}: "the sixties", "les années soixante"), which {@code words} gives the first
   * year of.
   */
  static Optional<TimeMeaning> decade(RuleMatch match, Vocabulary<Integer> words) {
    for (String digits : new String[] {"digits", "short"}) {
      if (match.has(digits)) {
        return decade(Integer.parseInt(match.group(digits)), DECADE_GUESS_YEAR);
      }
    }
    return words.get(match.group("word")).flatMap(year -> decade(year, DECADE_GUESS_YEAR));
  }

  /** A decade from its written form: "60" → 196 (the 1960s), "1990" → 199, "2000" → 200. */
  private static Optional<TimeMeaning> decade(int written, int anchorGuessYear) {
    int year;
    if (written >= 1000) {
      year = written;
    } else if (written % 10 != 0 || written >= 100) {
      return Optional.empty();
    } else {
      // "les années 10" after 2010 is the 2010s; "les années 20" the 1920s until the 2030s say otherwise.
      year = 2000 + written <= anchorGuessYear - 10 ? 2000 + written : 1900 + written;
    }
    return Optional.of(new Fixed(String.format(Locale.ROOT, "%03d", year / 10), TimeType.DATE));
  }

  /**
   * A century from its ordinal in digits ({@code digits}: "19th"), in Roman numerals ({@code
   * roman}: "XIXe") or in words ({@code ordinal}: "nineteenth", "dix-neuvième"), which {@code
   * ordinals} gives the number of.
   */
  static Optional<TimeMeaning> century(RuleMatch match, Vocabulary<Integer> ordinals) {
    if (match.has("digits")) {
      return century(match.number("digits"));
    }
    if (match.has("roman")) {
      return century(roman(match.group("roman")));
    }
    return ordinals.get(match.group("ordinal")).flatMap(Readings::century);
  }

  /** A century from its ordinal: the 19th century (XIXe siècle) is TimeML "18". */
  private static Optional<TimeMeaning> century(int ordinal) {
    if (ordinal < 1 || ordinal > 30) {
      return Optional.empty();
    }
    return Optional.of(new Fixed(String.format(Locale.ROOT, "%02d", ordinal - 1), TimeType.DATE));
  }

  /** The value of a Roman numeral in capitals, or -1. */
  private static int roman(String written) {
    if (written == null || !written.equals(written.toUpperCase(Locale.ROOT))) {
      return -1;
    }
    int total = 0;
    int previous = 0;
    for (int i = written.length() - 1; i >= 0; i--) {
      int value = switch (written.charAt(i)) {
        case 'I' -> 1;
        case 'V' -> 5;
        case 'X' -> 10;
        case 'L' -> 50;
        default -> -1;
      };
      if (value < 0) {
        return -1;
      }
      total += value < previous ? -value : value;
      previous = Math.max(previous, value);
    }
    return total;
  }

  /**
   * The words around a bare year that make it a quantity: a number before it ("2 000"), a
   * quantifier ("plus de 1500"), a plural noun after it ("2000 manifestants"); a year before 1900
   * also needs a preposition that dates it ("en 1789"), else it is a number ("la résolution 1405").
   */
  record YearFilter(Pattern quantityBefore, Pattern oldYearBefore, Pattern quantityAfter, Set<String> notNouns) {
    Optional<TimeMeaning> read(RuleMatch m) {
      if (!m.has("mod") && (quantityBefore.matcher(m.before(16)).find()
          || m.year() < 1900 && !oldYearBefore.matcher(m.before(12)).find())) {
        return Optional.empty();
      }
      Matcher after = quantityAfter.matcher(m.after(24));
      if (after.find() && (after.group("word") == null || !notNouns.contains(after.group("word")))) {
        return Optional.empty();
      }
      return date(m.year(), null, null, Direction.BY_TENSE);
    }
  }

  /**
   * A season ({@code season}): with its year, or with a direction word ("l'été dernier", "last
   * summer"), or in the anchor's year after a demonstrative ({@code this}: "cet été"; English
   * writes "this summer" among its direction words); alone ("en hiver") it is any.
   */
  static Optional<TimeMeaning> season(RuleMatch match, Vocabulary<YearPart> seasons,
      Vocabulary<Direction> directions) {
    Optional<YearPart> part = seasons.get(match.group("season"));
    if (part.isEmpty()) {
      return Optional.empty();
    }
    if (match.has("year")) {
      return Optional.of(new PartOfYear(part.get(), OptionalInt.of(match.year()), Direction.BY_TENSE));
    }
    Direction written = match.has("rel") ? direction(match, directions)
        : match.has("this") ? Direction.THIS : Direction.BY_TENSE;
    if (written == Direction.BY_TENSE) {
      return Optional.empty();
    }
    return Optional.of(new PartOfYear(part.get(), OptionalInt.empty(), written));
  }

  /**
   * A quarter or half of a year from its ordinal ({@code ord}: "premier trimestre", "second half of
   * 2019") and the word for the part ({@code q}), which {@code partsPerYear} counts: 4 quarters, 2
   * halves. The {@link #LAST} is the fourth quarter or the second half. Its year, when not
   * written, follows the tense.
   */
  static Optional<TimeMeaning> partOfYear(RuleMatch match, Vocabulary<Integer> ordinals,
      Vocabulary<Integer> partsPerYear) {
    Optional<Integer> ordinal = ordinals.get(match.group("ord"));
    Optional<Integer> parts = partsPerYear.get(match.group("q"));
    if (ordinal.isEmpty() || parts.isEmpty()) {
      return Optional.empty();
    }
    boolean half = parts.get() == 2;
    int n = ordinal.get() == LAST ? parts.get() : ordinal.get();
    if (n < 1 || n > parts.get()) {
      return Optional.empty();
    }
    YearPart part = half ? (n == 1 ? YearPart.H1 : YearPart.H2) : YearPart.valueOf("Q" + n);
    OptionalInt year = match.has("year") ? OptionalInt.of(match.year()) : OptionalInt.empty();
    return Optional.of(new PartOfYear(part, year, Direction.BY_TENSE));
  }

  static Optional<TimeMeaning> fixed(String value, TimeType type) {
    return Optional.of(new Fixed(value, type));
  }
}
