package org.vigie.geo.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the npm package {@code @countrystatecity/countries}: every country's subdivisions (states,
 * provinces, regions, departments…) with coordinates, the cities of each subdivision, which tie
 * GeoNames places to their subdivision, and the countries' populations.
 */
final class CountryStateCity {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A subdivision of a country. */
  record Region(String country, String code, String name, String nativeName, String type, double lat, double lon) {
  }

  /** A city and the subdivision it belongs to. */
  record CityLink(String country, String regionCode, String name, double lat, double lon) {
  }

  final List<Region> regions = new ArrayList<>();
  final List<CityLink> cities = new ArrayList<>(160_000);
  final Map<String, Long> countryPopulation = new HashMap<>();

  static CountryStateCity read(Path tarball) throws IOException {
    CountryStateCity data = new CountryStateCity();
    TarGz.read(tarball, path -> path.startsWith("package/dist/data/") && path.endsWith(".json"), (path, content) -> {
      String relative = path.substring("package/dist/data/".length());
      if (relative.equals("countries.json")) {
        for (JsonNode c : JSON.readTree(content)) {
          data.countryPopulation.put(c.path("iso2").asText(), c.path("population").asLong());
        }
      } else if (relative.endsWith("/states.json") && relative.indexOf('/') == relative.lastIndexOf('/')) {
        for (JsonNode s : JSON.readTree(content)) {
          if (s.path("latitude").isNull() || s.path("latitude").asText().isEmpty()) {
            continue;
          }
          data.regions.add(new Region(s.path("country_code").asText(), s.path("iso2").asText(), s.path("name").asText(),
              s.path("native").asText(""), s.path("type").asText(""), s.path("latitude").asDouble(),
              s.path("longitude").asDouble()));
        }
      } else if (relative.endsWith("/cities.json")) {
        for (JsonNode c : JSON.readTree(content)) {
          data.cities.add(new CityLink(c.path("country_code").asText(), c.path("state_code").asText(),
              c.path("name").asText(), c.path("latitude").asDouble(), c.path("longitude").asDouble()));
        }
      }
    });
    return data;
  }
}
