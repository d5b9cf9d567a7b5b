package org.vigie.geo;

import java.io.BufferedInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Places by name: countries, regions, US counties and populated places down to a few hundred
 * inhabitants, with their alternate names (French and English among them), the demonyms and
 * adjectives of countries, coordinates, populations and GeoNames feature codes.
 *
 * <p>The index is compiled at build time ({@link org.vigie.geo.build.GazetteerCompiler}) into
 * columns of primitive arrays and a sorted table of folded names ({@link NameKey}), so that
 * loading is a few bulk reads and a lookup is a binary search; nothing is parsed at run time.
 * Immutable and thread-safe.
 */
public final class Gazetteer {
  static final int MAGIC = 0x56475A32; // "VGZ2"
  /** The index compiled into the jar. */
  public static final String RESOURCE = "/org/vigie/geo/gazetteer.bin.gz";

  private final int[] geonameId;
  private final float[] lat;
  private final float[] lon;
  private final int[] population;
  private final byte[] kind;
  private final byte[] feature;
  private final String[] featureCodes;
  private final short[] country;
  private final String[] countryCodes;
  private final int[] region;
  private final int[] county;
  private final byte[] names;
  private final int[] nameStart;
  private final byte[] keys;
  private final int[] keyStart;
  private final int[] hitStart;
  private final int[] hits;
  private final byte[] words;
  private final int[] wordStart;
  private final int[] countryEntry;

  Gazetteer(int[] geonameId, float[] lat, float[] lon, int[] population, byte[] kind, byte[] feature,
      String[] featureCodes, short[] country, String[] countryCodes, int[] region, int[] county, byte[] names,
      int[] nameStart, byte[] keys, int[] keyStart, int[] hitStart, int[] hits, byte[] words, int[] wordStart) {
    this.geonameId = geonameId;
    this.lat = lat;
    this.lon = lon;
    this.population = population;
    this.kind = kind;
    this.feature = feature;
    this.featureCodes = featureCodes;
    this.country = country;
    this.countryCodes = countryCodes;
    this.region = region;
    this.county = county;
    this.names = names;
    this.nameStart = nameStart;
    this.keys = keys;
    this.keyStart = keyStart;
    this.hitStart = hitStart;
    this.hits = hits;
    this.words = words;
    this.wordStart = wordStart;
    this.countryEntry = new int[countryCodes.length];
    Arrays.fill(countryEntry, -1);
    for (int i = 0; i < kind.length; i++) {
      if (kind[i] == PlaceKind.COUNTRY.ordinal() && countryEntry[country[i]] < 0) {
        countryEntry[country[i]] = i;
      }
    }
  }

  private static final class Bundled {
    static final Gazetteer INSTANCE = loadBundled();

    private static Gazetteer loadBundled() {
      try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the gazetteer index " + RESOURCE + " is missing from the class path;"
              + " it is compiled by the Maven build (generate-resources of vigie-core)");
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled gazetteer", e);
      }
    }
  }

  /** The gazetteer compiled into Vigie's jar, loaded once on first use. */
  public static Gazetteer bundled() {
    return Bundled.INSTANCE;
  }

  /** The gazetteer in {@code file} if there is one ({@code vigie gazetteer update} writes it), else the bundled one. */
  public static Gazetteer fromFileOrBundled(Path file) throws IOException {
    if (Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        return read(in);
      }
    }
    return bundled();
  }

  public int size() {
    return kind.length;
  }

  public GazetteerEntry entry(int i) {
    return new GazetteerEntry(i, geonameId[i], name(i), kind(i), featureCodes[feature[i]], countryCodes[country[i]],
        lat[i], lon[i], population[i] & 0xFFFFFFFFL, region[i], county[i]);
  }

  public String name(int i) {
    return new String(names, nameStart[i], nameStart[i + 1] - nameStart[i], StandardCharsets.UTF_8);
  }

  public PlaceKind kind(int i) {
    return PlaceKind.values()[kind[i]];
  }

  public String countryCode(int i) {
    return countryCodes[country[i]];
  }

  public long population(int i) {
    return population[i] & 0xFFFFFFFFL;
  }

  public double lat(int i) {
    return lat[i];
  }

  public double lon(int i) {
    return lon[i];
  }

  public int region(int i) {
    return region[i];
  }

  public int county(int i) {
    return county[i];
  }

  public String featureCode(int i) {
    return featureCodes[feature[i]];
  }

  /** The country entry for an ISO 3166-1 alpha-2 code. */
  public Optional<GazetteerEntry> country(String code) {
    int c = Arrays.asList(countryCodes).indexOf(code);
    return c < 0 || countryEntry[c] < 0 ? Optional.empty() : Optional.of(entry(countryEntry[c]));
  }

  /** The index of the country entry of entry {@code i}'s country, or -1. */
  public int countryEntryOf(int i) {
    return countryEntry[country[i]];
  }

  /** The entries known under a folded name ({@link NameKey#fold}), best-known names first. */
  public List<NameHit> lookup(String key) {
    int k = find(key);
    if (k < 0) {
      return List.of();
    }
    List<NameHit> found = new ArrayList<>(hitStart[k + 1] - hitStart[k]);
    for (int h = hitStart[k]; h < hitStart[k + 1]; h++) {
      found.add(new NameHit(hits[h] >>> 3, hits[h] & 7));
    }
    return found;
  }

  /** True when some folded name starts with {@code prefix}: a longer name may follow. */
  public boolean hasNameStartingWith(String prefix) {
    byte[] wanted = prefix.getBytes(StandardCharsets.US_ASCII);
    int k = insertionPoint(keys, keyStart, wanted);
    return k < keyStart.length - 1 && startsWith(keys, keyStart[k], keyStart[k + 1], wanted);
  }

  /** Every (folded name, hit) pair, in name order: what a rebuild needs to carry names over. */
  public void forEachName(java.util.function.BiConsumer<String, NameHit> action) {
    for (int k = 0; k + 1 < keyStart.length; k++) {
      String key = new String(keys, keyStart[k], keyStart[k + 1] - keyStart[k], StandardCharsets.US_ASCII);
      for (int h = hitStart[k]; h < hitStart[k + 1]; h++) {
        action.accept(key, new NameHit(hits[h] >>> 3, hits[h] & 7));
      }
    }
  }

  /** Every common word, folded. */
  public void forEachCommonWord(java.util.function.Consumer<String> action) {
    for (int w = 0; w + 1 < wordStart.length; w++) {
      action.accept(new String(words, wordStart[w], wordStart[w + 1] - wordStart[w], StandardCharsets.US_ASCII));
    }
  }

  /** True for the common lower-case words of English ("reading", "mobile", "police"), folded. */
  public boolean isCommonWord(String key) {
    byte[] wanted = key.getBytes(StandardCharsets.US_ASCII);
    int k = insertionPoint(words, wordStart, wanted);
    return k < wordStart.length - 1 && compare(words, wordStart[k], wordStart[k + 1], wanted) == 0;
  }

  private int find(String key) {
    byte[] wanted = key.getBytes(StandardCharsets.US_ASCII);
    int k = insertionPoint(keys, keyStart, wanted);
    return k < keyStart.length - 1 && compare(keys, keyStart[k], keyStart[k + 1], wanted) == 0 ? k : -1;
  }

  private static int insertionPoint(byte[] blob, int[] start, byte[] wanted) {
    int low = 0;
    int high = start.length - 2;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int c = compare(blob, start[mid], start[mid + 1], wanted);
      if (c < 0) {
        low = mid + 1;
      } else if (c > 0) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return low;
  }

  private static int compare(byte[] blob, int from, int to, byte[] wanted) {
    return Arrays.compareUnsigned(blob, from, to, wanted, 0, wanted.length);
  }

  private static boolean startsWith(byte[] blob, int from, int to, byte[] prefix) {
    return to - from >= prefix.length && Arrays.equals(blob, from, from + prefix.length, prefix, 0, prefix.length);
  }

  /** Writes the index (gzip-compressed), in the form {@link #read} loads. */
  public void write(OutputStream target) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(target, 1 << 16);
    DataOutputStream out = new DataOutputStream(gzip);
    out.writeInt(MAGIC);
    out.writeInt(kind.length);
    writeInts(out, geonameId);
    writeFloats(out, lat);
    writeFloats(out, lon);
    writeInts(out, population);
    writeBytes(out, kind);
    writeBytes(out, feature);
    writeStrings(out, featureCodes);
    short[] countries = country;
    for (short c : countries) {
      out.writeShort(c);
    }
    writeStrings(out, countryCodes);
    writeInts(out, region);
    writeInts(out, county);
    writeBytes(out, names);
    writeInts(out, nameStart);
    writeBytes(out, keys);
    writeInts(out, keyStart);
    writeInts(out, hitStart);
    writeInts(out, hits);
    writeBytes(out, words);
    writeInts(out, wordStart);
    out.flush();
    gzip.finish();
  }

  /** Loads an index that {@link #write} wrote. */
  public static Gazetteer read(InputStream source) throws IOException {
    byte[] bytes;
    try (InputStream in = new GZIPInputStream(new BufferedInputStream(source, 1 << 16), 1 << 16)) {
      bytes = in.readAllBytes();
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    if (buffer.getInt() != MAGIC) {
      throw new IOException("not a Vigie gazetteer index (or one from another version)");
    }
    int size = buffer.getInt();
    int[] geonameId = readInts(buffer);
    float[] lat = readFloats(buffer);
    float[] lon = readFloats(buffer);
    int[] population = readInts(buffer);
    byte[] kind = readBytes(buffer);
    byte[] feature = readBytes(buffer);
    String[] featureCodes = readStrings(buffer);
    short[] country = new short[size];
    buffer.asShortBuffer().get(country);
    buffer.position(buffer.position() + 2 * size);
    String[] countryCodes = readStrings(buffer);
    int[] region = readInts(buffer);
    int[] county = readInts(buffer);
    byte[] names = readBytes(buffer);
    int[] nameStart = readInts(buffer);
    byte[] keys = readBytes(buffer);
    int[] keyStart = readInts(buffer);
    int[] hitStart = readInts(buffer);
    int[] hits = readInts(buffer);
    byte[] words = readBytes(buffer);
    int[] wordStart = readInts(buffer);
    return new Gazetteer(geonameId, lat, lon, population, kind, feature, featureCodes, country, countryCodes, region,
        county, names, nameStart, keys, keyStart, hitStart, hits, words, wordStart);
  }

  private static void writeInts(DataOutputStream out, int[] values) throws IOException {
    out.writeInt(values.length);
    ByteBuffer buffer = ByteBuffer.allocate(values.length * 4);
    buffer.asIntBuffer().put(values);
    out.write(buffer.array());
  }

  private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
    out.writeInt(values.length);
    ByteBuffer buffer = ByteBuffer.allocate(values.length * 4);
    buffer.asFloatBuffer().put(values);
    out.write(buffer.array());
  }

  private static void writeBytes(DataOutputStream out, byte[] values) throws IOException {
    out.writeInt(values.length);
    out.write(values);
  }

  private static void writeStrings(DataOutputStream out, String[] values) throws IOException {
    out.writeInt(values.length);
    for (String value : values) {
      out.writeUTF(value);
    }
  }

  private static int[] readInts(ByteBuffer buffer) {
    int[] values = new int[buffer.getInt()];
    buffer.asIntBuffer().get(values);
    buffer.position(buffer.position() + 4 * values.length);
    return values;
  }

  private static float[] readFloats(ByteBuffer buffer) {
    float[] values = new float[buffer.getInt()];
    buffer.asFloatBuffer().get(values);
    buffer.position(buffer.position() + 4 * values.length);
    return values;
  }

  private static byte[] readBytes(ByteBuffer buffer) {
    byte[] values = new byte[buffer.getInt()];
    buffer.get(values);
    return values;
  }

  private static String[] readStrings(ByteBuffer buffer) {
    String[] values = new String[buffer.getInt()];
    for (int i = 0; i < values.length; i++) {
      int length = buffer.getShort() & 0xFFFF;
      values[i] = new String(buffer.array(), buffer.position(), length, StandardCharsets.UTF_8);
      buffer.position(buffer.position() + length);
    }
    return values;
  }
}
