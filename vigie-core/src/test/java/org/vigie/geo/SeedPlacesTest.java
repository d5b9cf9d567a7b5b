package org.vigie.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.model.CountryScore;
import org.vigie.model.Place;
import org.vigie.pipeline.Outcome;
import org.vigie.testing.SeedArticle;

/** The places table of ../shared/seed/EXPECTED.md. */
class SeedPlacesTest {
  private static Article article;

  @BeforeAll
  static void annotate() throws IOException {
    article = ((Outcome.Done<Article>) new PlaceStage(Gazetteer.bundled()).apply(SeedArticle.extracted())).value();
  }

  private static List<Place> named(String text) {
    return article.annotations().places().stream().filter(p -> p.text().equals(text)).toList();
  }

  @Test
  void places_tripoli_libyanCapitalEverywhere() {
    assertThat(named("Tripoli")).isNotEmpty().allSatisfy(p -> {
      assertThat(p.geonameId()).isEqualTo(2210247L);
      assertThat(p.lat()).isBetween(32.8, 33.0);
      assertThat(p.lon()).isBetween(13.1, 13.3);
    });
  }

  @Test
  void places_libyaAndItsAdjective_libya() {
    assertThat(named("Libye")).isNotEmpty().allMatch(p -> p.country().equals("LY"));
    assertThat(named("libyen")).isNotEmpty().allMatch(p -> p.country().equals("LY"));
  }

  @Test
  void places_turkeyAndItsAdjectives_turkey() {
    assertThat(named("Turquie")).isNotEmpty().allMatch(p -> p.country().equals("TR"));
    assertThat(named("turc")).isNotEmpty().allMatch(p -> p.country().equals("TR"));
    assertThat(named("turque")).isNotEmpty().allMatch(p -> p.country().equals("TR"));
  }

  @Test
  void places_ankara_turkishCapitalStandingForTheGovernment() {
    assertThat(named("Ankara")).isNotEmpty().allMatch(p -> p.country().equals("TR"));
    assertThat(named("Ankara")).anyMatch(Place::metonymy);
  }

  @Test
  void places_spans_pointAtTheirText() {
    assertThat(article.annotations().places())
        .allSatisfy(p -> assertThat(p.span().textIn(article)).contains(p.text()));
  }

  @Test
  void countries_libyaFirstTurkeySecond() {
    assertThat(article.annotations().countries()).extracting(CountryScore::code).startsWith("LY", "TR");
    assertThat(article.annotations().countries().getFirst().score()).isEqualTo(1.0);
  }

  @Test
  void focus_tripoli() {
    assertThat(article.annotations().focus()).map(Place::geonameId).contains(2210247L);
  }
}
