package org.vigie.geo;

/**
 * One place in the gazetteer.
 *
 * @param index its position in the gazetteer
 * @param geonameId the GeoNames id, 0 when the source gives none (regions and counties compiled
 *     from the bundled datasets, which do not carry GeoNames ids)
 * @param featureCode the GeoNames feature code ("PPLC" for a capital, "PPLA" for a region's seat,
 *     "PCLI" for a country, "ADM1", "ADM2", "CONT")
 * @param country ISO 3166-1 alpha-2 code, empty for areas larger than a country
 * @param region the index of the region it lies in, -1 when unknown or when it is no smaller
 * @param county the index of the county it lies in, -1 when unknown
 */
public record GazetteerEntry(int index, long geonameId, String name, PlaceKind kind, String featureCode,
    String country, double lat, double lon, long population, int region, int county) {

  /** A capital city of a country. */
  public boolean capital() {
    return "PPLC".equals(featureCode);
  }
}
