package org.vigie.geo.build;

import java.util.List;

/**
 * A country as the bundled country dataset (world-countries) describes it.
 *
 * @param names its names in English and French, official and common, and other spellings
 * @param abbreviations short forms that only count written in capitals ("UK", "USA")
 * @param demonyms the words for its people and the adjectives, English and French, all forms
 */
record CountryRecord(String code, String name, List<String> names, List<String> abbreviations,
    List<String> demonyms, double lat, double lon, double areaKm2) {
}
