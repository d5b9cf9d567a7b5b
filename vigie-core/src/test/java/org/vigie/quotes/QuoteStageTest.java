package org.vigie.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.quotes.QuoteShapes.article;
import static org.vigie.quotes.QuoteShapes.stage;
import static org.vigie.quotes.QuoteShapes.starting;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigie.model.Annotations;
import org.vigie.model.Article;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Mention;
import org.vigie.model.Quote;
import org.vigie.model.Span;
import org.vigie.model.SpanTarget;

/** Speakers resolve to the recogniser's entities when it has run, and to the name as written when not. */
class QuoteStageTest {
  private static final String PARAGRAPH = "« Nous tiendrons », a déclaré le chef du GNA, Fayez al-Sarraj.";

  @Test
  void apply_mentionInsideTheSpeaker_itsEntity() {
    int start = PARAGRAPH.indexOf("Fayez");
    Article article = article("fr", PARAGRAPH).withAnnotations(Annotations.NONE.withMentions(List.of(
        new Mention("Fayez al-Sarraj", EntityType.PER, Optional.of("Q312345"),
            new Span(SpanTarget.BODY, 0, start, start + "Fayez al-Sarraj".length())))));
    assertThat(starting(stage(article), "Nous tiendrons").speaker()).contains("Q312345");
  }

  @Test
  void apply_entityNamedLikeTheSpeaker_itsId() {
    Article article = article("fr", PARAGRAPH).withAnnotations(Annotations.NONE.withEntities(List.of(
        new Entity("Q312345", "Fayez al-Sarraj", EntityType.PER, List.of("al-Sarraj"), List.of()))));
    assertThat(starting(stage(article), "Nous tiendrons").speaker()).contains("Q312345");
  }

  @Test
  void apply_pronoun_lastPersonMentionBefore() {
    String first = "Le maréchal Khalifa Haftar a lancé une offensive.";
    int start = first.indexOf("Khalifa");
    Article article = article("fr", first, "« Nous vaincrons », a-t-il lancé.").withAnnotations(
        Annotations.NONE.withMentions(List.of(new Mention("Khalifa Haftar", EntityType.PER, Optional.of("haftar"),
            new Span(SpanTarget.BODY, 0, start, start + 14)))));
    assertThat(starting(stage(article), "Nous vaincrons").speaker()).contains("haftar");
  }

  @Test
  void apply_noEntities_nameAsWritten() {
    List<Quote> quotes = stage(article("fr", PARAGRAPH));
    assertThat(starting(quotes, "Nous tiendrons").speaker()).contains("Fayez al-Sarraj");
  }

  @Test
  void apply_titleQuote_spanInTheTitle() {
    Article base = article("en", "The mayor spoke.");
    Article article = new Article(base.id(), base.url(), base.location(), base.source(), base.section(),
        "Obama: \"The trends are terrifying,\" he says", base.byline(), base.published(), base.language(),
        base.body(), base.captions(), base.tags(), base.contentHash());
    assertThat(stage(article)).anySatisfy(q -> {
      assertThat(q.span().in()).isEqualTo(SpanTarget.TITLE);
      assertThat(q.text()).isEqualTo("The trends are terrifying,");
    });
  }

  @Test
  void apply_relativeClauseCue_mainClauseIsNoQuote() {
    List<Quote> quotes = stage(article("fr", "Reconnu par l'ONU, le GNA a l'appui de la Turquie contre les forces du"
        + " maréchal Khalifa Haftar, l'homme fort de l'est libyen, qui a lancé en avril 2019 une offensive.",
        "Le ministre, qui a affirmé que la trêve tiendrait, est reparti."));

    assertThat(quotes).noneMatch(q -> q.text().contains("le GNA a l'appui"));
  }
}
