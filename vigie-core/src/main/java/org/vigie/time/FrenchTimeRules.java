package org.vigie.time;

import static org.vigie.time.Readings.date;
import static org.vigie.time.Readings.fixed;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigie.model.TimeType;
import org.vigie.time.TimeMeaning.ClockTime;
import org.vigie.time.TimeMeaning.NotTime;
import org.vigie.time.TimeMeaning.ShiftedDay;
import org.vigie.time.TimeMeaning.WeekdayDate;

/**
 * The French rule table. Extents follow the French TimeBank guidelines (Bittar 2010): a determiner
 * that belongs to the expression is inside it ("le 17 juin", "la semaine dernière", "cette année"),
 * a preposition is not ("en novembre 2019", "à 20 h"); approximations are inside ("près de 24
 * heures").
 */
final class FrenchTimeRules {
  private static final Pattern QUANTITY_AFTER = Pattern.compile(
      "^\\s*(?:%|€|\\$|(?<word>[a-zàâçéèêëîïôûùüÿœ]{3,}[sx])(?![\\p{L}]))");
  private static final Set<String> NOT_QUANTITY_NOUNS = Set.of("dans", "sous", "sans", "plus", "mais", "alors",
      "après", "depuis", "puis", "très", "vers", "lors", "tous", "toutes", "avons", "avez", "jamais", "déjà", "dès",
      "ainsi", "moins", "hors", "chez", "selon", "pendant", "parmi", "avec");
  /** A year before 1900 is a number ("la résolution 1405") unless a preposition dates it ("en 1789"). */
  private static final Pattern OLD_YEAR_BEFORE = Pattern.compile("(?<![\\p{L}])(?:en|de|dès|depuis|vers|avant|après|"
      + "l['’]an|jusqu['’]en|entre|et|à)\\s+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** The prepositions that make "20 heures" or "midi" a time of day rather than a length of time. */
  private static final Pattern AT_BEFORE = Pattern.compile("(?<![\\p{L}])(?:à|vers|dès|jusqu['’]à|avant|après|"
      + "alentours\\s+de)\\s+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern COMMA_BEFORE = Pattern.compile(",\\s{0,2}$");
  private static final Pattern QUANTITY_BEFORE = Pattern.compile(
      "(?:\\d\\s|(?<![\\p{L}])(?:les|des|ces|ses|aux|leurs|plus\\s+de|moins\\s+de|près\\s+de|environ|quelque|sur|"
          + "n°|numéro|no)\\s+)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** The words of {rel}: "vendredi dernier", "le mois prochain", "l'été précédent". */
  private static final Vocabulary<Direction> DIRECTIONS = Vocabulary.<Direction>builder()
      .add(Direction.BEFORE, "dernier", "dernière", "passé", "passée", "précédent", "précédente")
      .add(Direction.AFTER, "prochain", "prochaine", "suivant", "suivante").build();
  private static final Vocabulary<YearPart> SEASONS = Vocabulary.<YearPart>builder()
      .add(YearPart.SPRING, "printemps").add(YearPart.SUMMER, "été").add(YearPart.AUTUMN, "automne")
      .add(YearPart.WINTER, "hiver").build();
  /** The ordinals of a quarter or a half of a year. */
  private static final Vocabulary<Integer> PART_ORDINALS = Vocabulary.<Integer>builder().add(1, "premier", "1er")
      .add(2, "deuxième", "2e", "second").add(3, "troisième", "3e").add(4, "quatrième", "4e")
      .add(Readings.LAST, "dernier").build();
  private static final Vocabulary<Integer> PARTS_PER_YEAR = Vocabulary.<Integer>builder().add(4, "trimestre")
      .add(2, "semestre").build();
  /** Decades in words, by their first year. */
  private static final Vocabulary<Integer> DECADES = Vocabulary.<Integer>builder().add(1920, "vingt")
      .add(1930, "trente").add(1940, "quarante").add(1950, "cinquante").add(1960, "soixante")
      .add(1970, "soixante-dix").add(1980, "quatre-vingt", "quatre-vingts").add(1990, "quatre-vingt-dix").build();
  private static final Vocabulary<Integer> CENTURIES = Vocabulary.<Integer>builder().add(18, "dix-huitième")
      .add(19, "dix-neuvième").add(20, "vingtième").add(21, "vingt-et-unième").build();
  /** The adverbs of a recurrence, by the unit it comes back after. */
  private static final Vocabulary<CalendarUnit> RECURRENCES = Vocabulary.<CalendarUnit>builder()
      .add(CalendarUnit.DAY, "quotidiennement", "chaque jour").add(CalendarUnit.MONTH, "mensuellement")
      .add(CalendarUnit.YEAR, "annuellement").build();
  private static final Vocabulary<Integer> CLOCK_WORDS = Vocabulary.<Integer>builder().add(12, "midi")
      .add(24, "minuit").build();
  /** Days named from the anchor, by how many days they lie from it ({'} lets a space follow the apostrophe). */
  private static final Vocabulary<Integer> DEICTIC_DAYS = Vocabulary.<Integer>builder().add(-2, "avant-hier")
      .add(-1, "hier").add(0, "aujourd'hui", "aujourd' hui").add(1, "demain").add(2, "après-demain").build();

  private FrenchTimeRules() {}

  static TimeLanguage language() {
    TimeWords words = words();
    RuleTable table = new RuleTable(words)
        .group("day", "1er|premier|[12]\\d|3[01]|0?[1-9]", true)
        .group("year", "1[0-9]\\d\\d|20\\d\\d", true)
        .group("rel", "dernier|dernière|passé|passée|prochain|prochaine|précédent|précédente|suivant|suivante", true)
        .group("mod", "début|fin|mi|courant|milieu", true)
        .group("approx", "(?:près\\s+de|environ|quelque|presque|à\\s+peine|une\\s+bonne|un\\s+bon)\\s+", false)
        .group("zone", "GMT|UTC|TU|heure\\s+de\\s+Paris|heure\\s+française|heures?\\s+locales?|locales?|"
            + "en\\s+France|heure\\s+de\\s+France", true);
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
    Pattern prefix = Pattern.compile("(?<![\\p{L}\\p{N}])(?:le\\s+)?(?:(?:" + words.weekdays().alternation()
        + "),?\\s+)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return TimeLanguage.withRules("fr", table, new FrenchTenseCues(), prefix);
  }

  static TimeWords words() {
    Vocabulary.Builder<Integer> months = Vocabulary.builder();
    for (String name : new String[] {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre", "janv.", "févr.", "fév.", "avr.", "juil.", "sept.", "oct.",
        "nov.", "déc."}) {
      months.add(AbsoluteDates.monthNumber(name).orElseThrow(), name);
    }
    Vocabulary<DayOfWeek> weekdays = Vocabulary.<DayOfWeek>builder()
        .add(DayOfWeek.MONDAY, "lundi").add(DayOfWeek.TUESDAY, "mardi").add(DayOfWeek.WEDNESDAY, "mercredi")
        .add(DayOfWeek.THURSDAY, "jeudi").add(DayOfWeek.FRIDAY, "vendredi").add(DayOfWeek.SATURDAY, "samedi")
        .add(DayOfWeek.SUNDAY, "dimanche").build();
    Vocabulary<DayPart> parts = Vocabulary.<DayPart>builder()
        .add(DayPart.MORNING, "matin", "matinée").add(DayPart.MIDDAY, "midi")
        .add(DayPart.AFTERNOON, "après-midi").add(DayPart.EVENING, "soir", "soirée").add(DayPart.NIGHT, "nuit")
        .build();
    Vocabulary<CalendarUnit> units = Vocabulary.<CalendarUnit>builder()
        .add(CalendarUnit.SECOND, "seconde", "secondes").add(CalendarUnit.MINUTE, "minute", "minutes")
        .add(CalendarUnit.HOUR, "heure", "heures").add(CalendarUnit.DAY, "jour", "jours", "journée", "journées")
        .add(CalendarUnit.WEEK, "semaine", "semaines").add(CalendarUnit.WEEKEND, "week-end", "week-ends")
        .add(CalendarUnit.MONTH, "mois").add(CalendarUnit.QUARTER, "trimestre", "trimestres")
        .add(CalendarUnit.YEAR, "an", "ans", "année", "années").add(CalendarUnit.DECADE, "décennie", "décennies")
        .add(CalendarUnit.CENTURY, "siècle", "siècles").build();
    Vocabulary<Integer> numbers = Vocabulary.<Integer>builder()
        .add(1, "un", "une").add(2, "deux").add(3, "trois").add(4, "quatre").add(5, "cinq").add(6, "six")
        .add(7, "sept").add(8, "huit").add(9, "neuf").add(10, "dix").add(11, "onze").add(12, "douze")
        .add(13, "treize").add(14, "quatorze").add(15, "quinze").add(16, "seize").add(20, "vingt", "vingts")
        .add(30, "trente").add(40, "quarante").add(50, "cinquante").add(60, "soixante").add(100, "cent", "cents")
        .add(1000, "mille").build();
    return new TimeWords(months.build(), weekdays, parts, units, new NumberWords(numbers, "et"));
  }

  /** Ages are no durations in the French TimeBank: "âgée de 24 ans", "Pierre Martin, 45 ans,". */
  private static void ages(RuleTable table) {
    table.rule("fr.age-apposition", "\\d{1,3}\\s+ans(?=\\s*[,)])",
        m -> m.preceded(COMMA_BEFORE) ? Optional.of(new NotTime()) : Optional.empty());
    table.rule("fr.age", "âgée?s?\\s+(?:de\\s+)?{qty}\\s+ans|l{'}âge\\s+de\\s+{qty}\\s+ans"
        + "|(?:homme|femme|enfant|garçon|fille|fillette|adolescente?|jeune|bébé|retraitée?|victime)s?\\s+de\\s+"
        + "{qty}\\s+ans", m -> Optional.of(new NotTime()));
  }

  private static void dates(RuleTable table) {
    table.rule("fr.day-month-yy", "{day}\\s+{month}\\s+(?<yy>\\d\\d)(?=\\s*[,.;)])", m -> {
      int yy = m.number("yy");
      return date(yy < 30 ? 2000 + yy : 1900 + yy, m.month(), m.day(), Direction.BY_TENSE);
    });
    table.rule("fr.day-month", "{day}\\s+{month}(?:\\s+{rel})?", m -> date(null, m.month(), m.day(), direction(m)));
    table.rule("fr.month-year", "(?:{mod}(?:\\s+|-))?{month}\\s+(?:de\\s+l{'}an\\s+)?{year}",
        m -> date(m.year(), m.month(), null, Direction.BY_TENSE));
    table.rule("fr.month", "(?:{mod}(?:\\s+|-))?{month}(?:\\s+{rel})?",
        m -> m.notNameCased("month") ? date(null, m.month(), null, direction(m)) : Optional.empty());
    table.rule("fr.year", "(?:{mod}(?:\\s+|-))?(?:l{'}an\\s+)?{year}(?![.,]\\d)", YEARS::read);
    table.rule("fr.season", "(?:(?:(?<this>cet|ce)|l{'})\\s*)?(?<season>printemps|été|automne|hiver)"
        + "(?:\\s+{rel}|\\s+(?:de\\s+l{'}année\\s+)?{year})?", m -> Readings.season(m, SEASONS, DIRECTIONS));
    table.rule("fr.quarter", "(?:le\\s+)?(?<ord>premier|1er|deuxième|2e|second|troisième|3e|quatrième|4e|dernier)"
        + "\\s+(?<q>trimestre|semestre)(?:\\s+(?:de\\s+l{'}année\\s+)?{year})?",
        m -> Readings.partOfYear(m, PART_ORDINALS, PARTS_PER_YEAR));
  }

  private static final Readings.YearFilter YEARS = new Readings.YearFilter(QUANTITY_BEFORE, OLD_YEAR_BEFORE,
      QUANTITY_AFTER, NOT_QUANTITY_NOUNS);

  private static void weekdays(RuleTable table) {
    table.rule("fr.weekday", "(?:(?<this>ce)\\s+)?{weekday}(?:\\s+{part})?(?:\\s+{rel})?", m -> {
      Direction direction = m.has("this") ? Direction.THIS : direction(m);
      return m.weekday().map(day -> new WeekdayDate(day, direction, m.part()));
    });
    table.rule("fr.night-of", "(?:la\\s+)?nuit\\s+(?:de|du)\\s+{weekday}\\s+(?:à|au)\\s+\\p{L}+",
        m -> m.weekday().map(day -> new WeekdayDate(day, Direction.BY_TENSE, Optional.of(DayPart.NIGHT))));
  }

  private static void relativeDays(RuleTable table) {
    table.rule("fr.deictic-day", "(?<word>avant-hier|hier|aujourd{'}hui|demain|après-demain)(?:\\s+{part})?", m -> {
      String word = m.folded("word");
      if (word.startsWith("aujourd") && !m.has("part") && detachedByCommas(m)) {
        return fixed("PRESENT_REF", TimeType.TIME);  // "Aujourd'hui, la ville a…": nowadays, not this day
      }
      return Readings.deicticDay(m, DEICTIC_DAYS, m.part());
    });
    table.rule("fr.this-part", "(?:ce|cet|cette)\\s+{part}(?<there>-là)?",
        m -> Optional.of(new ShiftedDay(0, m.has("there") ? Origin.REFERENCE : Origin.ANCHOR, m.part())));
    table.rule("fr.anaphoric-day", "(?<word>l{'}avant-veille|la\\s+veille|le\\s+lendemain|le\\s+surlendemain)"
        + "(?:\\s+(?:au\\s+)?{part})?", m -> {
          String word = m.folded("word");
          int days = word.contains("avant") ? -2 : word.contains("veille") ? -1 : word.contains("sur") ? 2 : 1;
          return Optional.of(new ShiftedDay(days, Origin.REFERENCE, m.part()));
        });
    table.rule("fr.same-day", "(?:le|la|l{'})\\s*{part}\\s+même|le\\s+jour\\s+même|ce\\s+jour-là|le\\s+même\\s+jour",
        m -> Optional.of(new ShiftedDay(0, Origin.REFERENCE, m.part())));
    table.rule("fr.part-of-day", "(?:la|l{'})\\s*(?<part>soirée|nuit|matinée|après-midi)"
        + "(?!\\s+(?:de|d['’]|du|des|suivante|précédente|dernière|prochaine)(?![\\p{L}]))",
        m -> Optional.of(new ShiftedDay(0, Origin.REFERENCE, m.part())));
    table.rule("fr.part-of-day-edge", "(?<mod>début|fin|milieu)\\s+(?:de\\s+|d{'})"
        + "(?<part>matinée|après-midi|soirée|nuit|journée)", m -> Optional.of(new ShiftedDay(0, Origin.REFERENCE,
            m.folded("part").equals("journee") ? Optional.of(DayPart.DAYTIME) : m.part())));
  }

  /** "Aujourd'hui," at the head of a sentence, or between commas: a sentence adverb, "nowadays". */
  private static boolean detachedByCommas(RuleMatch m) {
    if (!m.after(2).startsWith(",")) {
      return false;
    }
    String before = m.before(3).stripTrailing();
    return before.isEmpty() || before.endsWith(",") || before.endsWith(".") || before.endsWith("\n");
  }

  private static void relativeUnits(RuleTable table) {
    table.rule("fr.this-unit", "(?:ce|cet|cette)\\s+{unit}(?:-ci)?", m -> {
      CalendarUnit unit = m.unit().orElseThrow();
      return unit.compareTo(CalendarUnit.WEEKEND) < 0 ? Optional.empty()
          : Optional.of(new TimeMeaning.ShiftedUnit(unit, 0, unit));
    });
    table.rule("fr.unit-rel", "(?:le|la|l{'})\\s*{unit}\\s+{rel}", m -> {
      CalendarUnit unit = m.unit().orElseThrow();
      int sign = direction(m) == Direction.BEFORE ? -1 : 1;
      if (unit == CalendarUnit.DAY) {
        return Optional.of(new ShiftedDay(sign, Origin.REFERENCE, Optional.empty()));
      }
      return unit.compareTo(CalendarUnit.WEEKEND) < 0 ? Optional.empty() : Readings.shifted(m, sign);
    });
    table.rule("fr.ago", "(?:il\\s+y\\s+a|voici|voilà)\\s+(?:{approx})?(?:{qty}|quelques|plusieurs)\\s+{unit}",
        m -> Readings.ago(m, -1));
    table.rule("fr.ahead", "(?:dans|d{'}ici)\\s+(?:{approx})?(?:{qty}|quelques|plusieurs)\\s+{unit}",
        m -> Readings.ago(m, 1));
    table.rule("fr.recent-units", "(?:des|les|ces)\\s+(?:{qty}\\s+)?(?<last>derniers|dernières|prochains|prochaines)"
        + "\\s+{unit}", m -> {
          boolean past = m.folded("last").startsWith("dernier");
          if (m.has("qty")) {
            return Readings.duration(m, false);  // "les trois derniers mois": how long, not when
          }
          return fixed(past ? "PAST_REF" : "FUTURE_REF", TimeType.TIME);
        });
    // "en fin d'année", "au début du mois", "à la fin de la semaine": the anchor's own unit, at its edge.
    table.rule("fr.unit-edge", "(?<mod>début|fin|milieu)\\s+(?:de\\s+l{'}|d{'}|du|de\\s+la|de)\\s*"
        + "(?<unit>année|an|mois|semaine)(?![\\p{L}])(?!\\s+(?:de|d['’]|dernier|dernière|prochain|prochaine))",
        m -> m.unit().map(unit -> new TimeMeaning.ShiftedUnit(unit, 0, unit)));
    table.rule("fr.these-days", "ces\\s+jours-ci|ces\\s+temps-ci", m -> fixed("PRESENT_REF", TimeType.TIME));
    table.rule("fr.units-to-come", "(?:les|des|dans\\s+les)\\s+(?:{unit})\\s+à\\s+venir",
        m -> fixed("FUTURE_REF", TimeType.TIME));
  }

  private static void eras(RuleTable table) {
    table.rule("fr.decade", "(?:{mod}\\s+(?:des\\s+)?)?(?:les\\s+)?années\\s+"
        + "(?:(?<digits>(?:19|20)?\\d0)|(?<word>vingt|trente|quarante|cinquante|soixante-dix|soixante|"
        + "quatre-vingt-dix|quatre-vingts?))(?![\\p{L}\\p{N}])", m -> Readings.decade(m, DECADES));
    table.rule("fr.century", "(?:{mod}\\s+(?:du\\s+)?)?(?:le\\s+)?(?:(?<roman>[IVXL]{1,6})(?:e|è|ème|eme)|"
        + "(?<ordinal>dix-huitième|dix-neuvième|vingtième|vingt-et-unième|vingt\\s+et\\s+unième))\\s+siècle",
        m -> Readings.century(m, CENTURIES));
  }

  private static void clockTimes(RuleTable table) {
    table.rule("fr.clock", "(?<hour>[01]?\\d|2[0-4])\\s*[hH]\\s*(?<minute>[0-5]\\d)?(?:\\s+{zone})?", m -> {
      if (m.before(10).matches("(?s).*(?:pendant|durant)\\s+$")) {
        return fixed("PT" + m.number("hour") + "H" + (m.has("minute") ? m.number("minute") + "M" : ""),
            TimeType.DURATION);
      }
      return clock(m);
    });
    table.rule("fr.clock-hours", "(?<hour>[01]?\\d|2[0-4])\\s+heures?(?:\\s+(?<minute>[0-5]\\d))?"
        + "(?:\\s+{zone})?", m -> m.preceded(AT_BEFORE) ? clock(m) : Optional.empty());
    table.rule("fr.noon", "(?<word>midi|minuit)", m -> Readings.clockWord(m, AT_BEFORE, CLOCK_WORDS));
  }

  private static Optional<TimeMeaning> clock(RuleMatch m) {
    int minute = m.has("minute") ? m.number("minute") : 0;
    Optional<ZoneId> zone = switch (m.folded("zone")) {
      case "gmt", "utc", "tu" -> Optional.of(ZoneOffset.UTC);
      case "" -> Optional.empty();
      default -> m.folded("zone").contains("local") ? Optional.empty() : Optional.of(ZoneId.of("Europe/Paris"));
    };
    return Optional.of(new ClockTime(m.number("hour"), minute, zone));
  }

  private static void durations(RuleTable table) {
    table.rule("fr.duration", "(?:{approx})?{qty}\\s+{unit}(?:\\s+et\\s+(?<half>demie?))?", m -> {
      if (m.folded("qty").equals("un") && m.folded("unit").equals("jour")) {
        return Optional.empty();  // "un jour": some day, not a day long
      }
      return Readings.duration(m, m.has("half"));
    });
    table.rule("fr.vague-duration", "(?:quelques|plusieurs|de\\s+longues|de\\s+longs|des)\\s+{unit}"
        + "(?!\\s+(?:\\d|vingt|trente|quarante|cinquante|soixante|quatre))",  // "des années 80" is a decade
        m -> Readings.duration(m, false));
    table.rule("fr.half-unit", "(?:une?\\s+)?demi-(?<unit>heure|journée|siècle)", m -> m.unit().flatMap(Readings::half));
  }

  private static void sets(RuleTable table) {
    table.rule("fr.every-unit", "(?:chaque|tous\\s+les|toutes\\s+les)\\s+(?:{qty}\\s+)?{unit}", Readings::every);
    table.rule("fr.per-unit", "(?:{qty}\\s+fois\\s+)?par\\s+(?<unit>an|année|mois|semaine|jour|heure)",
        m -> Readings.once(m.unit()));
    table.rule("fr.every-weekday", "(?:chaque\\s+{weekday}|tous\\s+les\\s+{weekday}s|les\\s+(?:(?:\\p{L}+ième|premiers?)"
        + "\\s+(?:et\\s+\\p{L}+ième\\s+)?)?{weekday}s)(?:\\s+{part})?", Readings::everyWeekday);
    table.rule("fr.every-word", "(?<word>quotidiennement|annuellement|mensuellement|chaque\\s+jour)",
        m -> Readings.once(RECURRENCES.get(m.group("word"))));
  }

  private static void vagueReferences(RuleTable table) {
    table.rule("fr.present", "maintenant|actuellement|désormais|à\\s+présent|de\\s+nos\\s+jours|en\\s+ce\\s+moment"
        + "|pour\\s+le\\s+moment|pour\\s+l{'}instant|jusqu{'}à\\s+présent|à\\s+l{'}heure\\s+actuelle|à\\s+ce\\s+jour"
        + "|actuels?|actuelles?", m -> fixed("PRESENT_REF", TimeType.TIME));
    table.rule("fr.future", "l{'}avenir|avenir|(?:le\\s+)?futur|futurs|futures?|prochainement|bientôt", m -> {
      // "un avenir politique", "des métiers d'avenir": a prospect, not the time to come
      boolean prospect = m.written().startsWith("avenir")
          && m.before(4).matches("(?s).*(?:un\\s+|d['’])$");
      return prospect ? Optional.empty() : fixed("FUTURE_REF", TimeType.TIME);
    });
    // Temporal adjectives the French TimeBank annotates: "les prochaines échéances", "le lot quotidien".
    table.rule("fr.next-adjective", "prochaine?s?", m -> fixed("FUTURE_REF", TimeType.TIME));
    table.rule("fr.recurring-adjective", "(?<word>quotidien|quotidienne|quotidiens|quotidiennes|hebdomadaires?|"
        + "mensuel|mensuelle|mensuels|mensuelles|annuel|annuelle|annuels|annuelles)", m -> {
          if (m.before(4).matches("(?s).*(?:(?<![\\p{L}])(?:le|un|du|au|ce|l['’]|les|des|aux|ces))\\s+$")) {
            return Optional.empty();  // "le quotidien local": the newspaper
          }
          String word = m.folded("word");
          return fixed(word.startsWith("quot") ? "P1D" : word.startsWith("hebdo") ? "P1W"
              : word.startsWith("mens") ? "P1M" : "P1Y", TimeType.SET);
        });
    table.rule("fr.night-adjective", "nocturnes?", m -> fixed("TNI", TimeType.TIME));
    table.rule("fr.past", "récemment|dernièrement|autrefois|jadis|naguère|ces\\s+derniers\\s+temps"
        + "|par\\s+le\\s+passé|dans\\s+le\\s+passé", m -> fixed("PAST_REF", TimeType.TIME));
  }

  private static Direction direction(RuleMatch m) {
    return Readings.direction(m, DIRECTIONS);
  }
}
