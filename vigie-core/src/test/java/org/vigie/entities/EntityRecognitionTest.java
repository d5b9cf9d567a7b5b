package org.vigie.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.model.EntityType.LOC;
import static org.vigie.model.EntityType.PER;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.model.Block;
import org.vigie.model.Caption;
import org.vigie.model.Mention;
import org.vigie.model.SpanTarget;
import org.vigie.pipeline.Outcome;

class EntityRecognitionTest {
  private static final ScriptedRecognizer TAGGER = new ScriptedRecognizer().tag("Hulusi Akar", PER)
      .tag("Tripoli", LOC);

  private static Article article(String language) {
    return new Article("a1", Optional.empty(), "test:a1", Optional.empty(), Optional.empty(),
        "Hulusi Akar à Tripoli", Optional.empty(), Optional.empty(), Optional.of(language),
        List.of(Block.paragraph("Rechercher\nLe ministre turc de la Défense Hulusi Akar est arrivé à Tripoli.")),
        List.of(new Caption("Arrivée du ministre turc Hulusi Akar à Tripoli.", Optional.empty(), Optional.empty())),
        List.of(), "hash");
  }

  private static Article recognised(Article article) {
    return ((Outcome.Done<Article>) new EntityRecognition(TAGGER).apply(article)).value();
  }

  @Test
  void apply_titleBodyAndCaption_mentionsWithSpansIntoEachText() {
    Article article = recognised(article("fr"));
    assertThat(article.annotations().mentions()).extracting(m -> m.span().in())
        .contains(SpanTarget.TITLE, SpanTarget.BODY, SpanTarget.CAPTION);
    for (Mention mention : article.annotations().mentions()) {
      assertThat(mention.span().textIn(article)).contains(mention.text());
    }
  }

  @Test
  void apply_personNamedThrice_oneEntityWithRoles() {
    Article article = recognised(article("fr"));
    assertThat(article.annotations().entities()).filteredOn(e -> e.type() == PER).singleElement()
        .satisfies(akar -> {
          assertThat(akar.id()).isEqualTo("per:hulusi-akar");
          assertThat(akar.roles()).extracting(r -> r.text() + " @ " + r.country().orElse("-"))
              .containsExactly("ministre turc de la Défense @ TR", "ministre turc @ TR");
        });
  }

  @Test
  void apply_languageWithoutModel_articleUnchanged() {
    Article german = article("de");
    assertThat(recognised(german)).isEqualTo(german);
  }
}
