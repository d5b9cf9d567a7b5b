package org.vigie.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.geo.GeoArticles.place;
import static org.vigie.geo.GeoArticles.places;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.Place;

/** Short French news texts naming ambiguous places, resolved as a reader would. */
class FrenchPlacesTest {

  @Test
  void resolve_tripoliWithLibya_libyanCapital() {
    List<Place> places = places("fr", "Visite turque à Tripoli",
        "Le ministre turc de la Défense est arrivé vendredi à Tripoli, en Libye, pour rencontrer le gouvernement libyen.");
    assertThat(place(places, "Tripoli").geonameId()).isEqualTo(2210247L);
    assertThat(place(places, "Libye").country()).isEqualTo("LY");
    assertThat(place(places, "turc").country()).isEqualTo("TR");
  }

  @Test
  void resolve_tripoliWithLebanon_lebaneseCity() {
    List<Place> places = places("fr", "Heurts dans le nord du Liban",
        "Des affrontements ont opposé deux quartiers de Tripoli, la grande ville du nord du Liban, "
            + "à une soixantaine de kilomètres de Beyrouth.");
    assertThat(place(places, "Tripoli").country()).isEqualTo("LB");
  }

  @Test
  void resolve_valenceInDrome_frenchCity() {
    List<Place> places = places("fr", "Inondations dans la Drôme",
        "La mairie de Valence a ouvert un gymnase pour les sinistrés, tandis que Montélimar et Romans-sur-Isère "
            + "restent en alerte.");
    assertThat(place(places, "Valence").country()).isEqualTo("FR");
  }

  @Test
  void resolve_valenceWithSpain_spanishCity() {
    List<Place> places = places("fr", "Pluies diluviennes en Espagne",
        "À Valence, troisième ville d'Espagne, les pompiers ont évacué des centaines d'habitants, comme à Alicante "
            + "et à Castellón.");
    assertThat(place(places, "Valence").country()).isEqualTo("ES");
  }

  @Test
  void resolve_saintDenisNearParis_notReunion() {
    List<Place> places = places("fr", "Incendie en Seine-Saint-Denis",
        "Un immeuble a pris feu dans la nuit à Saint-Denis, au nord de Paris, près du Stade de France.");
    assertThat(place(places, "Saint-Denis").country()).isEqualTo("FR");
    assertThat(place(places, "Saint-Denis").lat()).isGreaterThan(48.5);
  }

  @Test
  void resolve_saintDenisInReunion_reunionCapital() {
    List<Place> places = places("fr", "Cyclone à La Réunion",
        "Les habitants de Saint-Denis, chef-lieu de La Réunion, et de Saint-Pierre se sont calfeutrés chez eux.");
    assertThat(place(places, "Saint-Denis").country()).isEqualTo("RE");
  }

  @Test
  void resolve_alexandrie_egyptianCity() {
    List<Place> places = places("fr", "Manifestations en Égypte",
        "Des milliers de personnes ont défilé au Caire et à Alexandrie contre la hausse des prix.");
    assertThat(place(places, "Alexandrie").country()).isEqualTo("EG");
  }

  @Test
  void resolve_georgieWithTbilisi_country() {
    List<Place> places = places("fr", "Tensions dans le Caucase",
        "La Géorgie accuse la Russie de masser des troupes près de Tbilissi.");
    Place georgia = place(places, "Géorgie");
    assertThat(georgia.country()).isEqualTo("GE");
    assertThat(place(places, "Russie").country()).isEqualTo("RU");
  }

  @Test
  void resolve_parisTexasInBrackets_americanTown() {
    List<Place> places = places("fr", "Tornade aux États-Unis",
        "Une tornade a frappé Paris (Texas), une petite ville proche de Dallas.");
    assertThat(place(places, "Paris").country()).isEqualTo("US");
  }

  @Test
  void resolve_londresWithoutContext_capitalOfBritain() {
    List<Place> places = places("fr", "Brexit", "Londres et Bruxelles reprennent les négociations lundi.");
    assertThat(place(places, "Londres").country()).isEqualTo("GB");
    assertThat(place(places, "Bruxelles").country()).isEqualTo("BE");
  }

  @Test
  void metonymy_capitalThatSigns_flagged() {
    List<Place> places = places("fr", "Accord militaire",
        "Ankara a signé un accord avec Tripoli. Le ministre s'est rendu à Tripoli mardi.");
    assertThat(place(places, "Ankara").metonymy()).isTrue();
    assertThat(places).filteredOn(p -> p.text().equals("Tripoli")).extracting(Place::metonymy)
        .containsExactly(true, false);
  }

  @Test
  void find_commonWordsAndNames_noPlaces() {
    List<Place> places = places("fr", "Conseil municipal",
        "Le maire Jean Nice a présidé la séance de mardi. En mars, la commune votera le budget.");
    assertThat(places).extracting(Place::text).doesNotContain("Le", "En", "Nice", "mars");
  }

  @Test
  void resolve_diplomatesAmericainsEtRussesAGeneve_villeSuisse() {
    List<Place> places = places("fr", "Négociations",
        "Des diplomates américains et russes se sont rencontrés mardi à Genève.");
    assertThat(place(places, "Genève").country()).isEqualTo("CH");
  }

  @Test
  void resolve_unSeulSensParArticle_lesMentionsSuiventLaQualifiee() {
    List<Place> places = places("fr", "Tornade", "Une tornade a frappé Paris (Texas) dimanche."
        + " Les pompiers de Paris ont secouru douze familles.");
    assertThat(places).filteredOn(p -> p.text().equals("Paris")).extracting(Place::country).containsOnly("US");
  }

  @Test
  void find_rueQuiPorteUnNomDeVille_pasDeLieu() {
    List<Place> places = places("fr", "Incendie", "Un incendie s'est déclaré rue de Valence à Lyon mardi.");
    assertThat(places).extracting(Place::text).doesNotContain("Valence");
    assertThat(place(places, "Lyon").country()).isEqualTo("FR");
  }
}
