package org.vigie.geo.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a GeoNames dump ({@code cities500.txt}: geonameid, name, asciiname, alternatenames,
 * latitude, longitude, feature class, feature code, country code, cc2, admin1, admin2, admin3,
 * admin4, population, elevation, dem, timezone, modification date; tab-separated).
 */
record GeoNamesCity(long id, String name, String asciiName, List<String> alternateNames, double lat, double lon,
    String featureClass, String featureCode, String country, String admin1, String admin2, long population) {

  /** Reads every row of a dump; rows that are not 19 columns wide are skipped. */
  static List<GeoNamesCity> readAll(Reader source) throws IOException {
    List<GeoNamesCity> rows = new ArrayList<>(200_000);
    BufferedReader reader = new BufferedReader(source, 1 << 16);
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      String[] f = line.split("\t", -1);
      if (f.length < 19 || f[0].isEmpty() || !Character.isDigit(f[0].charAt(0))) {
        continue;
      }
      List<String> alternates = f[3].isEmpty() ? List.of() : List.of(f[3].split(","));
      rows.add(new GeoNamesCity(Long.parseLong(f[0]), f[1], f[2], alternates, Double.parseDouble(f[4]),
          Double.parseDouble(f[5]), f[6], f[7], f[8], f[10], f[11], f[14].isEmpty() ? 0 : Long.parseLong(f[14])));
    }
    return rows;
  }
}
