package org.vigie.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.vigie.extract.html.HtmlPages.done;
import static org.vigie.extract.html.HtmlPages.page;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.model.HttpHeader;
import org.vigie.pipeline.FailureCause;
import org.vigie.pipeline.Outcome;

/**
 * Pages built to hurt: huge, deep, binary, broken or mislabelled. The extractor must answer each
 * with an article or a failure, never an exception, and in bounded time (the timeouts only guard
 * against a hang; speed is measured by the benchmark, not here).
 */
class HostilePagesTest {
  private static final Duration HANG = Duration.ofSeconds(20);
  private static final String PARAGRAPH = "<p>The council met on Tuesday to discuss the budget for the new school year,"
      + " and the debate went on late into the night.</p>\n";

  private final HtmlExtractor extractor = new HtmlExtractor();

  private Outcome<Article> extract(byte[] bytes, HttpHeader... headers) {
    return assertTimeoutPreemptively(HANG, () -> extractor.apply(page("https://hostile.example/p", bytes, headers)));
  }

  @Test
  void apply_twentyMegabytePage_readsTheFirstPartOnly() {
    StringBuilder html = new StringBuilder("<html><head><title>Long page</title></head><body><article>");
    while (html.length() < 20 * 1024 * 1024) {
      html.append(PARAGRAPH);
    }
    html.append("</article></body></html>");

    Article article = done(extract(html.toString().getBytes(StandardCharsets.UTF_8)));

    assertThat(article.body()).isNotEmpty();
    long bodyChars = article.body().stream().mapToLong(b -> b.text().length()).sum();
    assertThat(bodyChars).isLessThanOrEqualTo(HtmlExtractor.MAX_BYTES);
  }

  @Test
  void apply_hundredThousandNestedElements_noStackOverflow() {
    String html = "<html><body>" + "<div>".repeat(100_000) + PARAGRAPH.repeat(3) + "</div>".repeat(100_000)
        + "</body></html>";

    Outcome<Article> outcome = extract(html.getBytes(StandardCharsets.UTF_8));

    assertThat(done(outcome).body()).hasSize(3);
  }

  @Test
  void apply_deeplyNestedInlineAndTables_answers() {
    String html = "<html><body>" + "<span><table><tr><td><b><i>".repeat(5_000) + PARAGRAPH + "</body></html>";

    assertThat(extract(html.getBytes(StandardCharsets.UTF_8))).isNotNull();
  }

  @Test
  void apply_binaryBytesServedAsHtml_failsAsBinary() {
    byte[] bytes = new byte[64 * 1024];
    new Random(7).nextBytes(bytes);

    Outcome<Article> outcome = extract(bytes, new HttpHeader("Content-Type", "text/html; charset=utf-8"));

    assertThat(outcome).isInstanceOfSatisfying(Outcome.Failed.class,
        f -> assertThat(f.cause()).isEqualTo(FailureCause.BINARY));
  }

  @Test
  void apply_pngServedAsHtml_failsAsBinary() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    assertThat(extract(png)).isInstanceOfSatisfying(Outcome.Failed.class,
        f -> assertThat(f.cause()).isEqualTo(FailureCause.BINARY));
  }

  @Test
  void apply_brokenMarkup_stillFindsTheProse() {
    String html = "<html><head><title>Broken</title><body><div class=article><p>The council met on Tuesday to"
        + " discuss the budget for the new school year, and the debate went on late.<p>Residents asked questions"
        + " about the cost of the new roads and the schools for more than an hour.</div></div></span><p <b>"
        + "<table><td>stray cell<tr></p><script>var x = '</div>';</script><!-- unclosed comment";

    Article article = done(extract(html.getBytes(StandardCharsets.UTF_8)));

    assertThat(HtmlExtractor.bodyText(article)).contains("The council met on Tuesday", "Residents asked questions")
        .doesNotContain("var x");
  }

  @Test
  void apply_wrongAndUnknownDeclaredCharsets_noMojibake() {
    String html = "<html><head><meta charset=\"x-unknown-charset\"><title>Été</title></head><body><p>Le conseil"
        + " municipal a débattu du budget de l'été, consacré aux écoles et aux rues piétonnes du centre-ville.</p>"
        + "</body></html>";

    Article article = done(extract(html.getBytes(StandardCharsets.UTF_8),
        new HttpHeader("Content-Type", "text/html; charset=shift_jis")));

    assertThat(HtmlExtractor.bodyText(article)).contains("débattu", "l'été");
  }

  @Test
  void apply_hostileJsonLd_isSkipped() {
    String deep = "[".repeat(50_000) + "]".repeat(50_000);
    String html = "<html><head><title>Budget</title><script type=\"application/ld+json\">" + deep + "</script>"
        + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script></head><body>"
        + PARAGRAPH.repeat(3) + "</body></html>";

    Article article = done(extract(html.getBytes(StandardCharsets.UTF_8)));

    assertThat(article.title()).isEqualTo("Budget");
  }

  @Test
  void apply_manyTinyBlocks_bounded() {
    String html = "<html><body>" + "<p>a</p><div>b</div><li><a href=x>c</a></li>".repeat(30_000) + PARAGRAPH
        + "</body></html>";

    assertThat(extract(html.getBytes(StandardCharsets.UTF_8))).isNotNull();
  }

  @Test
  void apply_emptyAndWhitespacePages_fail() {
    assertThat(extract(new byte[0])).isInstanceOf(Outcome.Failed.class);
    assertThat(extract("   \n\t ".getBytes(StandardCharsets.UTF_8))).isInstanceOf(Outcome.Failed.class);
    assertThat(extract("<html></html>".getBytes(StandardCharsets.UTF_8))).isInstanceOf(Outcome.Failed.class);
  }
}
