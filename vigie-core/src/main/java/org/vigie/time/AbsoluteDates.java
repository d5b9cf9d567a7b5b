package org.vigie.time;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds complete calendar dates in text, in the written forms of French, English, German, Spanish,
 * Italian, Portuguese and Dutch news, and numeric forms (ISO 8601, day-first with slashes or dots,
 * falling back to month-first when day-first is impossible). Dates without a year are not complete
 * and are left to relative-date normalisation, which needs an anchor.
 */
public final class AbsoluteDates {
  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    month(1, "janvier", "janv", "january", "jan", "januar", "jänner", "enero", "gennaio", "janeiro", "januari");
    month(2, "fevrier", "fevr", "fev", "february", "feb", "februar", "febrero", "febbraio", "fevereiro", "februari");
    month(3, "mars", "march", "mar", "marz", "marzo", "marco", "maart");
    month(4, "avril", "avr", "april", "apr", "abril", "aprile");
    month(5, "mai", "may", "mayo", "maggio", "maio", "mei");
    month(6, "juin", "june", "jun", "juni", "junio", "giugno", "junho");
    month(7, "juillet", "juil", "july", "jul", "juli", "julio", "luglio", "julho");
    month(8, "aout", "august", "aug", "agosto", "augustus");
    month(9, "septembre", "sept", "september", "sep", "septiembre", "settembre", "setembro");
    month(10, "octobre", "oct", "october", "oktober", "octubre", "ottobre", "outubro");
    month(11, "novembre", "nov", "november", "noviembre", "novembro");
    month(12, "decembre", "dec", "december", "dezember", "diciembre", "dicembre", "dezembro");
  }

  private static final String MONTH_NAME = "(?<month>\\p{L}{3,10})\\.?";
  private static final String YEAR = "(?<year>(?:1[89]|20)\\d\\d)";
  private static final String TIME = "(?:\\s*(?:,|à|a|at|um|alle|às|om|-|–)?\\s*(?<hour>[01]?\\d|2[0-3])\\s*(?:[:h]|H)\\s*(?<minute>[0-5]\\d)(?:\\s*(?<ampm>[ap]\\.?m\\.?))?)?";

  /** "3 juillet 2020", "1er mai 2019", "3. Juli 2020", "3 de julio de 2020". */
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?<![\\p{L}\\d])(?<day>[0-3]?\\d)(?:er|st|nd|rd|th|º|°|\\.)?\\s+(?:de\\s+)?" + MONTH_NAME
          + ",?\\s+(?:de\\s+)?" + YEAR + "(?!\\d)" + TIME,
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** "July 3, 2020", "Jul. 3 2020". */
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?<![\\p{L}\\d])" + MONTH_NAME + "\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?,?\\s+" + YEAR + "(?!\\d)" + TIME,
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** "2020-07-03", "2020-07-03T18:12". */
  private static final Pattern ISO = Pattern.compile(
      "(?<!\\d)" + YEAR + "-(?<month>[01]\\d)-(?<day>[0-3]\\d)(?:[T ](?<hour>[01]\\d|2[0-3]):(?<minute>[0-5]\\d))?(?!\\d)");

  /** "03/07/2020", "3.7.2020". */
  private static final Pattern NUMERIC = Pattern.compile(
      "(?<![\\d/.])(?<first>[0-3]?\\d)(?<sep>[/.])(?<second>[0-3]?\\d)\\k<sep>" + YEAR + "(?![\\d/])" + TIME);

  private AbsoluteDates() {}

  private static void month(int number, String... names) {
    for (String name : names) {
      MONTHS.put(name, number);
    }
  }

  /** Every complete date in the text, in order of position, without overlaps. */
  public static List<DateMention> find(String text) {
    List<DateMention> found = new ArrayList<>();
    collectNamed(DAY_MONTH_YEAR.matcher(text), found);
    collectNamed(MONTH_DAY_YEAR.matcher(text), found);
    Matcher iso = ISO.matcher(text);
    while (iso.find()) {
      date(iso.group("year"), iso.group("month"), iso.group("day"))
          .ifPresent(d -> found.add(new DateMention(iso.start(), iso.end(), d, time(iso))));
    }
    Matcher numeric = NUMERIC.matcher(text);
    while (numeric.find()) {
      Optional<LocalDate> date = date(numeric.group("year"), numeric.group("second"), numeric.group("first"))
          .or(() -> date(numeric.group("year"), numeric.group("first"), numeric.group("second")));
      date.ifPresent(d -> found.add(new DateMention(numeric.start(), numeric.end(), d, time(numeric))));
    }
    found.sort(Comparator.comparingInt(DateMention::start).thenComparing(m -> -(m.end() - m.start())));
    List<DateMention> result = new ArrayList<>();
    int covered = -1;
    for (DateMention mention : found) {
      if (mention.start() >= covered) {
        result.add(mention);
        covered = mention.end();
      }
    }
    return result;
  }

  /** The number of a month named in any of the languages above ("juillet", "Juli", "sept"), if it is one. */
  static OptionalInt monthNumber(String word) {
    Integer month = MONTHS.get(fold(word).replace(".", ""));
    return month == null ? OptionalInt.empty() : OptionalInt.of(month);
  }

  /** The latest complete date in the text, if any. */
  public static Optional<LocalDate> latest(String text) {
    return find(text).stream().map(DateMention::date).max(Comparator.naturalOrder());
  }

  private static void collectNamed(Matcher matcher, List<DateMention> found) {
    while (matcher.find()) {
      Integer month = MONTHS.get(fold(matcher.group("month")));
      if (month == null) {
        continue;
      }
      date(matcher.group("year"), String.valueOf(month), matcher.group("day"))
          .ifPresent(d -> found.add(new DateMention(matcher.start(), timeEnd(matcher), d, time(matcher))));
    }
  }

  private static int timeEnd(Matcher matcher) {
    return matcher.end();
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalTime> time(Matcher matcher) {
    String hour = matcher.group("hour");
    String minute = matcher.group("minute");
    if (hour == null || minute == null) {
      return Optional.empty();
    }
    int h = Integer.parseInt(hour);
    String ampm = groupOrNull(matcher, "ampm");
    if (ampm != null) {
      boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
      if (h > 12) {
        return Optional.empty();
      }
      h = (h % 12) + (pm ? 12 : 0);
    }
    return Optional.of(LocalTime.of(h, Integer.parseInt(minute)));
  }

  private static String groupOrNull(Matcher matcher, String name) {
    try {
      return matcher.group(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static String fold(String word) {
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}
