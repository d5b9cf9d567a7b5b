package org.vigie.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.model.Block;
import org.vigie.model.BlockKind;
import org.vigie.model.Place;

class OutletNamesTest {
  private static final Gazetteer GAZETTEER = Gazetteer.bundled();
  private static final OutletNames NAMES = new OutletNames(GAZETTEER);

  private static List<Place> places(String url, String text) {
    Article article = new Article(url, Optional.of(url), url, Optional.empty(), Optional.empty(), "Local news",
        Optional.empty(), Optional.empty(), Optional.of("en"), List.of(new Block(BlockKind.PARAGRAPH, text)), List.of(),
        List.of(), url);
    return new PlaceStage(GAZETTEER).locate(article).stream().map(ArticleGeography.Located::place).toList();
  }

  @Test
  void of_hostNamingATown_theTownsName() {
    assertThat(NAMES.of(Optional.of("dallasnews.com")).names()).containsExactly("dallas");
    assertThat(NAMES.of(Optional.of("theparisnews.com")).names()).contains("paris");
  }

  @Test
  void of_hostNamingNoPlace_none() {
    assertThat(NAMES.of(Optional.of("example.com"))).isEqualTo(OutletNames.Named.NONE);
    assertThat(NAMES.of(Optional.empty())).isEqualTo(OutletNames.Named.NONE);
  }

  @Test
  void resolve_outletNamedAfterASmallTown_theTownOverTheCountry() {
    List<Place> places = places("https://www.jordannews-example.com/1",
        "Jordan elementary gets a reward from the store in Shakopee.");
    assertThat(GeoArticles.place(places, "Jordan").country()).isEqualTo("US");
  }

  @Test
  void resolve_townNearTheOutletsNamesake_theLocalTown() {
    List<Place> places = places("https://www.dallasnews.com/1", "An 80-year-old was killed in Arlington on Monday.");
    assertThat(GeoArticles.place(places, "Arlington").lon()).isLessThan(-95); // Texas, not Virginia
  }
}
