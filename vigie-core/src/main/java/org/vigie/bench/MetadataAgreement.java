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
import org.vigie.model.Article;
import org.vigie.model.Published;
import org.vigie.text.TextShape;

/**
 * When an extracted metadata field counts as right against an expected value:
 * <ul>
 *   <li><b>title</b> and <b>site name</b>: equal texts once compatibility-normalised, lower-cased,
 *       quotes and dashes unified and white space folded ({@link TextShape#comparisonKey});
 *   <li><b>byline</b>: the name words agree: at least half of the expected words (lower case, "by"
 *       and "and" left out) are in the extracted byline and at least half of its words are
 *       expected;
 *   <li><b>published time</b>: the same instant when both carry an offset; the same local date and
 *       time to the minute when either lacks one; the same date when the expected value is a date;
 *   <li><b>language</b>: the same primary language subtag ("en-US" and "en" agree).
 * </ul>
 */
public final class MetadataAgreement {
  private static final Set<String> BYLINE_FILLER = Set.of("by", "and", "und", "et", "y", "par", "von", "de", "with");

  private MetadataAgreement() {}

  public static boolean sameTitle(String expected, Optional<String> actual) {
    return actual.isPresent() && TextShape.comparisonKey(expected).equals(TextShape.comparisonKey(actual.get()));
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
    return common.size() * 2 >= want.size() && common.size() * 2 >= got.size();
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
      return expectedInstant.get().toInstant().equals(actualInstant.get().toInstant());
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
    return new Verdicts(
        expected.title().map(t -> sameTitle(t, title)).orElse(null),
        expected.byline().map(b -> sameByline(b, byline)).orElse(null),
        expected.publishedTime().map(p -> samePublished(p, published)).orElse(null),
        expected.language().map(l -> sameLanguage(l, language)).orElse(null),
        expected.siteName().map(s -> sameTitle(s, siteName)).orElse(null));
  }

  private static Set<String> nameWords(String text) {
    Set<String> words = new HashSet<>();
    for (String token : ZyteScore.tokens(text.toLowerCase(Locale.ROOT))) {
      if (!BYLINE_FILLER.contains(token)) {
        words.add(token);
      }
    }
    return words;
  }

  private static String primary(String language) {
    return language.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
  }

  private static Optional<OffsetDateTime> offsetDateTime(String value) {
    try {
      return Optional.of(OffsetDateTime.parse(value.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDateTime> localDateTime(String value) {
    String v = value.strip();
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
