package org.vigie.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.model.SpanTarget;
import org.vigie.model.TimeExpression;
import org.vigie.model.TimeType;
import org.vigie.pipeline.Outcome;
import org.vigie.testing.SeedArticle;

/** The Dates table of ../shared/seed/EXPECTED.md, anchored on the inferred publication date 2020-07-03. */
class SeedTimesTest {
  private static Article article;
  private static List<TimeExpression> times;

  @BeforeAll
  static void read() throws IOException {
    Article extracted = SeedArticle.extracted();
    assertThat(extracted.published()).hasValueSatisfying(p -> assertThat(p.value()).isEqualTo("2020-07-03"));
    article = ((Outcome.Done<Article>) new TimeExpressionStage().apply(extracted)).value();
    times = article.annotations().times();
  }

  @Test
  void times_vendredi_isTheAnchorDayInAPastTenseReport() {
    assertThat(time("vendredi").value()).isEqualTo("2020-07-03");
  }

  @Test
  void times_captionDate_complete() {
    TimeExpression caption = time("le 3 juillet 2020");
    assertThat(caption.value()).isEqualTo("2020-07-03");
    assertThat(caption.span().in()).isEqualTo(SpanTarget.CAPTION);
  }

  @Test
  void times_le17Juin_takesTheAnchorsYear() {
    assertThat(time("le 17 juin").value()).isEqualTo("2020-06-17");
  }

  @Test
  void times_monthsWithYears() {
    assertThat(time("novembre 2019").value()).isEqualTo("2019-11");
    assertThat(time("avril 2019").value()).isEqualTo("2019-04");
  }

  @Test
  void times_cesDernieresSemaines_vagueBeforeTheAnchor() {
    assertThat(time("ces dernières semaines").value()).isEqualTo("PAST_REF");
  }

  @Test
  void times_everySpan_holdsItsText() {
    assertThat(times).allSatisfy(t -> assertThat(t.span().textIn(article)).contains(t.text()));
    assertThat(times).extracting(TimeExpression::type).doesNotContain(TimeType.SET);
  }

  private static TimeExpression time(String text) {
    return times.stream().filter(t -> t.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no time expression «" + text + "» in " + times));
  }
}
