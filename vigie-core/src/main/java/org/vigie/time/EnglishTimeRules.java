package org.vigie.time;

import static org.vigie.time.Readings.date;
import static org.vigie.time.Readings.fixed;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigie.model.TimeType;
import org.vigie.time.TimeMeaning.ClockTime;
import org.vigie.time.TimeMeaning.NotTime;
import org.vigie.time.TimeMeaning.ShiftedDay;
import org.vigie.time.TimeMeaning.WeekdayDate;

/**
 * The English rule table. Extents follow the TimeML guidelines as TimeBank applies them: "last
 * week", "the 1960s", "two days ago" are whole expressions, "on" and "in" stay outside. English
 * writes months and weekdays with a capital, which tells "May" from "may" and "March" from "march".
 */
final class EnglishTimeRules {
  private static final Pattern QUANTITY_AFTER = Pattern.compile(
      "^\\s*(?:%|percent|(?<word>[a-z]{3,}s)(?![\\p{L}]))");
  private static final Set<String> NOT_QUANTITY_NOUNS = Set.of("was", "has", "is", "as", "this", "its", "his",
      "thus", "plus", "minus", "across", "towards", "versus", "always", "perhaps", "unless", "does", "less");
  private static final Pattern QUANTITY_BEFORE = Pattern.compile(
      "(?:\\d[\\s,]|(?<![\\p{L}])(?:more\\s+than|less\\s+than|fewer\\s+than|about|nearly|almost|some|over|under|"
          + "No\\.|number|Resolution|resolution|Route|route|Flight|flight)\\s+)$", Pattern.UNICODE_CASE);
  private static final Pattern AT_BEFORE = Pattern.compile(
      "(?<![\\p{L}])(?:at|by|until|before|after|around)\\s+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern COMMA_BEFORE = Pattern.compile(",\\s{0,2}$");
  /** A year before 1900 is a number unless a preposition dates it ("in 1865"). */
  private static final Pattern OLD_YEAR_BEFORE = Pattern.compile(
      "(?<![\\p{L}])(?:in|since|from|until|by|before|after|of|to|and|between|around)\\s+$", Pattern.CASE_INSENSITIVE);
  /** Zone abbreviations news uses after a time of day, with the zone whose offset they name on that date. */
  private static final Map<String, ZoneId> ZONES = Map.ofEntries(
      Map.entry("gmt", ZoneOffset.UTC), Map.entry("utc", ZoneOffset.UTC), Map.entry("z", ZoneOffset.UTC),
      Map.entry("et", ZoneId.of("America/New_York")), Map.entry("edt", ZoneOffset.ofHours(-4)),
      Map.entry("est", ZoneOffset.ofHours(-5)), Map.entry("ct", ZoneId.of("America/Chicago")),
      Map.entry("cdt", ZoneOffset.ofHours(-5)), Map.entry("cst", ZoneOffset.ofHours(-6)),
      Map.entry("mt", ZoneId.of("America/Denver")), Map.entry("mdt", ZoneOffset.ofHours(-6)),
      Map.entry("mst", ZoneOffset.ofHours(-7)), Map.entry("pt", ZoneId.of("America/Los_Angeles")),
      Map.entry("pdt", ZoneOffset.ofHours(-7)), Map.entry("pst", ZoneOffset.ofHours(-8)),
      Map.entry("bst", ZoneOffset.ofHours(1)), Map.entry("cet", ZoneOffset.ofHours(1)),
      Map.entry("cest", ZoneOffset.ofHours(2)));
  /** "last", "next", "this" and the others, before a weekday, a month or a season. */
  private static final Vocabulary<Direction> DIRECTIONS = Vocabulary.<Direction>builder()
      .add(Direction.BEFORE, "last", "past", "previous", "the past")
      .add(Direction.AFTER, "next", "coming", "following", "the coming").add(Direction.THIS, "this").build();
  private static final Vocabulary<YearPart> SEASONS = Vocabulary.<YearPart>builder().add(YearPart.SPRING, "spring")
      .add(YearPart.SUMMER, "summer").add(YearPart.AUTUMN, "autumn", "fall").add(YearPart.WINTER, "winter").build();
  /** The ordinals of a quarter or a half of a year. */
  private static final Vocabulary<Integer> PART_ORDINALS = Vocabulary.<Integer>builder().add(1, "first", "1st")
      .add(2, "second", "2nd").add(3, "third", "3rd").add(4, "fourth", "4th").add(Readings.LAST, "last").build();
  private static final Vocabulary<Integer> PARTS_PER_YEAR = Vocabulary.<Integer>builder().add(4, "quarter")
      .add(2, "half").build();
  /** Decades in words, by their first year. */
  private static final Vocabulary<Integer> DECADES = Vocabulary.<Integer>builder().add(1920, "twenties")
      .add(1930, "thirties").add(1940, "forties").add(1950, "fifties").add(1960, "sixties").add(1970, "seventies")
      .add(1980, "eighties").add(1990, "nineties").build();
  private static final Vocabulary<Integer> CENTURIES = Vocabulary.<Integer>builder().add(18, "eighteenth")
      .add(19, "nineteenth").add(20, "twentieth").add(21, "twenty-first").build();
  /** The adverbs of a recurrence, by the unit it comes back after. */
  private static final Vocabulary<CalendarUnit> RECURRENCES = Vocabulary.<CalendarUnit>builder()
      .add(CalendarUnit.DAY, "daily", "nightly").add(CalendarUnit.WEEK, "weekly").add(CalendarUnit.MONTH, "monthly")
      .add(CalendarUnit.YEAR, "annually", "yearly").add(CalendarUnit.HOUR, "hourly").build();
  private static final Vocabulary<Integer> CLOCK_WORDS = Vocabulary.<Integer>builder().add(12, "noon")
      .add(24, "midnight").build();
  /** Days named from the anchor, by how many days they lie from it. */
  private static final Vocabulary<Integer> DEICTIC_DAYS = Vocabulary.<Integer>builder()
      .add(-2, "the day before yesterday").add(-1, "yesterday").add(0, "today", "tonight").add(1, "tomorrow")
      .add(2, "the day after tomorrow").build();

  private EnglishTimeRules() {}

  static TimeLanguage language() {
    TimeWords words = words();
    RuleTable table = new RuleTable(words)
        .group("day", "[12]\\d|3[01]|0?[1-9]", true)
        .group("ord", "(?:st|nd|rd|th)", false)
        .group("year", "1[0-9]\\d\\d|20\\d\\d", true)
        .group("rel", "last|next|this|past|coming|previous|following", true)
        .group("mod", "early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+middle\\s+of", true)
        .group("approx", "(?:about|around|nearly|almost|roughly|some|approximately|more\\s+than|less\\s+than)\\s+",
            false)
        .group("zone", "GMT|UTC|ET|EDT|EST|CT|CDT|CST|MT|MDT|MST|PT|PDT|PST|BST|CET|CEST|Z", true)
        .group("meridiem", "[ap]\\.?\\s?m\\.?", true);
    ages(table);
    dates(table);
    weekdays(table);
    relativeDays(table);
    relativeUnits(table);
    eras(table);
    clockTimes(table);
    durations(table);
    sets(table);
    vagueReferences(table);
    Pattern prefix = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?:" + words.weekdays().alternation() + "),?\\s+)$");
    return TimeLanguage.withRules("en", table, new EnglishTenseCues(), prefix);
  }

  static TimeWords words() {
    Vocabulary.Builder<Integer> months = Vocabulary.builder();
    for (String name : new String[] {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.",
        "Sept.", "Sep.", "Oct.", "Nov.", "Dec."}) {
      months.add(AbsoluteDates.monthNumber(name).orElseThrow(), name);
    }
    Vocabulary<DayOfWeek> weekdays = Vocabulary.<DayOfWeek>builder()
        .add(DayOfWeek.MONDAY, "Monday").add(DayOfWeek.TUESDAY, "Tuesday").add(DayOfWeek.WEDNESDAY, "Wednesday")
        .add(DayOfWeek.THURSDAY, "Thursday").add(DayOfWeek.FRIDAY, "Friday").add(DayOfWeek.SATURDAY, "Saturday")
        .add(DayOfWeek.SUNDAY, "Sunday").build();
    Vocabulary<DayPart> parts = Vocabulary.<DayPart>builder()
        .add(DayPart.MORNING, "morning").add(DayPart.MIDDAY, "noon", "midday").add(DayPart.AFTERNOON, "afternoon")
        .add(DayPart.EVENING, "evening").add(DayPart.NIGHT, "night").build();
    Vocabulary<CalendarUnit> units = Vocabulary.<CalendarUnit>builder()
        .add(CalendarUnit.SECOND, "second", "seconds").add(CalendarUnit.MINUTE, "minute", "minutes")
        .add(CalendarUnit.HOUR, "hour", "hours").add(CalendarUnit.DAY, "day", "days")
        .add(CalendarUnit.WEEK, "week", "weeks").add(CalendarUnit.WEEKEND, "weekend", "weekends")
        .add(CalendarUnit.MONTH, "month", "months").add(CalendarUnit.QUARTER, "quarter", "quarters")
        .add(CalendarUnit.YEAR, "year", "years").add(CalendarUnit.DECADE, "decade", "decades")
        .add(CalendarUnit.CENTURY, "century", "centuries").build();
    Vocabulary<Integer> numbers = Vocabulary.<Integer>builder()
        .add(1, "one", "a", "an").add(2, "two").add(3, "three").add(4, "four").add(5, "five").add(6, "six")
        .add(7, "seven").add(8, "eight").add(9, "nine").add(10, "ten").add(11, "eleven").add(12, "twelve", "dozen")
        .add(13, "thirteen").add(14, "fourteen").add(15, "fifteen").add(16, "sixteen").add(17, "seventeen")
        .add(18, "eighteen").add(19, "nineteen").add(20, "twenty").add(30, "thirty").add(40, "forty")
        .add(50, "fifty").add(60, "sixty").add(70, "seventy").add(80, "eighty").add(90, "ninety")
        .add(100, "hundred").add(1000, "thousand").build();
    return new TimeWords(months.build(), weekdays, parts, units, new NumberWords(numbers, "and"));
  }

  /** "a 63-year-old", "63 years old", "aged 63": ages, not durations. */
  private static void ages(RuleTable table) {
    table.rule("en.age", "{qty}[\\s\\-]years?[\\s\\-]old|aged\\s+\\d{1,3}", m -> Optional.of(new NotTime()));
    table.rule("en.age-apposition", "\\d{1,3}(?=\\s*,)",
        m -> m.preceded(COMMA_BEFORE) ? Optional.of(new NotTime()) : Optional.empty());
  }

  private static void dates(RuleTable table) {
    table.rule("en.month-day", "(?:the\\s+)?{month}\\s+(?:the\\s+)?{day}{ord}?(?!\\s*,?\\s*\\d)",
        m -> m.capitalized("month") ? date(null, m.month(), m.day(), Direction.BY_TENSE) : Optional.empty());
    table.rule("en.day-month", "(?:the\\s+)?{day}{ord}?\\s+(?:of\\s+)?{month}",
        m -> m.capitalized("month") ? date(null, m.month(), m.day(), Direction.BY_TENSE) : Optional.empty());
    table.rule("en.month-year", "(?:{mod}[\\s\\-])?{month},?\\s+(?:of\\s+)?{year}",
        m -> m.capitalized("month") ? date(m.year(), m.month(), null, Direction.BY_TENSE) : Optional.empty());
    table.rule("en.month", "(?:(?<rel>last|next|this)\\s+|{mod}[\\s\\-])?{month}", m -> {
      if (!m.capitalized("month")) {
        return Optional.empty();
      }
      // "May" and "March" alone are a verb or a name more often than a month: they need a word that dates them.
      String word = m.folded("month");
      if ((word.equals("may") || word.equals("march")) && !m.has("rel") && !m.has("mod")
          && !m.before(8).matches("(?s).*(?:in|since|until|of|by|from|through|early|late)\\s+$")) {
        return Optional.empty();
      }
      return date(null, m.month(), null, direction(m));
    });
    table.rule("en.year", "(?:{mod}[\\s\\-])?{year}(?![.,]\\d)(?!['’]s)", YEARS::read);
    table.rule("en.season", "(?:(?<rel>last|next|this|the\\s+coming|the\\s+past)\\s+)?(?<season>spring|summer|"
        + "autumn|fall|winter)(?:\\s+(?:of\\s+)?{year})?", m -> Readings.season(m, SEASONS, DIRECTIONS));
    table.rule("en.quarter", "(?:the\\s+)?(?<ord>first|second|third|fourth|last|1st|2nd|3rd|4th)\\s+(?<q>quarter|half)"
        + "(?:\\s+of\\s+{year}|\\s+{year})?", m -> m.folded("q").equals("half") && !m.has("year")
            ? Optional.empty()  // "the second half" of a game, of a speech
            : Readings.partOfYear(m, PART_ORDINALS, PARTS_PER_YEAR));
  }

  private static final Readings.YearFilter YEARS = new Readings.YearFilter(QUANTITY_BEFORE, OLD_YEAR_BEFORE,
      QUANTITY_AFTER, NOT_QUANTITY_NOUNS);

  private static void weekdays(RuleTable table) {
    table.rule("en.weekday", "(?:(?<rel>last|next|this|past|coming)\\s+)?{weekday}(?:\\s+{part})?", m -> {
      if (!m.capitalized("weekday")) {
        return Optional.empty();
      }
      return m.weekday().map(day -> new WeekdayDate(day, direction(m), m.part()));
    });
    table.rule("en.weekday-night", "{weekday}\\s+(?<word>night|nights)", m -> m.capitalized("weekday")
        ? m.weekday().map(day -> new WeekdayDate(day, Direction.BY_TENSE, Optional.of(DayPart.NIGHT)))
        : Optional.empty());
  }

  private static void relativeDays(RuleTable table) {
    table.rule("en.deictic-day", "(?<word>the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|"
        + "yesterday|today|tomorrow|tonight)(?:\\s+{part})?", m -> Readings.deicticDay(m, DEICTIC_DAYS,
            m.folded("word").equals("tonight") ? Optional.of(DayPart.NIGHT) : m.part()));
    table.rule("en.this-part", "(?<rel>this|last)\\s+{part}", m -> Optional.of(new ShiftedDay(
        m.folded("rel").equals("last") && m.part().orElseThrow() == DayPart.NIGHT ? -1 : 0, Origin.ANCHOR,
        m.part())));
    table.rule("en.anaphoric-day", "the\\s+(?<word>day\\s+before|previous\\s+day|next\\s+day|following\\s+day|"
        + "same\\s+day|next\\s+morning|following\\s+morning|previous\\s+night|night\\s+before)", m -> {
          String word = m.folded("word");
          int days = word.contains("before") || word.contains("previous") ? -1 : word.contains("same") ? 0 : 1;
          Optional<DayPart> part = word.contains("morning") ? Optional.of(DayPart.MORNING)
              : word.contains("night") ? Optional.of(DayPart.NIGHT) : Optional.empty();
          return Optional.of(new ShiftedDay(days, Origin.REFERENCE, part));
        });
    table.rule("en.part-of-day", "(?:later\\s+)?that\\s+{part}",
        m -> Optional.of(new ShiftedDay(0, Origin.REFERENCE, m.part())));
  }

  private static void relativeUnits(RuleTable table) {
    table.rule("en.unit-rel", "(?:the\\s+)?(?<rel>last|next|this|past|coming|previous|following)\\s+{unit}", m -> {
      CalendarUnit unit = m.unit().orElseThrow();
      String rel = m.folded("rel");
      if (unit.compareTo(CalendarUnit.WEEKEND) < 0) {
        return Optional.empty();
      }
      if (rel.equals("past") || rel.equals("coming")) {
        return fixed(rel.equals("past") ? "PAST_REF" : "FUTURE_REF", TimeType.DATE);  // "the past year": vague
      }
      int sign = rel.equals("this") ? 0 : rel.equals("last") || rel.equals("previous") ? -1 : 1;
      return Optional.of(new TimeMeaning.ShiftedUnit(unit, sign, unit));
    });
    table.rule("en.ago", "(?:{approx})?(?:{qty}|a\\s+few|several|some)\\s+{unit}\\s+(?<dir>ago|earlier|before|"
        + "from\\s+now|later|hence)", m -> {
          String dir = m.folded("dir");
          if (dir.equals("earlier") || dir.equals("before") || dir.equals("later")) {
            return Optional.empty();  // counted from another time, not the anchor: the duration rule reads it
          }
          return Readings.ago(m, dir.equals("ago") ? -1 : 1);
        });
    table.rule("en.recent-units", "(?:in\\s+)?(?:the\\s+)?(?:{qty}\\s+)?(?<last>last|past|coming|next|recent)"
        + "\\s+(?:{qty}\\s+)?{unit}", m -> {
          if (m.has("qty")) {
            return Readings.duration(m, false);
          }
          if (m.unit().map(u -> !m.folded("unit").endsWith("s")).orElse(true)) {
            return Optional.empty();  // singular: the unit-rel rule reads "last week"
          }
          boolean past = !m.folded("last").equals("coming") && !m.folded("last").equals("next");
          return fixed(past ? "PAST_REF" : "FUTURE_REF", TimeType.DATE);
        });
  }

  private static void eras(RuleTable table) {
    table.rule("en.decade", "(?:{mod}[\\s\\-])?(?:the\\s+)?(?:(?<digits>(?:19|20)\\d0)['’]?s|['’](?<short>\\d0)s|"
        + "(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))", m -> {
          if (m.has("word") && !m.written().toLowerCase(java.util.Locale.ROOT).startsWith("the") && !m.has("mod")) {
            return Optional.empty();  // "in his sixties": an age
          }
          return Readings.decade(m, DECADES);
        });
    table.rule("en.century", "(?:{mod}[\\s\\-])?(?:the\\s+)?(?<digits>\\d{1,2})(?:st|nd|rd|th)[\\s\\-]century",
        m -> Readings.century(m, CENTURIES));
    table.rule("en.century-word", "(?:the\\s+)?(?<ordinal>eighteenth|nineteenth|twentieth|twenty-first)"
        + "[\\s\\-]century", m -> Readings.century(m, CENTURIES));
  }

  private static void clockTimes(RuleTable table) {
    table.rule("en.clock", "(?<hour>[01]?\\d|2[0-3])(?::(?<minute>[0-5]\\d))?\\s*{meridiem}(?:\\s+{zone})?",
        EnglishTimeRules::clock);
    table.rule("en.clock-24", "(?<hour>[01]?\\d|2[0-3]):(?<minute>[0-5]\\d)(?:\\s+{zone})?(?![:.]\\d)",
        EnglishTimeRules::clock);
    table.rule("en.oclock", "(?<hour>[01]?\\d|2[0-3]|{qty})\\s+o['’]clock", m -> {
      OptionalInt hour = m.has("qty") ? m.quantity() : OptionalInt.of(m.number("hour"));
      return hour.isPresent() && hour.getAsInt() <= 12
          ? Optional.of(new ClockTime(hour.getAsInt(), 0, Optional.empty())) : Optional.empty();
    });
    table.rule("en.noon", "(?<word>noon|midnight)", m -> Readings.clockWord(m, AT_BEFORE, CLOCK_WORDS));
  }

  private static Optional<TimeMeaning> clock(RuleMatch m) {
    int hour = m.number("hour");
    int minute = m.has("minute") ? m.number("minute") : 0;
    if (m.has("meridiem")) {
      if (hour < 1 || hour > 12) {
        return Optional.empty();
      }
      boolean pm = m.folded("meridiem").startsWith("p");
      hour = hour % 12 + (pm ? 12 : 0);
    }
    String zone = m.folded("zone");
    if (!zone.isEmpty() && !m.group("zone").equals(m.group("zone").toUpperCase(java.util.Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of(new ClockTime(hour, minute, Optional.ofNullable(ZONES.get(zone))));
  }

  private static void durations(RuleTable table) {
    table.rule("en.duration", "(?:{approx})?{qty}[\\s\\-]{unit}(?:\\s+and\\s+a\\s+(?<half>half))?", m -> {
      String qty = m.folded("qty");
      if ((qty.equals("a") || qty.equals("an") || qty.equals("one")) && m.before(5).matches("(?s).*\\bthe\\s+$")) {
        return Optional.empty();
      }
      return Readings.duration(m, m.has("half"));
    });
    table.rule("en.half-unit", "(?:a\\s+)?half[\\s\\-]an?[\\s\\-](?<unit>hour|day|year|century)",
        m -> m.unit().flatMap(Readings::half));
    table.rule("en.vague-duration", "(?:a\\s+few|several|many|some)\\s+{unit}", m -> m.folded("unit").endsWith("s")
        ? Readings.duration(m, false) : Optional.empty());
  }

  private static void sets(RuleTable table) {
    table.rule("en.every-unit", "(?:every|each)\\s+(?:{qty}\\s+)?{unit}", Readings::every);
    table.rule("en.per-unit", "(?:a|per)\\s+(?<unit>year|month|week|day|hour)(?![\\p{L}\\-])",
        m -> m.before(12).matches("(?s).*(?:\\d|times|once|twice|%|dollars|cents)\\s+$")
            ? Readings.once(m.unit()) : Optional.empty());
    table.rule("en.every-weekday", "(?:every|each)\\s+{weekday}(?:\\s+{part})?|{weekday}s(?=\\s)",
        m -> m.capitalized("weekday") ? Readings.everyWeekday(m) : Optional.empty());
    table.rule("en.every-word", "(?<word>daily|weekly|monthly|annually|yearly|nightly|hourly)(?!\\s+(?:Mail|News|"
        + "Beast|Telegraph|Caller|Signal|Kos|Standard|Show))", m -> m.capitalized("word") ? Optional.empty()
        : Readings.once(RECURRENCES.get(m.group("word"))));
  }

  private static void vagueReferences(RuleTable table) {
    table.rule("en.present", "now|currently|nowadays|at\\s+present|at\\s+the\\s+moment|for\\s+the\\s+moment|"
        + "for\\s+now|right\\s+now|these\\s+days|so\\s+far|to\\s+date", m -> fixed("PRESENT_REF", TimeType.DATE));
    table.rule("en.future", "soon|the\\s+future|in\\s+the\\s+coming\\s+(?:days|weeks|months|years)",
        m -> fixed("FUTURE_REF", TimeType.DATE));
    table.rule("en.past", "recently|lately|formerly|the\\s+past|in\\s+recent\\s+(?:days|weeks|months|years)|"
        + "once\\s+upon\\s+a\\s+time", m -> fixed("PAST_REF", TimeType.DATE));
  }

  private static Direction direction(RuleMatch m) {
    return Readings.direction(m, DIRECTIONS);
  }
}
