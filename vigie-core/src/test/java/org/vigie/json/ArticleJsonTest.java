package org.vigie.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigie.model.Annotations;
import org.vigie.model.Article;
import org.vigie.model.ArticleMetadata;
import org.vigie.model.Block;
import org.vigie.model.CountryScore;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.CameoRoot;
import org.vigie.model.Event;
import org.vigie.model.EventArgument;
import org.vigie.model.Grouping;
import org.vigie.model.Mention;
import org.vigie.model.Place;
import org.vigie.model.Quote;
import org.vigie.model.Role;
import org.vigie.model.Span;
import org.vigie.model.SpanTarget;
import org.vigie.model.TimeExpression;
import org.vigie.model.TimeType;

class ArticleJsonTest {
  private static final Span SPAN = new Span(SpanTarget.BODY, 0, 5, 12);

  private static Article annotated() {
    Annotations annotations = new Annotations(
        List.of(new Mention("Tripoli", EntityType.LOC, Optional.empty(), SPAN)),
        List.of(new Entity("e1", "Hulusi Akar", EntityType.PER, List.of("Akar"),
            List.of(new Role("ministre turc de la Défense", Optional.of("TR"), SPAN)))),
        List.of(new Place("Tripoli", 2210247, "Tripoli", "LY", 32.88, 13.19, false, SPAN)),
        List.of(new CountryScore("LY", 0.7)),
        Optional.of(new Place("Tripoli", 2210247, "Tripoli", "LY", 32.88, 13.19, false, SPAN)),
        List.of(new TimeExpression("vendredi", "2020-07-03", TimeType.DATE, SPAN)),
        List.of(new Quote("L'appui turc", Optional.of("e2"), Optional.of("a affirmé"), true, SPAN)),
        List.of(new Event("visit", CameoRoot.CONSULT, Event.Factuality.ASSERTED, List.of("e1"), List.of("TR"),
            Optional.of("GNA"), Optional.of("Tripoli"), Optional.of("2020-07-03"),
            List.of(new EventArgument(EventArgument.Role.TRIGGER, "visite", "visit", Optional.empty(), SPAN),
                new EventArgument(EventArgument.Role.PLACE, "Tripoli", "2210247", Optional.of("LY"), SPAN)),
            SPAN)));
    return new Article("c1", Optional.empty(), "file:/a", Optional.empty(), Optional.empty(), "Titre",
        Optional.empty(), Optional.empty(), Optional.of("fr"), List.of(Block.paragraph("Vu à Tripoli vendredi.")),
        List.of(), List.of(), "hash", ArticleMetadata.NONE, annotations,
        new Grouping(Optional.of("c0"), Optional.of("s1")));
  }

  @Test
  void write_annotations_inTheDesignShape() throws Exception {
    JsonNode node = ArticleJson.mapper().readTree(ArticleJson.write(annotated()));

    assertThat(node.at("/mentions/0/span/in").asText()).isEqualTo("body");
    assertThat(node.at("/places/0/geonameId").asLong()).isEqualTo(2210247);
    assertThat(node.at("/focus/name").asText()).isEqualTo("Tripoli");
    assertThat(node.at("/entities/0/roles/0/country").asText()).isEqualTo("TR");
    assertThat(node.at("/times/0/value").asText()).isEqualTo("2020-07-03");
    assertThat(node.at("/quotes/0/direct").asBoolean()).isTrue();
    assertThat(node.at("/events/0/actors/0").asText()).isEqualTo("e1");
    assertThat(node.at("/events/0/cameo").asText()).isEqualTo("04");
    assertThat(node.at("/events/0/category").asText()).isEqualTo("consult");
    assertThat(node.at("/events/0/place").asText()).isEqualTo("Tripoli");
    assertThat(node.at("/events/0/evidence/1/country").asText()).isEqualTo("LY");
    assertThat(node.get("duplicateOf").asText()).isEqualTo("c0");
    assertThat(node.get("story").asText()).isEqualTo("s1");
  }

  @Test
  void read_writtenRecord_roundTrips() {
    Article article = annotated();
    assertThat(ArticleJson.read(ArticleJson.write(article))).isEqualTo(article);
  }

  @Test
  void span_textIn_pointsIntoTheBody() {
    assertThat(SPAN.textIn(annotated())).contains("Tripoli");
  }
}
