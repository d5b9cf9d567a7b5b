package org.vigie.geo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Collects places and their names, then freezes them into a {@link Gazetteer}. Used at build time
 * and by {@code vigie gazetteer update}; not thread-safe.
 */
public final class GazetteerBuilder {
  private int size;
  private int[] geonameId = new int[1024];
  private float[] lat = new float[1024];
  private float[] lon = new float[1024];
  private int[] population = new int[1024];
  private byte[] kind = new byte[1024];
  private byte[] feature = new byte[1024];
  private short[] country = new short[1024];
  private int[] region = new int[1024];
  private int[] county = new int[1024];
  private final List<String> entryNames = new ArrayList<>();
  private final Map<String, Integer> featureCodes = new LinkedHashMap<>();
  private final Map<String, Integer> countryCodes = new LinkedHashMap<>();
  /** Folded name to (entry << 3 | flags) hits; a name given twice for one entry keeps its strongest form. */
  private final Map<String, Map<Integer, Integer>> hits = new HashMap<>();
  private final TreeSet<String> commonWords = new TreeSet<>();

  public GazetteerBuilder() {
    countryCodes.put("", 0);
  }

  public int size() {
    return size;
  }

  /** Adds a place and its own name; returns its index. */
  public int add(long id, String name, PlaceKind placeKind, String featureCode, String countryCode, double latitude,
      double longitude, long people) {
    if (size == kind.length) {
      grow();
    }
    int i = size++;
    geonameId[i] = (int) id;
    lat[i] = (float) latitude;
    lon[i] = (float) longitude;
    population[i] = (int) Math.min(people, 0xFFFFFFFFL);
    kind[i] = (byte) placeKind.ordinal();
    feature[i] = (byte) (int) featureCodes.computeIfAbsent(featureCode, code -> featureCodes.size());
    country[i] = (short) (int) countryCodes.computeIfAbsent(countryCode, code -> countryCodes.size());
    region[i] = -1;
    county[i] = -1;
    entryNames.add(name);
    name(i, name, 0);
    return i;
  }

  public void setRegion(int entry, int regionEntry) {
    region[entry] = regionEntry;
  }

  public int region(int entry) {
    return region[entry];
  }

  public void setCounty(int entry, int countyEntry) {
    county[entry] = countyEntry;
  }

  public String countryCode(int entry) {
    return countryCodes.entrySet().stream().filter(e -> e.getValue() == country[entry]).findFirst().orElseThrow().getKey();
  }

  public long population(int entry) {
    return population[entry] & 0xFFFFFFFFL;
  }

  public PlaceKind kind(int entry) {
    return PlaceKind.values()[kind[entry]];
  }

  public double lat(int entry) {
    return lat[entry];
  }

  public double lon(int entry) {
    return lon[entry];
  }

  public void setPoint(int entry, double latitude, double longitude) {
    lat[entry] = (float) latitude;
    lon[entry] = (float) longitude;
  }

  /** The entry's own name. */
  public String name(int entry) {
    return entryNames.get(entry);
  }

  public void setPopulation(int entry, long people) {
    population[entry] = (int) Math.min(people, 0xFFFFFFFFL);
  }

  public void setGeonameId(int entry, long id) {
    geonameId[entry] = (int) id;
  }

  /** Another name for an entry; names outside the Latin script are skipped. */
  public void name(int entry, String name, int flags) {
    String key = NameKey.fold(name);
    if (key == null || key.isBlank()) {
      return;
    }
    hits.computeIfAbsent(key, k -> new HashMap<>(2)).merge(entry, flags, (a, b) -> a & b);
  }

  /** A common word of the language, which a capitalised place name may be mistaken for. */
  public void commonWord(String word) {
    String key = NameKey.fold(word);
    if (key != null) {
      commonWords.add(key);
    }
  }

  public Gazetteer build() {
    ByteArrayOutputStream nameBytes = new ByteArrayOutputStream();
    int[] nameStart = new int[size + 1];
    for (int i = 0; i < size; i++) {
      nameStart[i] = nameBytes.size();
      nameBytes.writeBytes(entryNames.get(i).getBytes(StandardCharsets.UTF_8));
    }
    nameStart[size] = nameBytes.size();

    String[] sortedKeys = hits.keySet().toArray(String[]::new);
    Arrays.sort(sortedKeys); // folded keys are ASCII: String order is byte order
    ByteArrayOutputStream keyBytes = new ByteArrayOutputStream();
    int[] keyStart = new int[sortedKeys.length + 1];
    int[] hitStart = new int[sortedKeys.length + 1];
    int total = hits.values().stream().mapToInt(Map::size).sum();
    int[] hitArray = new int[total];
    int h = 0;
    for (int k = 0; k < sortedKeys.length; k++) {
      keyStart[k] = keyBytes.size();
      keyBytes.writeBytes(sortedKeys[k].getBytes(StandardCharsets.US_ASCII));
      hitStart[k] = h;
      // Own names before alternate ones, then the most populous: callers that cap candidates keep the likely ones.
      List<Map.Entry<Integer, Integer>> entries = new ArrayList<>(hits.get(sortedKeys[k]).entrySet());
      entries.sort((a, b) -> {
        int c = Integer.compare(a.getValue() & NameHit.ALTERNATE, b.getValue() & NameHit.ALTERNATE);
        return c != 0 ? c : Long.compare(population(b.getKey()), population(a.getKey()));
      });
      for (Map.Entry<Integer, Integer> e : entries) {
        hitArray[h++] = e.getKey() << 3 | e.getValue();
      }
    }
    keyStart[sortedKeys.length] = keyBytes.size();
    hitStart[sortedKeys.length] = h;

    ByteArrayOutputStream wordBytes = new ByteArrayOutputStream();
    int[] wordStart = new int[commonWords.size() + 1];
    int w = 0;
    for (String word : commonWords) {
      wordStart[w++] = wordBytes.size();
      wordBytes.writeBytes(word.getBytes(StandardCharsets.US_ASCII));
    }
    wordStart[w] = wordBytes.size();

    return new Gazetteer(Arrays.copyOf(geonameId, size), Arrays.copyOf(lat, size), Arrays.copyOf(lon, size),
        Arrays.copyOf(population, size), Arrays.copyOf(kind, size), Arrays.copyOf(feature, size),
        featureCodes.keySet().toArray(String[]::new), Arrays.copyOf(country, size),
        countryCodes.keySet().toArray(String[]::new), Arrays.copyOf(region, size), Arrays.copyOf(county, size),
        nameBytes.toByteArray(), nameStart, keyBytes.toByteArray(), keyStart, hitStart, hitArray,
        wordBytes.toByteArray(), wordStart);
  }

  private void grow() {
    int n = kind.length * 2;
    geonameId = Arrays.copyOf(geonameId, n);
    lat = Arrays.copyOf(lat, n);
    lon = Arrays.copyOf(lon, n);
    population = Arrays.copyOf(population, n);
    kind = Arrays.copyOf(kind, n);
    feature = Arrays.copyOf(feature, n);
    country = Arrays.copyOf(country, n);
    region = Arrays.copyOf(region, n);
    county = Arrays.copyOf(county, n);
  }
}
