package org.vigie.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.extract.html.HtmlPages.done;
import static org.vigie.extract.html.HtmlPages.fixture;
import static org.vigie.extract.html.HtmlPages.page;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.vigie.json.ArticleJson;
import org.vigie.model.Article;
import org.vigie.model.Block;
import org.vigie.model.BlockKind;
import org.vigie.model.Caption;
import org.vigie.model.HttpHeader;
import org.vigie.model.Precision;
import org.vigie.pipeline.FailureCause;
import org.vigie.pipeline.Outcome;

class HtmlExtractorTest {
  private final HtmlExtractor extractor = new HtmlExtractor();

  private Article extract(String fixture) {
    return done(extractor.apply(page("https://news.example/" + fixture, fixture(fixture))));
  }

  @Test
  void apply_newsPage_keepsBodyInOrderWithoutFurniture() {
    Article article = extract("news-article-with-furniture.html");

    assertThat(article.body()).extracting(Block::text).containsExactly(
        "The harbour bridge reopened to traffic on Tuesday morning after eight months of repairs to its steel deck,"
            + " the city council said.",
        "Engineers replaced more than two hundred corroded plates and repainted the towers, work that cost the city"
            + " about twelve million euros.",
        "Traffic expected to ease",
        "Commuters who had faced a forty-minute detour through the industrial estate welcomed the news, and bus"
            + " companies said they would restore their usual routes from Monday.",
        "\"It has been a long winter for everyone who crosses the river every day,\" said Anna Berg, who drives to"
            + " work in the old town.");
    assertThat(article.body().get(2).kind()).isEqualTo(BlockKind.HEADING);
  }

  @Test
  void apply_newsPage_dropsShareBarRelatedCommentsCookiesNewsletterAndFooter() {
    String body = HtmlExtractor.bodyText(extract("news-article-with-furniture.html"));

    assertThat(body).doesNotContain("Facebook", "Related stories", "ferry timetable", "Finally!", "cookies",
        "newsletter", "All rights reserved", "Most read", "By Maria Lopez", "Published 5 March");
  }

  @Test
  void apply_newsPage_readsMetadata() {
    Article article = extract("news-article-with-furniture.html");

    assertThat(article.title()).isEqualTo("Harbour bridge reopens after repairs");
    assertThat(article.byline()).contains("Maria Lopez");
    assertThat(article.language()).contains("en");
    assertThat(article.url()).contains("https://herald.example/news/2024/03/05/harbour-bridge-reopens");
    assertThat(article.metadata().siteName()).contains("The Coastal Herald");
    assertThat(article.source()).contains("The Coastal Herald");
    assertThat(article.published()).hasValueSatisfying(p -> {
      assertThat(p.value()).isEqualTo("2024-03-05T08:30:00Z");
      assertThat(p.precision()).isEqualTo(Precision.SECOND);
      assertThat(p.inferred()).isFalse();
    });
  }

  @Test
  void apply_disagreeingSources_jsonLdThenOpenGraphThenMeta() {
    Article article = extract("metadata-precedence.html");

    assertThat(article.title()).isEqualTo("Le port rouvre après la grève");
    assertThat(article.byline()).contains("Claire Martin, Paul Durand");
    assertThat(article.metadata().authors()).containsExactly("Claire Martin", "Paul Durand");
    assertThat(article.published()).hasValueSatisfying(p -> assertThat(p.value()).isEqualTo("2023-06-02T08:45:00+02:00"));
    assertThat(article.metadata().modified())
        .hasValueSatisfying(p -> assertThat(p.value()).isEqualTo("2023-06-03T10:00:00+02:00"));
    assertThat(article.metadata().siteName()).contains("Le Journal du Port");
    assertThat(article.section()).contains("Économie");
    assertThat(article.tags()).containsExactly("port", "grève");
    assertThat(article.metadata().description()).contains("Le port rouvre après deux semaines de grève.");
    assertThat(article.metadata().image()).contains("https://port.example/images/quai.jpg");
    assertThat(article.language()).contains("fr");
  }

  @Test
  void apply_jsonLdGraph_findsTheArticleAmongPageObjects() {
    Article article = extract("jsonld-graph.html");

    assertThat(article.title()).isEqualTo("Solar farm approved on former airfield");
    assertThat(article.byline()).contains("Tom Reed");
    assertThat(article.published()).hasValueSatisfying(p -> assertThat(p.value()).isEqualTo("2022-11-14T16:05:00Z"));
    assertThat(article.section()).contains("Local");
    assertThat(article.tags()).containsExactly("energy", "planning");
    assertThat(article.language()).contains("en");
    assertThat(article.body()).hasSize(2);
  }

  @Test
  void apply_captionsWithCredits_setApartFromBody() {
    Article article = extract("figure-captions-credits.html");

    assertThat(article.captions()).extracting(Caption::text)
        .containsExactly("Residents wade through a flooded street in Riverton on Sunday.", "A rescue boat on the high street.");
    assertThat(article.captions()).extracting(c -> c.credit().orElse(""))
        .containsExactly("AFP / Jan Kowalski", "REUTERS/Ana Silva");
    assertThat(HtmlExtractor.bodyText(article)).doesNotContain("Riverton on Sunday", "rescue boat", "Kowalski")
        .contains("Emergency services said");
    assertThat(article.body()).hasSize(3);
  }

  @Test
  void apply_homePage_failsAsNotAnArticle() {
    Outcome<Article> outcome = extractor.apply(page("https://lantern.example/", fixture("home-page-list.html")));

    assertThat(outcome).isInstanceOfSatisfying(Outcome.Failed.class,
        f -> assertThat(f.cause()).isEqualTo(FailureCause.NOT_AN_ARTICLE));
  }

  @Test
  void apply_errorPage_failsAsNotAnArticle() {
    Outcome<Article> outcome = extractor.apply(page("https://lantern.example/x", fixture("error-page-not-found.html")));

    assertThat(outcome).isInstanceOfSatisfying(Outcome.Failed.class,
        f -> assertThat(f.cause()).isEqualTo(FailureCause.NOT_AN_ARTICLE));
  }

  @Test
  void apply_metaCharsetAndWrongHeaderCharset_decodesByTheMeta() {
    byte[] bytes = fixture("charset-windows-1252-meta.html").getBytes(Charset.forName("windows-1252"));

    Article article = done(extractor.apply(page("https://ville.example/a", bytes,
        new HttpHeader("Content-Type", "text/html; charset=utf-8"))));

    assertThat(article.title()).isEqualTo("Le débat sur l'été");
    assertThat(HtmlExtractor.bodyText(article)).contains("« C'est un budget prudent »", "touristique — et");
  }

  @Test
  void apply_utf8BytesLabelledLatin1_decodesAsUtf8() {
    String html = fixture("charset-windows-1252-meta.html").replace("windows-1252", "iso-8859-1");
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);

    Article article = done(extractor.apply(page("https://ville.example/a", bytes,
        new HttpHeader("Content-Type", "text/html; charset=ISO-8859-1"))));

    assertThat(HtmlExtractor.bodyText(article)).contains("débattu", "« C'est un budget prudent »");
  }

  @Test
  void apply_headerCharset_winsOverMeta() {
    String html = fixture("charset-windows-1252-meta.html").replace("windows-1252", "utf-8");
    byte[] bytes = html.getBytes(Charset.forName("windows-1252"));

    Article article = done(extractor.apply(page("https://ville.example/a", bytes,
        new HttpHeader("Content-Type", "text/html; charset=windows-1252"))));

    assertThat(HtmlExtractor.bodyText(article)).contains("débattu");
  }

  @Test
  void bodyText_isBodyBlocksOneALine() {
    Article article = extract("jsonld-graph.html");

    assertThat(HtmlExtractor.bodyText(article)).isEqualTo(article.body().get(0).text() + "\n" + article.body().get(1).text())
        .doesNotContain("Solar farm approved on former airfield");
  }

  @Test
  void articleJson_roundTrip_keepsHtmlMetadata() {
    Article article = extract("metadata-precedence.html");

    Article back = ArticleJson.read(ArticleJson.write(article));

    assertThat(back.metadata()).isEqualTo(article.metadata());
    assertThat(ArticleJson.toTree(article).get("siteName").asText()).isEqualTo("Le Journal du Port");
    assertThat(ArticleJson.toTree(extract("jsonld-graph.html")).get("modified").isNull()).isTrue();
  }
}
