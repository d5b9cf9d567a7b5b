package org.vigie.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.geo.GeoArticles.place;
import static org.vigie.geo.GeoArticles.places;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.Place;

/** Short English news texts naming ambiguous places, resolved as a reader would. */
class EnglishPlacesTest {

  @Test
  void resolve_georgiaWithAtlanta_americanState() {
    List<Place> places = places("en", "Storms hit the South",
        "Storms knocked out power across Georgia on Monday, and Atlanta's airport cancelled hundreds of flights.");
    Place georgia = place(places, "Georgia");
    assertThat(georgia.country()).isEqualTo("US");
  }

  @Test
  void resolve_georgiaWithRussia_country() {
    List<Place> places = places("en", "Russian troops in the Caucasus",
        "Russia moved troops closer to Georgia, whose government in Tbilisi called the move a provocation.");
    assertThat(place(places, "Georgia").country()).isEqualTo("GE");
  }

  @Test
  void resolve_londonOntario_canadianCity() {
    List<Place> places = places("en", "Snowstorm", "Schools in London, Ontario, were closed on Tuesday.");
    assertThat(place(places, "London").country()).isEqualTo("CA");
  }

  @Test
  void resolve_parisTexasWithComma_americanTown() {
    List<Place> places = places("en", "Tornado", "A tornado touched down near Paris, Texas, on Sunday.");
    assertThat(place(places, "Paris").country()).isEqualTo("US");
  }

  @Test
  void resolve_alexandriaVa_virginiaCity() {
    List<Place> places = places("en", "Council vote", "The council of Alexandria, Va., voted on the budget.");
    assertThat(place(places, "Alexandria").country()).isEqualTo("US");
  }

  @Test
  void resolve_demonymsAndAbbreviations_countries() {
    List<Place> places = places("en", "Talks", "U.S. and Russian diplomats met in Vienna.");
    assertThat(place(places, "U.S.").country()).isEqualTo("US");
    assertThat(place(places, "Russian").country()).isEqualTo("RU");
  }

  @Test
  void find_personNamesAndCommonWords_noPlaces() {
    List<Place> places = places("en", "Statement",
        "George Washington University said on Monday that Police Chief Dan Reading would retire in May.");
    assertThat(places).extracting(Place::text).doesNotContain("Washington", "Police", "Reading", "May");
  }
}
