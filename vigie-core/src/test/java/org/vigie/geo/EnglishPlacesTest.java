package org.vigie.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vigie.geo.GeoArticles.place;
import static org.vigie.geo.GeoArticles.places;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.model.EntityType;
import org.vigie.model.Mention;
import org.vigie.model.Place;
import org.vigie.model.Span;
import org.vigie.model.SpanTarget;

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
  void resolve_demonymCityOf_townOfThatCountry() {
    List<Place> places = places("en", "Poisoning", "Police in Washington and Moscow followed the case of a former spy"
        + " poisoned in the English city of Salisbury last month.");
    assertThat(place(places, "Salisbury").country()).isEqualTo("GB");
  }

  @Test
  void resolve_louisvilleWithOhioAndMississippi_bigCity() {
    List<Place> places = places("en", "Final Four", "Mississippi beat Louisville in overtime on Friday and will"
        + " play for the title in Columbus, Ohio, on Sunday.");
    assertThat(place(places, "Louisville").lon()).isCloseTo(-85.76, within(0.5)); // Kentucky
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

  @Test
  void find_compassWordBeforeAnUnknownName_noRegionOfThatName() {
    List<Place> places = places("en", "Caucasus", "Russian troops entered South Ossetia and shelled Eastern Ghouta"
        + " villages, while settlers in the West Bank protested. Storms hit the South on Monday.");
    assertThat(places).extracting(Place::text).doesNotContain("South", "Eastern", "West");
  }

  /** The place names located in one paragraph, with the recogniser's mentions given (none: the finder alone). */
  private static List<String> placesOf(String language, String text, Mention... mentions) {
    Article article = GeoArticles.article(language, "Title", text);
    Article withMentions = article.withAnnotations(article.annotations().withMentions(List.of(mentions)));
    return new PlaceStage(Gazetteer.bundled()).locate(withMentions).stream()
        .map(located -> located.place().text()).toList();
  }

  private static Mention mention(String text, EntityType type, int start) {
    return new Mention(text, type, Optional.empty(), new Span(SpanTarget.BODY, 0, start, start + text.length()));
  }

  @Test
  void locate_nameBeforeAGovernmentNoun_theStateNotItsCity() {
    String text = "A New York court ruled on Monday that the ban could stand.";
    List<Place> places = new PlaceStage(Gazetteer.bundled()).locate(GeoArticles.article("en", "Ruling", text)).stream()
        .map(ArticleGeography.Located::place).toList();

    assertThat(places).singleElement().satisfies(newYork -> {
      assertThat(newYork.country()).isEqualTo("US");
      assertThat(newYork.lat()).as("the state's centre lies north of the city").isGreaterThan(41.5);
    });
  }

  @Test
  void locate_acronymTheRecogniserTookForAnOrganisation_noPlace() {
    String text = "Reconnu par l'ONU et siégeant à Tripoli, le GNA a l'appui de la Turquie.";

    assertThat(placesOf("fr", text)).contains("ONU", "Tripoli");
    assertThat(placesOf("fr", text, mention("ONU", EntityType.ORG, 14))).doesNotContain("ONU")
        .contains("Tripoli", "Turquie");
  }

  @Test
  void locate_nameTheRecogniserTookForAPerson_noPlace() {
    String text = "Jackson told reporters in Memphis that the budget would pass.";

    assertThat(placesOf("en", text)).contains("Jackson", "Memphis");
    assertThat(placesOf("en", text, mention("Jackson", EntityType.PER, 0))).containsExactly("Memphis");
  }

  @Test
  void find_bareCountyNameWithoutRecogniser_noPlace() {
    List<Place> places = places("en", "Hearing", "Mr. Smith told the board in Atlanta, Georgia, that Gwinnett had left.");
    assertThat(places).extracting(Place::text).containsExactly("Atlanta", "Georgia");
  }

  @Test
  void find_alternateNameStartingAnOrganisation_theShorterPlaceName() {
    List<Place> places = places("en", "Council", "The budget was discussed by members of the Dublin City Council at their regular meeting.");
    assertThat(places).extracting(Place::text).containsExactly("Dublin");
  }

  @Test
  void resolve_twoSmallNeighbouringTowns_eachOtherOverBiggerNamesakes() {
    List<Place> places = places("en", "Council", "The police chiefs of New London and Winfield met the"
        + " mayor of Mt. Pleasant on Tuesday.");
    assertThat(place(places, "New London").lon()).isBetween(-92.0, -91.0); // Iowa, not Connecticut
  }

  @Test
  void resolve_cityAbbreviationInAPlaceMention_theCity() {
    Article traffic = GeoArticles.article("en", "Traffic", "Freeway traffic in L.A. slowed near Santa Monica on Friday.");
    Mention mention = new Mention("L.A.", EntityType.LOC, Optional.empty(), new Span(SpanTarget.BODY, 0, 19, 23));
    List<Place> la = new PlaceStage(Gazetteer.bundled())
        .locate(traffic.withAnnotations(traffic.annotations().withMentions(List.of(mention)))).stream()
        .map(ArticleGeography.Located::place).toList();
    assertThat(place(la, "L.A.").name()).isEqualTo("Los Angeles");
  }

  @Test
  void resolve_diplomatsOfTwoCountriesMeetInGeneva_swissCity() {
    List<Place> places = places("en", "Talks", "U.S. and Russian diplomats met in Geneva on Tuesday.");
    assertThat(place(places, "Geneva").country()).isEqualTo("CH");
  }

  @Test
  void resolve_britishTownsInAnArticleNamingAmericaToo_britishTowns() {
    List<Place> places = places("en", "Spy poisoning",
        "The United States expelled Russian diplomats after a former spy was poisoned in Salisbury, England."
            + " Britain says Russia was behind the attack. Police in London and Salisbury are investigating.");
    assertThat(place(places, "London").country()).isEqualTo("GB");
  }

  @Test
  void resolve_countryNamedByItsOwnName_countryOverSameNameTown() {
    List<Place> places = places("en", "Border", "Kurdish fighters in Syria fear an offensive by Turkey, officials"
        + " in Washington and New York said.");
    assertThat(place(places, "Turkey").country()).isEqualTo("TR");
  }

  @Test
  void resolve_oneSensePerDiscourse_laterMentionsFollowTheQualifiedOne() {
    List<Place> places = places("en", "Tornado", "A tornado touched down near Paris, Texas, on Sunday."
        + " Paris firefighters said the storm damaged twelve homes. The mayor of Paris thanked them.");
    assertThat(places).filteredOn(p -> p.text().equals("Paris")).extracting(Place::country).containsOnly("US");
  }

  @Test
  void find_streetNamedAfterAPlace_noPlace() {
    List<Place> places = places("en", "Fire", "Firefighters put out a kitchen fire on Clarksville Street in Paris,"
        + " Texas, on Tuesday.");
    assertThat(places).extracting(Place::text).doesNotContain("Clarksville");
  }
}
