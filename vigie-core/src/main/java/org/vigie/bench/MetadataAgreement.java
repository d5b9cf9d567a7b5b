package org.vigie.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.model.Article;
import org.vigie.model.Published;
import org.vigie.text.TextShape;

/**
 * When an extracted metadata field counts as right against an expected value:
 * <ul>
 *   <li><b>site name</b>: equal texts once compatibility-normalised, lower-cased, quotes and
 *       dashes unified and white space folded ({@link TextShape#comparisonKey});
 *   <li><b>title</b>: equal texts as for the site name, or equal once one of the two drops a first
 *       or last segment set off by a separator (" | ", " - ", " – ", " — ", " · ", " :: ", " » "):
 *       that segment is the site's or the author's name ("How to Build a Terrarium | eHow"), which
 *       is not part of the headline; but a title that is the site's name (expected or extracted)
 *       is never right;
 *   <li><b>byline</b>: the name words agree (lower case; "by", "and" and words with digits left
 *       out): at least half of the extracted words, and at least one, are expected, and they make
 *       at least a third of the expected words (expected bylines may carry a role or a date: "By
 *       Kelli Miller WebMD Health News");
 *   <li><b>published time</b>: the same instant to the second when both carry an offset; the same
 *       local date and time to the minute when either lacks one; the same date when the expected
 *       value is a date (fractions of a second, "+0100" offsets and a space for "T" are read);
 *   <li><b>language</b>: the same primary language subtag ("en-US" and "en" agree).
 * </ul>
 */
public final class MetadataAgreement {
  private static final Pattern TITLE_SEPARATOR = Pattern.compile(" (?:\\||-|–|—|·|::|») ");
  private static final Set<String> BYLINE_FILLER = Set.of("by", "and", "und", "et", "y", "par", "von", "de", "with");

  private MetadataAgreement() {}

  public static boolean sameTitle(String expected, Optional<String> actual) {
    if (actual.isEmpty()) {
      return false;
    }
    String want = TextShape.comparisonKey(expected);
    String got = TextShape.comparisonKey(actual.get());
    return want.equals(got) || withoutEndSegments(want).contains(got) || withoutEndSegments(got).contains(want);
  }

  public static boolean sameSiteName(String expected, Optional<String> actual) {
    return actual.isPresent() && TextShape.comparisonKey(expected).equals(TextShape.comparisonKey(actual.get()));
  }

  /** The title without its first segment and without its last one, when it has separators. */
  private static List<String> withoutEndSegments(String title) {
    Matcher separator = TITLE_SEPARATOR.matcher(title);
    int firstStart = -1;
    int firstEnd = -1;
    int lastStart = -1;
    int lastEnd = -1;
    while (separator.find()) {
      if (firstStart < 0) {
        firstStart = separator.start();
        firstEnd = separator.end();
      }
      lastStart = separator.start();
      lastEnd = separator.end();
    }
    if (firstStart < 0) {
      return List.of();
    }
    List<String> forms = new java.util.ArrayList<>(2);
    forms.add(title.substring(0, lastStart).strip());
    forms.add(title.substring(firstEnd).strip());
    return forms;
  }

  public static boolean sameByline(String expected, Optional<String> actual) {
    if (actual.isEmpty()) {
      return false;
    }
    Set<String> want = nameWords(expected);
    Set<String> got = nameWords(actual.get());
    if (want.isEmpty() || got.isEmpty()) {
      return want.isEmpty() && got.isEmpty();
    }
    Set<String> common = new HashSet<>(want);
    common.retainAll(got);
    return !common.isEmpty() && common.size() * 2 >= got.size() && common.size() * 3 >= want.size();
  }

  public static boolean sameLanguage(String expected, Optional<String> actual) {
    return actual.isPresent() && primary(expected).equals(primary(actual.get()));
  }

  public static boolean samePublished(String expected, Optional<Published> actual) {
    if (actual.isEmpty()) {
      return false;
    }
    String value = actual.get().value();
    Optional<OffsetDateTime> expectedInstant = offsetDateTime(expected);
    Optional<OffsetDateTime> actualInstant = offsetDateTime(value);
    if (expectedInstant.isPresent() && actualInstant.isPresent()) {
      return expectedInstant.get().toInstant().getEpochSecond() == actualInstant.get().toInstant().getEpochSecond();
    }
    if (expected.strip().length() <= 10) {
      return value.startsWith(expected.strip());
    }
    Optional<LocalDateTime> expectedLocal = localDateTime(expected);
    Optional<LocalDateTime> actualLocal = localDateTime(value);
    return expectedLocal.isPresent() && actualLocal.isPresent()
        && expectedLocal.get().withSecond(0).withNano(0).equals(actualLocal.get().withSecond(0).withNano(0));
  }

  /** The fields of one article against the expected ones: null where the page expects nothing. */
  public record Verdicts(Boolean title, Boolean byline, Boolean published, Boolean language, Boolean siteName) {}

  public static Verdicts judge(ExpectedMetadata expected, Optional<Article> article) {
    Optional<String> title = article.map(Article::title);
    Optional<String> byline = article.flatMap(Article::byline);
    Optional<Published> published = article.flatMap(Article::published);
    Optional<String> language = article.flatMap(Article::language);
    Optional<String> siteName = article.flatMap(a -> a.metadata().siteName());
    Optional<String> notSiteName = title.filter(t -> !sameSiteName(t, siteName)
        && expected.siteName().map(s -> !sameSiteName(s, Optional.of(t))).orElse(true));
    return new Verdicts(
        expected.title().map(t -> sameTitle(t, notSiteName)).orElse(null),
        expected.byline().map(b -> sameByline(b, byline)).orElse(null),
        expected.publishedTime().map(p -> samePublished(p, published)).orElse(null),
        expected.language().map(l -> sameLanguage(l, language)).orElse(null),
        expected.siteName().map(s -> sameSiteName(s, siteName)).orElse(null));
  }

  private static Set<String> nameWords(String text) {
    Set<String> words = new HashSet<>();
    for (String token : ZyteScore.tokens(text.toLowerCase(Locale.ROOT))) {
      if (!BYLINE_FILLER.contains(token) && token.chars().noneMatch(Character::isDigit)) {
        words.add(token);
      }
    }
    return words;
  }

  private static String primary(String language) {
    return language.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
  }

  /** "2017-11-03 03:01:00.000000" and "2021-11-01T10:52:50+0100" in the ISO form Java reads. */
  private static String isoForm(String value) {
    String v = value.strip().replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) ", "$1T");
    v = v.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
    return v.replaceFirst("(T\\d{2}:\\d{2}:\\d{2})\\.\\d+", "$1");
  }

  private static Optional<OffsetDateTime> offsetDateTime(String value) {
    try {
      return Optional.of(OffsetDateTime.parse(isoForm(value)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDateTime> localDateTime(String value) {
    String v = isoForm(value);
    try {
      return Optional.of(OffsetDateTime.parse(v).toLocalDateTime());
    } catch (DateTimeParseException e) {
      // no offset
    }
    try {
      return Optional.of(LocalDateTime.parse(v.replaceFirst("Z$", "")));
    } catch (DateTimeParseException e) {
      // not a date-time
    }
    try {
      return Optional.of(LocalDate.parse(v.substring(0, Math.min(10, v.length()))).atStartOfDay());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  static List<String> fields() {
    return List.of("title", "byline", "published", "language", "siteName");
  }
}
