package org.vigie.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigie.geo.Gazetteer;
import org.vigie.model.Article;
import org.vigie.model.CameoRoot;
import org.vigie.model.Event;
import org.vigie.model.EventArgument;
import org.vigie.pipeline.Outcome;
import org.vigie.testing.EventFixtures;

/** The shapes event reading handles, one sentence each, French and English, names given. */
class EventStageTest {

  private static List<Event> events(String language, String marked) {
    return NewsSentencesTest.annotate(EventFixtures.of("shape", language, marked)).annotations().events();
  }

  private static Event only(String language, String marked) {
    List<Event> events = events(language, marked);
    assertThat(events).as(marked).hasSize(1);
    return events.getFirst();
  }

  @Test
  void apply_frenchNegation_flaggedNegated() {
    Event e = only("fr", "Le [LOC Niger] n'a pas signé l'accord de défense.");
    assertThat(e.type()).isEqualTo("agreement signed");
    assertThat(e.factuality()).isEqualTo(Event.Factuality.NEGATED);
    assertThat(e.asserted()).isFalse();
  }

  @Test
  void apply_englishNegation_flaggedNegated() {
    assertThat(only("en", "[LOC Hungary] did not sign the agreement.").factuality())
        .isEqualTo(Event.Factuality.NEGATED);
    assertThat(only("en", "[PER Xi Jinping] has never visited [LOC Taiwan].").factuality())
        .isEqualTo(Event.Factuality.NEGATED);
  }

  @Test
  void apply_futureAndConditional_uncertain() {
    assertThat(only("fr", "[PER Emmanuel Macron] se rendra à [LOC Pékin] en avril.").factuality())
        .isEqualTo(Event.Factuality.UNCERTAIN);
    assertThat(only("fr", "Le [LOC Mali] aurait signé un accord avec la [LOC Russie].").factuality())
        .isEqualTo(Event.Factuality.UNCERTAIN);
    assertThat(only("en", "[PER Joe Biden] plans to visit [LOC Kenya].").factuality())
        .isEqualTo(Event.Factuality.UNCERTAIN);
  }

  @Test
  void apply_passiveWithAgent_agentActsOnSubject() {
    Event fr = only("fr", "[PER Jean Dupont] a été arrêté par la police à [LOC Lyon].");
    assertThat(fr.root()).isEqualTo(CameoRoot.COERCE);
    assertThat(fr.actors()).containsExactly("police");
    assertThat(fr.target()).contains("per:jean-dupont");
    assertThat(fr.place()).contains("Lyon");
    Event en = only("en", "[PER John Smith] was arrested by police in [LOC Boston].");
    assertThat(en.actors()).containsExactly("police");
    assertThat(en.target()).contains("per:john-smith");
  }

  @Test
  void apply_coordinatedSubjects_allAct() {
    assertThat(only("fr", "[PER Vladimir Poutine], [PER Xi Jinping] et [PER Narendra Modi] se sont réunis à"
        + " [LOC Kazan].").actors()).containsExactly("per:vladimir-poutine", "per:xi-jinping", "per:narendra-modi");
    assertThat(only("en", "[LOC Israel] and the [LOC United Arab Emirates] signed an agreement.").actors())
        .containsExactly("loc:israel", "loc:united-arab-emirates");
  }

  @Test
  void apply_nominalEvent_genitiveActsAndPlaceAfterA() {
    Event e = only("fr", "La visite du président [PER Emmanuel Macron] à [LOC Alger] a duré trois jours.");
    assertThat(e.type()).isEqualTo("visit");
    assertThat(e.actors()).containsExactly("per:emmanuel-macron");
    assertThat(e.place()).contains("Algiers");
    Event patient = only("en", "The arrest of [PER Ekrem Imamoglu] in [LOC Istanbul] sparked protests.");
    assertThat(patient.actors()).isEmpty();
    assertThat(patient.target()).contains("per:ekrem-imamoglu");
  }

  @Test
  void apply_roleCountry_actorCountries() {
    Event e = only("fr", "Le ministre turc de la Défense [PER Hulusi Akar] s'est rendu à [LOC Tripoli].");
    assertThat(e.actorCountries()).containsExactly("TR");
    assertThat(e.placeCountry()).contains("LY");
  }

  @Test
  void apply_everyArgument_spanHoldsItsText() {
    Article article = NewsSentencesTest.annotate(EventFixtures.of("spans", "fr", "Le ministre [PER Hulusi Akar] et"
        + " le chef d'état-major [PER Yasar Guler] se sont rendus vendredi à [LOC Tripoli] pour rencontrer"
        + " [PER Fayez al-Sarraj]."));
    Event e = article.annotations().events().getFirst();
    assertThat(e.evidence()).extracting(EventArgument::role).containsExactly(EventArgument.Role.TRIGGER,
        EventArgument.Role.ACTOR, EventArgument.Role.ACTOR, EventArgument.Role.TARGET, EventArgument.Role.PLACE,
        EventArgument.Role.TIME);
    assertThat(e.evidence()).allSatisfy(a -> assertThat(a.span().textIn(article)).contains(a.text()));
    assertThat(e.trigger().orElseThrow().text()).isEqualTo("se sont rendus");
    assertThat(e.time()).contains("2024-03-15");
  }

  @Test
  void apply_placeNamedInAnEarlierVisit_inherited() {
    List<Event> events = events("fr", "[PER Hulusi Akar] s'est rendu lundi à [LOC Tripoli]. Sa visite fait suite à"
        + " celle de [PER Mevlut Cavusoglu], venu pour rencontrer [PER Fayez al-Sarraj].");
    assertThat(events).filteredOn(e -> e.actors().contains("per:mevlut-cavusoglu")).singleElement()
        .satisfies(e -> assertThat(e.place()).contains("Tripoli"));
  }

  @Test
  void apply_unknownLanguage_noEventsNoFailure() {
    Article german = EventFixtures.of("de", "de", "[PER Olaf Scholz] besuchte [LOC Paris].").article();
    Outcome<Article> outcome = new EventStage(Gazetteer.bundled()).apply(german);
    assertThat(outcome).isInstanceOf(Outcome.Done.class);
    assertThat(((Outcome.Done<Article>) outcome).value().annotations().events()).isEmpty();
    Article undetermined = new Article(german.id(), german.url(), german.location(), german.source(),
        german.section(), german.title(), german.byline(), german.published(), Optional.empty(), german.body(),
        german.captions(), german.tags(), german.contentHash());
    assertThat(new EventStage(Gazetteer.bundled()).apply(undetermined)).isInstanceOf(Outcome.Done.class);
  }

  @Test
  void apply_infinitiveOfPurpose_noEventOfItsOwn() {
    List<Event> events = events("fr", "[PER Hulusi Akar] s'est rendu à [LOC Tripoli] pour rencontrer"
        + " [PER Fayez al-Sarraj].");
    assertThat(events).extracting(Event::type).containsExactly("visit");
    assertThat(events.getFirst().target()).contains("per:fayez-sarraj");
  }
}
