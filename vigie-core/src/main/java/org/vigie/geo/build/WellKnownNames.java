package org.vigie.geo.build;

import java.util.List;
import java.util.Map;

/**
 * The few names news use that the datasets lack: continents and other areas larger than a country
 * (GeoNames ids and points as GeoNames gives them; id 0 and a rough point where GeoNames has no such
 * record), the everyday names of some countries
 * ("Britain", "America"), and the abbreviations of US states and Canadian provinces in news style
 * ("Ga.", "Calif.", "B.C."). Everything else comes from the datasets.
 */
final class WellKnownNames {
  private WellKnownNames() {}

  /** An area larger than a country; {@code names} in English and French, demonyms included. */
  record Area(long geonameId, String name, double lat, double lon, List<String> names, List<String> demonyms,
      List<String> abbreviations) {
  }

  static final List<Area> AREAS = List.of(
      new Area(6255148, "Europe", 48.69096, 9.14062, List.of("Europe", "Continental Europe"),
          List.of("European", "Europeans", "européen", "européenne", "européens", "européennes"), List.of()),
      new Area(6255146, "Africa", 7.1881, 21.09375, List.of("Africa", "Afrique"),
          List.of("African", "Africans", "africain", "africaine", "africains", "africaines"), List.of()),
      new Area(6255147, "Asia", 29.84064, 89.29688, List.of("Asia", "Asie"),
          List.of("Asian", "Asians", "asiatique", "asiatiques"), List.of()),
      new Area(6255149, "North America", 46.07323, -100.54688, List.of("North America", "Amérique du Nord"),
          List.of("North American", "nord-américain", "nord-américaine"), List.of()),
      new Area(6255150, "South America", -14.60485, -57.65625, List.of("South America", "Amérique du Sud"),
          List.of("South American", "sud-américain", "sud-américaine"), List.of()),
      new Area(6255151, "Oceania", -18.31281, 138.51562, List.of("Oceania", "Océanie"), List.of(), List.of()),
      new Area(6255152, "Antarctica", -78.15856, 16.40626, List.of("Antarctica", "Antarctique"), List.of(), List.of()),
      new Area(0, "Latin America", -14.6, -57.7, List.of("Latin America", "Amérique latine"),
          List.of("Latin American", "latino-américain", "latino-américaine"), List.of()),
      new Area(6269133, "Middle East", 33.13906, 35.85869, List.of("Middle East", "Moyen-Orient", "Proche-Orient", "Mideast"),
          List.of(), List.of()),
      new Area(6695072, "European Union", 50.0, 10.0, List.of("European Union", "Union européenne"), List.of(),
          List.of("EU", "UE")),
      new Area(0, "Atlantic Ocean", 10.0, -30.0, List.of("Atlantic Ocean", "Atlantic", "océan Atlantique", "Atlantique"),
          List.of(), List.of()),
      new Area(0, "Pacific Ocean", 0.0, -160.0, List.of("Pacific Ocean", "Pacific", "océan Pacifique", "Pacifique"),
          List.of(), List.of()),
      new Area(1545739, "Indian Ocean", -10.0, 70.0, List.of("Indian Ocean", "océan Indien"), List.of(), List.of()),
      new Area(363196, "Mediterranean Sea", 35.0, 20.0, List.of("Mediterranean", "Mediterranean Sea", "Méditerranée",
          "mer Méditerranée"), List.of(), List.of()),
      new Area(126585, "Kurdistan", 37.0, 44.0, List.of("Kurdistan"), List.of("Kurdish", "kurde", "kurdes"), List.of()),
      new Area(235616, "Persian Gulf", 27.0, 51.0, List.of("Persian Gulf", "Arabian Gulf", "Gulf", "golfe Persique"), List.of(),
          List.of()));

  /** Country names the country dataset does not give, by ISO code. */
  static final Map<String, List<String>> COUNTRY_NAMES = Map.ofEntries(
      Map.entry("GB", List.of("Britain", "Great Britain", "Grande-Bretagne")),
      Map.entry("US", List.of("America", "United States of America", "Amérique")),
      Map.entry("NL", List.of("Holland", "Hollande")),
      Map.entry("MM", List.of("Burma", "Birmanie")),
      Map.entry("CI", List.of("Ivory Coast")),
      Map.entry("CD", List.of("Congo-Kinshasa", "DR Congo", "Democratic Republic of Congo")),
      Map.entry("CG", List.of("Congo-Brazzaville")),
      Map.entry("KR", List.of("South Korea", "Corée du Sud")),
      Map.entry("KP", List.of("North Korea", "Corée du Nord")),
      Map.entry("CZ", List.of("Czech Republic", "République tchèque")),
      Map.entry("PS", List.of("Palestinian territories", "Territoires palestiniens")),
      Map.entry("VA", List.of("Vatican", "Holy See", "Saint-Siège")),
      Map.entry("RE", List.of("La Réunion", "île de la Réunion")),
      Map.entry("TR", List.of("Turkey", "Turquie")),
      Map.entry("CV", List.of("Cape Verde", "Cap-Vert")),
      Map.entry("SZ", List.of("Swaziland")),
      Map.entry("MK", List.of("Macedonia", "Macédoine")),
      Map.entry("RU", List.of("Soviet Union", "Union soviétique")),
      Map.entry("VI", List.of("U.S. Virgin Islands", "US Virgin Islands", "îles Vierges des États-Unis")));

  /** Abbreviations of country names that the dataset lacks, written in capitals or with periods. */
  static final Map<String, List<String>> COUNTRY_ABBREVIATIONS = Map.ofEntries(
      Map.entry("US", List.of("U.S.", "U.S.A.", "US", "USA")),
      Map.entry("GB", List.of("U.K.", "UK")),
      Map.entry("AE", List.of("UAE", "U.A.E.", "EAU")),
      Map.entry("ZA", List.of("SA")),
      Map.entry("CD", List.of("DRC", "RDC")),
      Map.entry("CF", List.of("RCA")),
      Map.entry("KP", List.of("DPRK")),
      Map.entry("RU", List.of("USSR", "URSS")));

  /** More demonyms than the dataset gives ("American" is there; "Briton" is not). */
  static final Map<String, List<String>> COUNTRY_DEMONYMS = Map.ofEntries(
      Map.entry("GB", List.of("Briton", "Britons", "britannique", "britanniques", "English", "Scottish",
          "Welsh")),
      Map.entry("US", List.of("américain", "américaine", "américains", "américaines")),
      Map.entry("PS", List.of("Palestinian", "Palestinians", "palestinien", "palestinienne", "palestiniens",
          "palestiniennes")),
      Map.entry("LK", List.of("Sinhalese", "Tamil", "Tamils")),
      Map.entry("KR", List.of("Korean", "South Korean", "South Koreans", "sud-coréen", "sud-coréenne", "sud-coréens")),
      Map.entry("KP", List.of("North Korean", "North Koreans", "nord-coréen", "nord-coréenne", "nord-coréens")),
      Map.entry("CN", List.of("chinois", "chinoise", "chinoises")),
      Map.entry("RU", List.of("russe", "russes")));

  /** News-style abbreviations of cities, by GeoNames id: Los Angeles, New York City. */
  static final Map<Long, List<String>> CITY_ABBREVIATIONS = Map.of(
      5368361L, List.of("L.A.", "LA"),
      5128581L, List.of("NYC", "N.Y.C."));

  /** News-style abbreviations of US states and Canadian provinces (ISO subdivision code first). */
  static final Map<String, List<String>> REGION_ABBREVIATIONS = Map.ofEntries(
      Map.entry("US-AL", List.of("Ala.")), Map.entry("US-AZ", List.of("Ariz.")), Map.entry("US-AR", List.of("Ark.")),
      Map.entry("US-CA", List.of("Calif.", "Cal.")), Map.entry("US-CO", List.of("Colo.")),
      Map.entry("US-CT", List.of("Conn.")), Map.entry("US-DE", List.of("Del.")),
      Map.entry("US-DC", List.of("D.C.", "DC")), Map.entry("US-FL", List.of("Fla.")), Map.entry("US-GA", List.of("Ga.")),
      Map.entry("US-IL", List.of("Ill.")), Map.entry("US-IN", List.of("Ind.")), Map.entry("US-KS", List.of("Kan.", "Kans.")),
      Map.entry("US-KY", List.of("Ky.")), Map.entry("US-LA", List.of("La.")), Map.entry("US-MD", List.of("Md.")),
      Map.entry("US-MA", List.of("Mass.")), Map.entry("US-MI", List.of("Mich.")), Map.entry("US-MN", List.of("Minn.")),
      Map.entry("US-MS", List.of("Miss.")), Map.entry("US-MO", List.of("Mo.")), Map.entry("US-MT", List.of("Mont.")),
      Map.entry("US-NE", List.of("Neb.", "Nebr.")), Map.entry("US-NV", List.of("Nev.")), Map.entry("US-NH", List.of("N.H.")),
      Map.entry("US-NJ", List.of("N.J.")), Map.entry("US-NM", List.of("N.M.")), Map.entry("US-NY", List.of("N.Y.")),
      Map.entry("US-NC", List.of("N.C.")), Map.entry("US-ND", List.of("N.D.")), Map.entry("US-OK", List.of("Okla.")),
      Map.entry("US-OR", List.of("Ore.", "Oreg.")), Map.entry("US-PA", List.of("Pa.", "Penn.")),
      Map.entry("US-RI", List.of("R.I.")), Map.entry("US-SC", List.of("S.C.")), Map.entry("US-SD", List.of("S.D.")),
      Map.entry("US-TN", List.of("Tenn.")), Map.entry("US-TX", List.of("Tex.")), Map.entry("US-VT", List.of("Vt.")),
      Map.entry("US-VA", List.of("Va.")), Map.entry("US-WA", List.of("Wash.")), Map.entry("US-WV", List.of("W.Va.")),
      Map.entry("US-WI", List.of("Wis.", "Wisc.")), Map.entry("US-WY", List.of("Wyo.")),
      Map.entry("CA-BC", List.of("B.C.")), Map.entry("CA-ON", List.of("Ont.")), Map.entry("CA-QC", List.of("Que.")),
      Map.entry("CA-AB", List.of("Alta.")), Map.entry("CA-MB", List.of("Man.")), Map.entry("CA-SK", List.of("Sask.")),
      Map.entry("CA-NS", List.of("N.S.")), Map.entry("CA-NB", List.of("N.B.")), Map.entry("CA-NL", List.of("Nfld.")));

}
