package org.vigie.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.model.Block;
import org.vigie.model.Caption;
import org.vigie.model.Precision;
import org.vigie.model.Published;
import org.vigie.model.SpanTarget;
import org.vigie.model.TimeExpression;
import org.vigie.pipeline.Outcome;

class TimeExpressionStageTest {

  @Test
  void apply_titleBodyAndCaptions_spansPointIntoEach() {
    Article article = article("fr", Optional.of(new Published("2020-07-03", Precision.DAY, true)),
        "Visite vendredi à Tripoli", List.of("Le ministre est arrivé hier.", "Il repartira le lendemain."),
        List.of(new Caption("Photo prise le 3 juillet 2020.", Optional.empty(), Optional.empty())));

    List<TimeExpression> times = times(article);

    assertThat(times).extracting(t -> t.span().in()).containsExactly(SpanTarget.TITLE, SpanTarget.BODY,
        SpanTarget.BODY, SpanTarget.CAPTION);
    assertThat(times).extracting(TimeExpression::value).containsExactly("2020-07-03", "2020-07-02", "2020-07-03",
        "2020-07-03");
    assertThat(times).allSatisfy(t -> assertThat(t.span().textIn(article)).contains(t.text()));
  }

  @Test
  void apply_referenceCarriesFromParagraphToParagraph() {
    Article article = article("fr", Optional.of(new Published("2020-07-03", Precision.DAY, false)), "Titre",
        List.of("Le 24 mars, elle a été séquestrée.", "Elle s'est échappée le lendemain."), List.of());
    assertThat(times(article)).extracting(TimeExpression::value).containsExactly("2020-03-24", "2020-03-25");
  }

  @Test
  void apply_noPublicationDate_onlySelfContainedValues() {
    Article article = article("en", Optional.empty(), "Storm hits coast",
        List.of("The storm hit on Friday, July 3, 2020, after three days of rain, the agency said yesterday."),
        List.of());
    assertThat(times(article)).extracting(TimeExpression::value).containsExactly("2020-07-03", "P3D");
  }

  @Test
  void apply_otherLanguage_completeDatesOnly() {
    Article article = article("de", Optional.of(new Published("2020-07-03", Precision.DAY, false)), "Titel",
        List.of("Der Minister kam am 3. Juli 2020 gestern an."), List.of());
    assertThat(times(article)).extracting(TimeExpression::value).containsExactly("2020-07-03");
  }

  @Test
  void anchor_publicationKnownToTheMonth_none() {
    assertThat(TimeExpressionStage.anchor(Optional.of(new Published("2020-07", Precision.MONTH, true)))).isEmpty();
    assertThat(TimeExpressionStage.anchor(Optional.of(new Published("2020-07-03T10:12:00+02:00", Precision.MINUTE,
        false)))).contains(java.time.LocalDate.of(2020, 7, 3));
  }

  private static List<TimeExpression> times(Article article) {
    return ((Outcome.Done<Article>) new TimeExpressionStage().apply(article)).value().annotations().times();
  }

  static Article article(String language, Optional<Published> published, String title, List<String> body,
      List<Caption> captions) {
    return new Article("id", Optional.empty(), "test", Optional.empty(), Optional.empty(), title, Optional.empty(),
        published, Optional.of(language), body.stream().map(Block::paragraph).toList(), captions, List.of(), "hash");
  }
}
