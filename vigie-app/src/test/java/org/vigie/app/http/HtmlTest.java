package org.vigie.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigie.model.Span;
import org.vigie.model.SpanTarget;

class HtmlTest {
  @Test
  void template_escapesValuesButNotSafeFragments() {
    Html.Safe inner = Html.t("<b>{}</b>", "<i>");

    assertThat(Html.t("<p title=\"{}\">{}{}</p>", "\"x' & y", "<script>", inner).html())
        .isEqualTo("<p title=\"&quot;x&#39; &amp; y\">&lt;script&gt;<b>&lt;i&gt;</b></p>");
    assertThatThrownBy(() -> Html.t("{} {}", "one")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Html.t("{}", "one", "two")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void webLink_onlyHttpAndHttps() {
    assertThat(Html.webLink("https://example.org/a?b=c")).contains("https://example.org/a?b=c");
    assertThat(Html.webLink("javascript:alert(1)")).isEmpty();
    assertThat(Html.webLink(" JavaScript:alert(1)")).isEmpty();
    assertThat(Html.webLink("data:text/html,<script>")).isEmpty();
    assertThat(Html.webLink("//example.org/x")).isEmpty();
    assertThat(Html.webLink("http://exa mple.org")).isEmpty();
  }

  @Test
  void snippet_keepsOnlyTheIndexMarks() {
    assertThat(Html.snippet("a &lt;b&gt; <b>word</b>").html()).isEqualTo("a &lt;b&gt; <mark>word</mark>");
    assertThat(Html.snippet("<b onclick=x>word</b>").html()).doesNotContain("<b").doesNotContain("<mark");
  }

  @Test
  void segmentPath_encodesEachSegment() {
    assertThat(Html.segmentPath("/entity/a b\"<")).isEqualTo("/entity/a%20b%22%3C");
  }

  private static ArticleMarkup.Mark mark(int start, int end, ArticleMarkup.Kind kind, String link) {
    return new ArticleMarkup.Mark(new Span(SpanTarget.BODY, 0, start, end), kind, "t", Optional.ofNullable(link));
  }

  @Test
  void marks_nestAndNeverCross() {
    String text = "« Nous partons », dit Akar à Tripoli.";
    int quoteEnd = text.indexOf(" »") + 2;
    int akar = text.indexOf("Akar");
    int tripoli = text.indexOf("Tripoli");
    List<ArticleMarkup.Mark> marks = List.of(
        mark(0, quoteEnd, ArticleMarkup.Kind.QUOTE, null),
        mark(2, 8, ArticleMarkup.Kind.PERSON, "/entity/x"),
        mark(5, akar + 4, ArticleMarkup.Kind.DATE, null),
        mark(akar, akar + 4, ArticleMarkup.Kind.PERSON, "/entity/akar"),
        mark(tripoli, tripoli + 7, ArticleMarkup.Kind.PLACE, "/country/LY"));

    String html = ArticleMarkup.render(text, marks).html();

    assertThat(html).startsWith("<mark class=\"m m-quote\" data-kind=\"quote\" title=\"t\">« <mark class=\"m m-person\"")
        .contains("<a href=\"/entity/x\">Nous p</a></mark>")
        .contains("<a href=\"/entity/akar\">Akar</a>")
        .contains("<a href=\"/country/LY\">Tripoli</a>")
        .doesNotContain("m-date");
    assertThat(html.replaceAll("<[^>]+>", "")).isEqualTo(Html.escape(text));
  }
}
