package org.vigie.geo;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.vigie.model.Article;
import org.vigie.model.Block;
import org.vigie.model.BlockKind;
import org.vigie.model.Place;

/** Short news articles for the places tests, and what the places stage reads in them. */
final class GeoArticles {
  private static final PlaceStage STAGE = new PlaceStage(Gazetteer.bundled());

  private GeoArticles() {}

  static Article article(String language, String title, String... paragraphs) {
    List<Block> body = Arrays.stream(paragraphs).map(p -> new Block(BlockKind.PARAGRAPH, p)).toList();
    return new Article("test", Optional.empty(), "test", Optional.empty(), Optional.empty(), title, Optional.empty(),
        Optional.empty(), Optional.of(language), body, List.of(), List.of(), "hash");
  }

  static List<Place> places(String language, String title, String... paragraphs) {
    return STAGE.locate(article(language, title, paragraphs)).stream().map(ArticleGeography.Located::place).toList();
  }

  /** The first place written as {@code text}. */
  static Place place(List<Place> places, String text) {
    return places.stream().filter(p -> p.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no place \"" + text + "\" in " + places));
  }
}
