package org.vigie.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.extract.html.HtmlPages.done;
import static org.vigie.extract.html.HtmlPages.page;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.model.Block;
import org.vigie.model.Caption;

/** What stays at the start and the end of an article body, and what is set apart in it. */
class ArticleEdgesTest {
  private static final String HEAD = "<html><head><title>Harbour plan approved</title>"
      + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Harbour plan approved\","
      + "\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"}}</script></head><body>"
      + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav><article>";
  private static final String TAIL = "</article><footer><a href=\"/about\">About us</a></footer></body></html>";
  private static final List<String> PROSE = List.of(
      "The council approved the harbour plan on Tuesday night after a debate that lasted more than six hours.",
      "Under the plan, the port company will dredge the old basin and rebuild the north quay by the end of 2027.",
      "Opponents said the cost had been underestimated and promised to ask for a referendum before the works begin.");

  private final HtmlExtractor extractor = new HtmlExtractor();

  private Article extract(String articleHtml) {
    return done(extractor.apply(page("https://gazette.example/harbour", HEAD + articleHtml + TAIL)));
  }

  private static String paragraphs(List<String> texts) {
    return texts.stream().map(t -> "<p>" + t + "</p>").collect(Collectors.joining());
  }

  private static List<String> body(Article article) {
    return article.body().stream().map(Block::text).toList();
  }

  @Test
  void apply_shortClosingSentence_kept() {
    Article article = extract(paragraphs(PROSE) + "<p>The mayor did not comment.</p>");

    assertThat(body(article)).endsWith("The mayor did not comment.");
  }

  @Test
  void apply_closingLabelAfterTheLastParagraph_dropped() {
    Article article = extract(paragraphs(PROSE) + "<p>Harbour works</p>");

    assertThat(body(article)).isEqualTo(PROSE);
  }

  @Test
  void apply_closingCallsToActionAndAuthorBiography_dropped() {
    Article article = extract(paragraphs(PROSE)
        + "<p>Jane Doe covers the council and the port for the Gazette. Follow her on Twitter @janedoe.</p>"
        + "<h3>Newsletter</h3><p>Get the day's top headlines delivered to your inbox every morning.</p>");

    assertThat(body(article)).isEqualTo(PROSE);
  }

  @Test
  void apply_callToActionWordsInsideTheArticle_kept() {
    String middle = "The Gazette's own newsletter, which has 20,000 subscribers, first reported the vote count.";
    Article article = extract(paragraphs(List.of(PROSE.get(0), middle, PROSE.get(1), PROSE.get(2))));

    assertThat(body(article)).contains(middle);
  }

  @Test
  void apply_captionsWithBracketedOrGluedCredits_setApart() {
    Article article = extract(paragraphs(PROSE.subList(0, 2))
        + "<div class=\"photo\"><img src=\"/q.jpg\">The north quay at low tide (Image: GETTY )</div>"
        + "<p>The old basin seen from the ferry terminal.<span class=\"credit\">Reuters</span></p>"
        + paragraphs(PROSE.subList(2, 3)));

    assertThat(body(article)).isEqualTo(PROSE);
    assertThat(article.captions()).extracting(Caption::text)
        .containsExactly("The north quay at low tide", "The old basin seen from the ferry terminal.");
  }

  @Test
  void apply_paragraphEndingWithItsWireInBrackets_staysInTheBody() {
    String wire = "The port company said the first ships would berth at the new quay in the spring of 2028. (AP)";
    Article article = extract(paragraphs(List.of(PROSE.get(0), PROSE.get(1), wire, PROSE.get(2))));

    assertThat(body(article)).contains(wire);
  }

  @Test
  void apply_standfirstThatRepeatsTheDescription_dropped() {
    String standfirst = "The port will be dredged and a ferry berth opened by 2027 under the plan";
    String page = HEAD.replace("</title>", "</title><meta name=\"description\" content=\"" + standfirst + "\">")
        + "<h2 class=\"subtitle\">" + standfirst + "</h2>" + paragraphs(PROSE) + TAIL;

    Article article = done(extractor.apply(page("https://gazette.example/harbour", page)));

    assertThat(body(article)).isEqualTo(PROSE);
  }

  @Test
  void apply_leadLineThatTheDescriptionStartsWith_kept() {
    String description = "HARBOURTON The council approved the harbour plan on Tuesday night after a debate";
    String page = HEAD.replace("</title>", "</title><meta name=\"description\" content=\"" + description + "\">")
        + "<p>HARBOURTON</p>" + paragraphs(PROSE) + TAIL;

    Article article = done(extractor.apply(page("https://gazette.example/harbour", page)));

    assertThat(body(article)).containsExactly("HARBOURTON", PROSE.get(0), PROSE.get(1), PROSE.get(2));
  }

  @Test
  void apply_kickerBeforeTheFirstParagraph_dropped() {
    Article article = extract("<p>Local politics</p>" + paragraphs(PROSE));

    assertThat(body(article)).isEqualTo(PROSE);
  }

  @Test
  void apply_boldLeadWithoutFullStop_kept() {
    String lead = "The harbour that made the town rich a century ago is to be dug out and rebuilt under a plan the council"
        + " approved after a long night";
    Article article = extract("<b>" + lead + "</b><p>" + String.join("<p>", PROSE));

    assertThat(body(article)).containsExactly(lead, PROSE.get(0), PROSE.get(1), PROSE.get(2));
  }

  @Test
  void apply_chineseProseSetWithSpacesInsteadOfPunctuation_isTheBody() {
    List<String> lines = List.of("一波波接續性低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣",
        "玉峰道路一路上雲氣山嵐滯留山頭 順路下切蜿蜒道路後不久即抵達來到玉峰國小",
        "美樹美如其名偌大楓香樹早已呈現金黃 泛紅色彩也是愛攝人仕所喜愛造訪之地",
        "第二次造訪美樹發現到營區變了 印象中以前生冷招牌換成了原木招牌可謂匠心獨運");
    String page = "<html><head><title>新竹尖石_美樹營地賞楓</title></head><body><ul><li><a href=\"/a\">相簿</a></li>"
        + "<li><a href=\"/b\">部落格</a></li></ul><div class=\"article-content\">" + paragraphs(lines)
        + "</div><div class=\"comments\"><p>好棒的生活</p></div></body></html>";

    Article article = done(extractor.apply(page("https://blog.example/post/1", page)));

    assertThat(body(article)).isEqualTo(lines);
  }

  @Test
  void apply_sentenceThatLinksMostOfItsWords_kept() {
    // Links are 60 % of this sentence's text.
    String linked = "The best deals today include <a href=\"/a\">various MacBook models from $700 at Amazon</a> and"
        + " <a href=\"/b\">AirPods with the wireless charging case</a>, both well below the usual price.";
    Article article = extract(paragraphs(PROSE.subList(0, 2)) + "<p>" + linked + "</p>"
        + "<p><a href=\"/c\">Harbour works begin in the spring</a> <a href=\"/d\">Ferry timetable</a></p>"
        + paragraphs(PROSE.subList(2, 3)));

    assertThat(body(article)).containsExactly(PROSE.get(0), PROSE.get(1),
        "The best deals today include various MacBook models from $700 at Amazon and AirPods with the wireless"
            + " charging case, both well below the usual price.", PROSE.get(2));
  }
}
