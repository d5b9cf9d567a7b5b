package org.vigie.geo.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the countries of the npm package {@code world-countries} ({@code countries.json}): names in
 * English and French, alternative spellings, English and French demonyms, coordinates and area.
 */
final class WorldCountries {
  private WorldCountries() {}

  static List<CountryRecord> parse(byte[] json) throws IOException {
    List<CountryRecord> countries = new ArrayList<>();
    for (JsonNode c : new ObjectMapper().readTree(json)) {
      String code = c.path("cca2").asText();
      Set<String> names = new LinkedHashSet<>();
      Set<String> abbreviations = new LinkedHashSet<>();
      names.add(c.path("name").path("common").asText());
      names.add(c.path("name").path("official").asText());
      names.add(c.path("translations").path("fra").path("common").asText());
      names.add(c.path("translations").path("fra").path("official").asText());
      for (JsonNode spelling : c.path("altSpellings")) {
        String s = spelling.asText();
        if (s.equals(code)) {
          continue; // two-letter codes collide with words ("IT", "NO", "BE")
        }
        if (s.length() <= 4 && s.equals(s.toUpperCase(Locale.ROOT))) {
          abbreviations.add(s);
        } else {
          names.add(s);
        }
      }
      Set<String> demonyms = new LinkedHashSet<>();
      for (String language : List.of("eng", "fra")) {
        for (String gender : List.of("m", "f")) {
          String word = c.path("demonyms").path(language).path(gender).asText("");
          if (!word.isBlank()) {
            demonyms.add(word);
            demonyms.add(plural(word, language));
          }
        }
      }
      names.removeIf(String::isBlank);
      JsonNode latlng = c.path("latlng");
      countries.add(new CountryRecord(code, c.path("name").path("common").asText(), List.copyOf(names),
          List.copyOf(abbreviations), List.copyOf(demonyms), latlng.path(0).asDouble(), latlng.path(1).asDouble(),
          c.path("area").asDouble()));
    }
    return countries;
  }

  /** "Libyen" → "Libyens", "Libyan" → "Libyans"; words ending in s, x or z (and "-ese") do not change. */
  static String plural(String word, String language) {
    if (word.endsWith("s") || word.endsWith("x") || word.endsWith("z") || word.endsWith("ese") || word.endsWith("ish")
        || word.endsWith("ch")) {
      return word;
    }
    return "fra".equals(language) && word.endsWith("al") ? word.substring(0, word.length() - 2) + "aux" : word + "s";
  }
}
