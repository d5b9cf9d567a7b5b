package org.vigie.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.extract.html.HtmlPages.done;
import static org.vigie.extract.html.HtmlPages.page;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.model.Block;

/** The page's JSON-LD articleBody as evidence for the container and the blocks, never as a substitute. */
class ArticleBodyHintTest {
  private static final List<String> ARTICLE = List.of(
      "The council approved the harbour plan on Tuesday night after a debate that lasted more than six hours.",
      "Under the plan, the port company will dredge the old basin and rebuild the north quay by the end of 2027.",
      "The ferry operator said it would open a daily crossing to the islands as soon as the new berth is ready.",
      "Opponents said the cost had been underestimated and promised to ask for a referendum before the works begin.");
  private static final String TEASER =
      "Read how a storm flooded the lower town last winter and what the insurers paid the shopkeepers afterwards.";

  private final HtmlExtractor extractor = new HtmlExtractor();

  private static String pageWith(String articleBody, String body) {
    String json = articleBody.replace("\"", "\\\"");
    return "<html><head><title>Harbour plan approved</title><script type=\"application/ld+json\">"
        + "{\"@type\":\"NewsArticle\",\"headline\":\"Harbour plan approved\",\"articleBody\":\"" + json + "\"}"
        + "</script></head><body>" + body + "</body></html>";
  }

  private static String paragraphs(List<String> texts) {
    return texts.stream().map(t -> "<p>" + t + "</p>").collect(Collectors.joining());
  }

  private List<String> body(String html) {
    Article article = done(extractor.apply(page("https://gazette.example/harbour", html)));
    return article.body().stream().map(Block::text).toList();
  }

  @Test
  void apply_containerThatHoldsLittleOfTheArticleBody_replacedByTheOneThatHolds() {
    // The article sits in a box named as related links, beside a long reader thread: the scorer
    // alone prefers the thread.
    List<String> thread = IntStream.range(0, 8).mapToObj(i -> "Reader " + i + " wrote that the harbour had been"
        + " promised by every council since the war, that the quay was crumbling, and that nobody would believe"
        + " the budget until the dredgers actually arrived in the basin next spring.").toList();
    String layout = "<div class=\"related-links sidebar\">" + paragraphs(ARTICLE) + "</div>"
        + "<div class=\"thread\">" + paragraphs(thread) + "</div>";

    assertThat(body(pageWith("", layout))).containsAll(thread);
    assertThat(body(pageWith(String.join("\n\n", ARTICLE), layout))).isEqualTo(ARTICLE);
  }

  @Test
  void apply_boxNamedAsFurnitureThatTheArticleBodyHolds_kept() {
    String quote = "Every town that has done this has grown, and we will not be the exception to that rule";
    String html = paragraphs(ARTICLE.subList(0, 2)) + "<aside class=\"promo-box\"><p>" + quote + "</p></aside>"
        + paragraphs(ARTICLE.subList(2, 4));

    assertThat(body(pageWith("", "<article>" + html + "</article>"))).doesNotContain(quote);
    assertThat(body(pageWith(String.join("\n", ARTICLE.subList(0, 2)) + "\n" + quote + "\n"
        + String.join("\n", ARTICLE.subList(2, 4)), "<article>" + html + "</article>"))).contains(quote);
  }

  @Test
  void apply_paragraphThatTheWholeArticleBodyLeavesOut_dropped() {
    String html = "<article>" + paragraphs(ARTICLE.subList(0, 2)) + "<p>" + TEASER + "</p>"
        + paragraphs(ARTICLE.subList(2, 4)) + "</article>";

    assertThat(body(pageWith(String.join(" ", ARTICLE), html))).isEqualTo(ARTICLE);
  }

  @Test
  void apply_articleBodyCutShort_dropsNothing() {
    String html = "<article>" + paragraphs(ARTICLE.subList(0, 2)) + "<p>" + TEASER + "</p>"
        + paragraphs(ARTICLE.subList(2, 4)) + "</article>";

    assertThat(body(pageWith(String.join(" ", ARTICLE).substring(0, 250) + "…", html))).contains(TEASER);
  }

  @Test
  void of_articleBodyWithMarkupAndEntities_readAsText() {
    ArticleBodyHint hint = ArticleBodyHint.of(Optional.of("<p>" + String.join("</p><p>", ARTICLE)
        .replace("'", "&apos;") + "</p><p>The end&hellip;</p>")).orElseThrow();

    assertThat(hint.share(ARTICLE.get(1))).isEqualTo(1.0);
    assertThat(hint.truncated()).isTrue();
    assertThat(hint.share(TEASER)).isZero();
  }

  @Test
  void of_shortArticleBody_noHint() {
    assertThat(ArticleBodyHint.of(Optional.of("The council approved the harbour plan."))).isEmpty();
  }
}
