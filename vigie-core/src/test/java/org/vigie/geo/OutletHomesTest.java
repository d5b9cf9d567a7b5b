package org.vigie.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.model.Block;
import org.vigie.model.BlockKind;
import org.vigie.model.Place;

class OutletHomesTest {
  private static final Gazetteer GAZETTEER = Gazetteer.bundled();
  private static final String OUTLET = "https://www.dailypost-example.com/news/";

  private static Article article(String url, String text) {
    return new Article(url, Optional.of(url), url, Optional.empty(), Optional.empty(), "Local news", Optional.empty(),
        Optional.empty(), Optional.of("en"), List.of(new Block(BlockKind.PARAGRAPH, text)), List.of(), List.of(), url);
  }

  private static List<Place> places(PlaceStage stage, String url, String text) {
    return stage.locate(article(url, text)).stream().map(ArticleGeography.Located::place).toList();
  }

  @Test
  void outlet_webHost_withoutWww() {
    assertThat(OutletHomes.outlet(Optional.of(OUTLET))).contains("dailypost-example.com");
    assertThat(OutletHomes.outlet(Optional.of("not a url"))).isEmpty();
    assertThat(OutletHomes.outlet(Optional.empty())).isEmpty();
  }

  @Test
  void home_oneArticle_none() {
    OutletHomes homes = new OutletHomes(GAZETTEER);
    PlaceStage stage = new PlaceStage(GAZETTEER, Optional.of(homes));
    places(stage, OUTLET + "1", "The council of Cleveland, Tennessee met on Monday.");
    assertThat(homes.home(OutletHomes.outlet(Optional.of(OUTLET)))).isEmpty();
  }

  @Test
  void resolve_localPaperAfterTwoArticlesNearHome_localTown() {
    OutletHomes homes = new OutletHomes(GAZETTEER);
    PlaceStage stage = new PlaceStage(GAZETTEER, Optional.of(homes));
    places(stage, OUTLET + "1", "The council of Cleveland, Tennessee met on Monday.");
    places(stage, OUTLET + "2", "A new plant opens in Etowah, Tennessee, next spring.");

    Place athens = GeoArticles.place(places(stage, OUTLET + "3", "Glass recycling starts on Friday at Athens center."),
        "Athens");
    assertThat(athens.country()).isEqualTo("US");
    assertThat(Distance.km(athens.lat(), athens.lon(), 35.44, -84.59)).isLessThan(20); // Athens, Tennessee

    Place elsewhere = GeoArticles.place(new PlaceStage(GAZETTEER).locate(
        article("https://other-example.com/1", "Glass recycling starts on Friday at Athens center.")).stream()
        .map(ArticleGeography.Located::place).toList(), "Athens");
    assertThat(elsewhere.country()).isEqualTo("GR");
  }
}
