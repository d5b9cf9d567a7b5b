package org.vigie.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.entities.EntityRecognition;
import org.vigie.events.EventStage;
import org.vigie.geo.Gazetteer;
import org.vigie.geo.PlaceStage;
import org.vigie.model.Article;
import org.vigie.model.CameoRoot;
import org.vigie.model.Entity;
import org.vigie.model.Event;
import org.vigie.model.EventArgument;
import org.vigie.pipeline.Outcome;
import org.vigie.pipeline.Stage;
import org.vigie.quotes.QuoteStage;
import org.vigie.testing.SeedArticle;
import org.vigie.time.TimeExpressionStage;

/**
 * The Events table of ../shared/seed/EXPECTED.md, one test a row, with the stages the events read
 * (dates, the real French name model, places, quotes) run before them as ingest runs them.
 */
class SeedEventsTest {
  private static Article article;
  private static List<Event> events;

  @BeforeAll
  static void read() throws IOException {
    Article a = SeedArticle.extracted();
    List<Stage<Article, Article>> stages = List.of(new TimeExpressionStage(),
        new EntityRecognition(CoreNlpNameRecognizer.shared()), new PlaceStage(Gazetteer.bundled()), new QuoteStage(),
        new EventStage(Gazetteer.bundled()));
    for (Stage<Article, Article> stage : stages) {
      a = ((Outcome.Done<Article>) stage.apply(a)).value();
    }
    article = a;
    events = a.annotations().events();
  }

  @Test
  void events_akarAndGulerVisitTripoli() {
    Event visit = withActors("Hulusi Akar", "Yasar Guler");
    assertThat(visit.type()).isEqualTo("visit");
    assertThat(visit.root()).isEqualTo(CameoRoot.CONSULT);
    assertThat(visit.actorCountries()).containsExactly("TR");
    assertThat(names(visit.target().orElseThrow())).contains("GNA");
    assertThat(visit.place()).contains("Tripoli");
    assertThat(visit.placeCountry()).contains("LY");
    assertThat(visit.time()).contains("2020-07-03");
    assertThat(visit.asserted()).isTrue();
  }

  @Test
  void events_cavusogluAlbayrakFidanMeetSarrajInTripoli() {
    Event visit = withActors("Mevlut Cavusoglu", "Berat Albayrak", "Hakan Fidan");
    assertThat(visit.type()).isIn("visit", "meeting");
    assertThat(visit.actorCountries()).containsExactly("TR");
    assertThat(names(visit.target().orElseThrow())).contains("Fayez al-Sarraj");
    assertThat(visit.evidence()).filteredOn(a -> a.role() == EventArgument.Role.TARGET)
        .extracting(EventArgument::country).containsExactly(Optional.of("LY"));
    // The sentence names no place: it is that of the visit it follows ("fait suite à celle …").
    assertThat(visit.place()).contains("Tripoli");
    assertThat(visit.placeCountry()).contains("LY");
    assertThat(visit.time()).contains("2020-06-17");
  }

  @Test
  void events_memorandumSignedByTripoliAndAnkara() {
    Event agreement = withActors("Tripoli", "Ankara");
    assertThat(agreement.type()).isEqualTo("agreement signed");
    assertThat(agreement.root()).isEqualTo(CameoRoot.ENGAGE_IN_DIPLOMATIC_COOPERATION);
    assertThat(agreement.target().orElseThrow()).contains("mémorandum d'accord militaire et de sécurité");
    assertThat(agreement.place()).isEmpty();
    assertThat(agreement.time()).contains("2019-11");
    assertThat(agreement.actorCountries()).containsExactly("LY", "TR");
  }

  @Test
  void events_haftarLaunchesOffensiveOnTheCapital() {
    Event offensive = events.stream().filter(e -> e.type().equals("offensive launched")).findFirst().orElseThrow();
    assertThat(offensive.actors()).extracting(SeedEventsTest::name).containsExactly("Khalifa Haftar");
    assertThat(offensive.root()).isEqualTo(CameoRoot.FIGHT);
    assertThat(names(offensive.target().orElseThrow())).contains("Tripoli");
    assertThat(offensive.placeCountry()).contains("LY");
    assertThat(offensive.time()).contains("2019-04");
    assertThat(events).filteredOn(e -> e.type().equals("offensive launched")).hasSize(1);
  }

  @Test
  void events_everyArgument_spanHoldsItsText() {
    assertThat(events).isNotEmpty().allSatisfy(e -> {
      assertThat(e.span().textIn(article)).isPresent();
      assertThat(e.evidence()).allSatisfy(a -> assertThat(a.span().textIn(article)).contains(a.text()));
      EventArgument trigger = e.trigger().orElseThrow();
      assertThat(trigger.span().in()).isEqualTo(e.span().in());
      assertThat(trigger.span().start()).isBetween(e.span().start(), e.span().end());
    });
  }

  private static Event withActors(String... names) {
    return events.stream().filter(e -> e.actors().stream().map(SeedEventsTest::name).toList()
        .containsAll(List.of(names))).findFirst()
        .orElseThrow(() -> new AssertionError("no event with actors " + List.of(names) + " in " + events));
  }

  /** The canonical name of an entity id, or the value itself when it names no entity. */
  private static String name(String id) {
    return article.annotations().entities().stream().filter(e -> e.id().equals(id)).map(Entity::name).findFirst()
        .orElse(id);
  }

  /** Every name of an entity id (canonical and variants), or the value itself. */
  private static List<String> names(String id) {
    return article.annotations().entities().stream().filter(e -> e.id().equals(id)).findFirst()
        .map(e -> Stream.concat(Stream.of(e.name()), e.variants().stream()).toList()).orElse(List.of(id));
  }
}
