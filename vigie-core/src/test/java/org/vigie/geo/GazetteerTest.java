package org.vigie.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private final Gazetteer gazetteer = Gazetteer.bundled();

  private List<GazetteerEntry> entries(String name) {
    return gazetteer.lookup(NameKey.fold(name)).stream().map(h -> gazetteer.entry(h.entry())).toList();
  }

  @Test
  void lookup_tripoli_libyanCapitalAndLebaneseCity() {
    assertThat(entries("Tripoli")).extracting(GazetteerEntry::geonameId).contains(2210247L, 266826L);
    GazetteerEntry libyan = entries("Tripoli").stream().filter(e -> e.geonameId() == 2210247L).findFirst().orElseThrow();
    assertThat(libyan.country()).isEqualTo("LY");
    assertThat(libyan.capital()).isTrue();
    assertThat(libyan.lat()).isCloseTo(32.89, org.assertj.core.data.Offset.offset(0.05));
  }

  @Test
  void lookup_frenchAndEnglishCountryNamesAndDemonyms_country() {
    for (String name : List.of("Libye", "Libya", "libyen", "libyenne", "libyens", "Libyan")) {
      assertThat(entries(name)).as(name).anyMatch(e -> e.kind() == PlaceKind.COUNTRY && e.country().equals("LY"));
    }
    for (String name : List.of("Turquie", "turc", "turque", "turcs", "Turkish")) {
      assertThat(entries(name)).as(name).anyMatch(e -> e.kind() == PlaceKind.COUNTRY && e.country().equals("TR"));
    }
  }

  @Test
  void lookup_frenchAlternateName_city() {
    assertThat(entries("Londres")).anyMatch(e -> e.country().equals("GB") && e.population() > 1_000_000);
    assertThat(entries("Alexandrie")).anyMatch(e -> e.country().equals("EG"));
  }

  @Test
  void lookup_bareCountyName_theCounty() {
    assertThat(entries("Gwinnett")).anyMatch(e -> e.kind() == PlaceKind.COUNTY && e.name().equals("Gwinnett County"));
    assertThat(entries("Platte Co.")).anyMatch(e -> e.kind() == PlaceKind.COUNTY);
  }

  @Test
  void lookup_regionsAndCounties_linkedToTheirPlaces() {
    GazetteerEntry texas = entries("Texas").stream().filter(e -> e.kind() == PlaceKind.REGION).findFirst().orElseThrow();
    GazetteerEntry dallas = entries("Dallas").stream().filter(e -> e.country().equals("US") && e.kind() == PlaceKind.CITY)
        .max(java.util.Comparator.comparingLong(GazetteerEntry::population)).orElseThrow();
    assertThat(dallas.region()).isEqualTo(texas.index());
    GazetteerEntry county = entries("Dallas County").stream().filter(e -> e.kind() == PlaceKind.COUNTY)
        .filter(e -> e.region() == texas.index()).findFirst().orElseThrow();
    assertThat(dallas.county()).isEqualTo(county.index());
  }

  @Test
  void lookup_everyName_findsItsEntries() {
    List<String> unfound = new java.util.ArrayList<>();
    gazetteer.forEachName((key, hit) -> {
      if (unfound.size() < 5 && gazetteer.lookup(key).isEmpty()) {
        unfound.add(key);
      }
    });
    assertThat(unfound).isEmpty();
    assertThat(entries("Moscow")).anyMatch(e -> e.geonameId() == 524901L);
  }

  @Test
  void countries_geoNamesIdsAndPoints() {
    GazetteerEntry canada = entries("Canada").stream().filter(e -> e.kind() == PlaceKind.COUNTRY).findFirst()
        .orElseThrow();
    assertThat(canada.geonameId()).isEqualTo(6251999L);
    assertThat(canada.lat()).isCloseTo(60.11, org.assertj.core.data.Offset.offset(0.05));
    assertThat(canada.lon()).isCloseTo(-113.64, org.assertj.core.data.Offset.offset(0.05));
  }

  @Test
  void regions_placedOnTheirNamesakeCity_movedToTheirCentre() {
    GazetteerEntry state = entries("New York").stream().filter(e -> e.kind() == PlaceKind.REGION).findFirst()
        .orElseThrow();
    assertThat(Distance.km(state.lat(), state.lon(), 43.0, -75.5)).isLessThan(161);
  }

  @Test
  void isCommonWord_englishWords_notPlaces() {
    assertThat(gazetteer.isCommonWord("reading")).isTrue();
    assertThat(gazetteer.isCommonWord("tripoli")).isFalse();
  }

  @Test
  void write_thenRead_sameEntries() throws IOException {
    GazetteerBuilder builder = new GazetteerBuilder();
    int paris = builder.add(2988507, "Paris", PlaceKind.CITY, "PPLC", "FR", 48.85, 2.35, 2_138_551);
    builder.name(paris, "Lutèce", NameHit.ALTERNATE);
    builder.commonWord("reading");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    builder.build().write(bytes);

    Gazetteer read = Gazetteer.read(new ByteArrayInputStream(bytes.toByteArray()));

    assertThat(read.lookup("lutece")).containsExactly(new NameHit(paris, NameHit.ALTERNATE));
    assertThat(read.entry(paris).name()).isEqualTo("Paris");
    assertThat(read.isCommonWord("reading")).isTrue();
  }
}
