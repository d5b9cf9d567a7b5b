package org.vigie.app.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigie.store.FacetCount;

/**
 * A world map as inline SVG: each country's shape (Natural Earth 1:110m, public domain, via the
 * world-atlas npm package; see {@code vigie-app/tools/make-world-map.py}) shaded by how many
 * articles are about it, and a link to its page. No tiles, no script.
 */
final class WorldMap {
  record Country(String code, String name, String path) {}

  static final List<Country> COUNTRIES = load();

  private WorldMap() {}

  private static List<Country> load() {
    List<Country> countries = new ArrayList<>();
    try (InputStream in = WorldMap.class.getResourceAsStream("world-110m.tsv")) {
      if (in == null) {
        throw new IllegalStateException("world-110m.tsv is missing from the build");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String[] parts = line.split("\t", 3);
        if (parts.length == 3) {
          countries.add(new Country(parts[0], parts[1], parts[2]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(countries);
  }

  /** The map with each country shaded in one of five steps of its share of the largest count. */
  static Html.Safe svg(List<FacetCount> counts, Messages words) {
    Map<String, Long> byCode = new java.util.HashMap<>();
    long max = 1;
    for (FacetCount count : counts) {
      byCode.put(count.value(), count.count());
      max = Math.max(max, count.count());
    }
    List<Html.Safe> shapes = new ArrayList<>();
    for (Country country : COUNTRIES) {
      long n = byCode.getOrDefault(country.code(), 0L);
      int level = n == 0 ? 0 : 1 + (int) Math.min(4, Math.floor(4.0 * Math.log1p(n) / Math.log1p(max)));
      String name = words.countryName(country.code());
      // A shape's path comes from the shipped file, never from articles; it is still escaped like any value.
      shapes.add(Html.t("<a href=\"/country/{}\" aria-label=\"{}: {} {}\"><path class=\"land h{}\" d=\"{}\">"
              + "<title>{}: {} {}</title></path></a>",
          country.code(), name, n, words.articlesCount(), level, country.path(), name, n, words.articlesCount()));
    }
    // A group, not an image: its countries are links that keyboard and screen-reader users reach one by one.
    return Html.t("<svg class=\"world\" viewBox=\"0 0 360 150\" role=\"group\" aria-labelledby=\"map-title\">"
        + "<title id=\"map-title\">{}</title>{}</svg>", words.mapTitle(), Html.join(shapes));
  }
}
