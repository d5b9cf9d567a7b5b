package org.vigie.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.extract.html.HtmlPages.done;
import static org.vigie.extract.html.HtmlPages.fixture;
import static org.vigie.extract.html.HtmlPages.page;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.model.Article;
import org.vigie.pipeline.Outcome;
import org.vigie.testing.SharedData;

/**
 * Pages in legacy charsets with no label anywhere give the article their UTF-8 original gives:
 * own fixtures in Japanese, Chinese, Korean, Russian and Greek, and the pages of the Mozilla and
 * Zyte sets re-encoded in the legacy charset of their script with their labels removed.
 */
class UndeclaredCharsetPagesTest {
  private static final Pattern CHARSET_LABEL = Pattern.compile("(?i)charset\\s*=\\s*[\"']?[\\w.:-]+");
  private final HtmlExtractor extractor = new HtmlExtractor();

  private Article extract(byte[] bytes) {
    return done(extractor.apply(page("https://news.example/a", bytes)));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({
      "undeclared-ja.html, Shift_JIS, 小池百合子知事は記者団に対し",
      "undeclared-ja.html, EUC-JP, 小池百合子知事は記者団に対し",
      "undeclared-zh-hans.html, GBK, 专家认为，下半年经济有望继续回升",
      "undeclared-zh-hant.html, Big5, 在野黨立法委員批評",
      "undeclared-ko.html, EUC-KR, 시민단체들은 물가 상승으로",
      "undeclared-ru.html, windows-1251, Эксперты отмечают",
      "undeclared-ru.html, KOI8-R, Эксперты отмечают",
      "undeclared-el.html, ISO-8859-7, Άμεση ενίσχυση",
      "undeclared-el.html, windows-1253, Άμεση ενίσχυση"})
  void apply_undeclaredLegacyCharset_sameArticleAsUtf8(String fixture, String charset, String lastParagraph) {
    String html = fixture(fixture);
    Article original = extract(html.getBytes(StandardCharsets.UTF_8));

    Article legacy = extract(html.getBytes(Charset.forName(charset)));

    assertThat(legacy.title()).isEqualTo(original.title());
    assertThat(legacy.body()).isEqualTo(original.body()).hasSize(3);
    assertThat(HtmlExtractor.bodyText(legacy)).contains(lastParagraph);
  }

  @Test
  void apply_sharedPagesReencodedWithoutLabels_sameBodyAsUtf8() throws IOException {
    Path mozilla = SharedData.require("eval/extraction/mozilla-readability-test-pages");
    Path zyte = SharedData.require("eval/extraction/zyte-article-extraction-benchmark/html");
    List<Path> pages = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(mozilla)) {
      dirs.map(d -> d.resolve("source.html")).filter(Files::isRegularFile).forEach(pages::add);
    }
    try (Stream<Path> files = Files.list(zyte)) {
      files.forEach(pages::add);
    }
    List<String> differing = new ArrayList<>();
    int legacyPages = 0;
    Set<String> charsets = new TreeSet<>();
    for (Path path : pages.stream().sorted().toList()) {
      String html = CHARSET_LABEL.matcher(Files.readString(path)).replaceAll("");
      Charset legacy = legacyCharsetFor(html);
      if (!legacy.newEncoder().canEncode(html) || !hasNonAscii(html)) {
        continue;
      }
      legacyPages++;
      charsets.add(legacy.name());
      String expected = bodyOf(html.getBytes(StandardCharsets.UTF_8));
      String actual = bodyOf(html.getBytes(legacy));
      if (!expected.equals(actual)) {
        differing.add(path.getParent().getFileName() + "/" + path.getFileName() + " in " + legacy);
      }
    }
    assertThat(legacyPages).isGreaterThan(100);
    assertThat(charsets).contains("Shift_JIS", "GB18030", "windows-1252");
    assertThat(differing).isEmpty();
  }

  private String bodyOf(byte[] bytes) {
    return switch (extractor.apply(page("https://news.example/a", bytes))) {
      case Outcome.Done<Article> done -> HtmlExtractor.bodyText(done.value());
      case Outcome.Failed<Article> failed -> "failed: " + failed.cause();
    };
  }

  /** The legacy charset a page of this script would have been in: by its most frequent non-Latin letters. */
  private static Charset legacyCharsetFor(String html) {
    int kana = 0;
    int han = 0;
    int hangul = 0;
    int cyrillic = 0;
    int greek = 0;
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      if (c < 0x370 || !Character.isLetter(c)) {
        continue;
      }
      switch (Character.UnicodeScript.of(c)) {
        case HIRAGANA, KATAKANA -> kana++;
        case HAN -> han++;
        case HANGUL -> hangul++;
        case CYRILLIC -> cyrillic++;
        case GREEK -> greek++;
        default -> { }
      }
    }
    String name = kana > 20 ? "Shift_JIS" : hangul > 20 ? "EUC-KR" : han > 20 ? "GB18030"
        : cyrillic > 20 ? "windows-1251" : greek > 20 ? "ISO-8859-7" : "windows-1252";
    return Charset.forName(name);
  }

  private static boolean hasNonAscii(String text) {
    return text.chars().anyMatch(c -> c >= 0x80);
  }
}
