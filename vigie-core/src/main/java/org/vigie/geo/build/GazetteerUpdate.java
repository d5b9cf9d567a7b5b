package org.vigie.geo.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.vigie.geo.Gazetteer;
import org.vigie.geo.GazetteerBuilder;
import org.vigie.geo.GazetteerEntry;
import org.vigie.geo.NameHit;
import org.vigie.geo.PlaceKind;

/**
 * Rebuilds the gazetteer with fresh GeoNames data: downloads {@code cities500.zip} and {@code
 * countryInfo.txt} from a GeoNames dump site and keeps everything else (countries, regions,
 * counties, demonyms) from the bundled index. A fresh place keeps the region and county of the
 * bundled place with its GeoNames id; a new one takes those most places of its GeoNames admin1
 * (and US admin2) code have. Countries get their GeoNames ids from {@code countryInfo.txt}.
 */
public final class GazetteerUpdate {
  /** Where GeoNames publishes its daily dumps. */
  public static final URI GEONAMES_DUMPS = URI.create("https://download.geonames.org/export/dump/");
  private static final long MAX_DOWNLOAD_BYTES = 256L << 20;

  private GazetteerUpdate() {}

  /** What an update did. */
  public record Result(int places, int cities, int countriesWithIds, Path file) {
  }

  /** Downloads the dumps under {@code base}, rebuilds the bundled gazetteer with them, writes {@code target}. */
  public static Result run(URI base, Path target, Duration timeout) throws IOException, InterruptedException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path zip = dir.resolve("cities500.zip.part");
    Path countryInfo = dir.resolve("countryInfo.txt.part");
    try (HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NORMAL).build()) {
      download(client, base.resolve("cities500.zip"), zip, timeout);
      download(client, base.resolve("countryInfo.txt"), countryInfo, timeout);
      Map<String, Long> countryIds = countryIds(Files.readAllLines(countryInfo, StandardCharsets.UTF_8));
      Gazetteer rebuilt;
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
        ZipEntry entry;
        while ((entry = in.getNextEntry()) != null && !entry.getName().equals("cities500.txt")) {
          // skip readme files
        }
        if (entry == null) {
          throw new IOException(base.resolve("cities500.zip") + " holds no cities500.txt");
        }
        rebuilt = rebuild(Gazetteer.bundled(), new InputStreamReader(in, StandardCharsets.UTF_8), countryIds);
      }
      GazetteerCompiler.write(rebuilt, target);
      int cities = 0;
      int withIds = 0;
      for (int i = 0; i < rebuilt.size(); i++) {
        cities += rebuilt.kind(i) == PlaceKind.CITY ? 1 : 0;
        withIds += rebuilt.kind(i) == PlaceKind.COUNTRY && rebuilt.entry(i).geonameId() != 0 ? 1 : 0;
      }
      return new Result(rebuilt.size(), cities, withIds, target);
    } finally {
      Files.deleteIfExists(zip);
      Files.deleteIfExists(countryInfo);
    }
  }

  private static void download(HttpClient client, URI uri, Path file, Duration timeout)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout.multipliedBy(20))
        .header("User-Agent", "Vigie/0.1 (gazetteer update)").GET().build();
    HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new IOException(uri + " answered HTTP " + response.statusCode());
      }
      try (var out = Files.newOutputStream(file)) {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
          total += n;
          if (total > MAX_DOWNLOAD_BYTES) {
            throw new IOException(uri + " is larger than " + (MAX_DOWNLOAD_BYTES >> 20) + " MB");
          }
          out.write(buffer, 0, n);
        }
      }
    }
  }

  /** ISO code to GeoNames id, from {@code countryInfo.txt} (column 1 ISO, column 17 geonameid). */
  static Map<String, Long> countryIds(List<String> lines) {
    Map<String, Long> ids = new HashMap<>();
    for (String line : lines) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length > 16 && !f[16].isBlank()) {
        try {
          ids.put(f[0], Long.parseLong(f[16].strip()));
        } catch (NumberFormatException e) {
          // a malformed row: that country keeps no id
        }
      }
    }
    return ids;
  }

  /** The bundled gazetteer with its populated places replaced by those of a fresh {@code cities500.txt}. */
  public static Gazetteer rebuild(Gazetteer bundled, Reader freshCities, Map<String, Long> countryIds)
      throws IOException {
    List<GeoNamesCity> cities = GeoNamesCity.readAll(freshCities);
    GazetteerBuilder builder = new GazetteerBuilder();
    int[] newIndex = new int[bundled.size()];
    Map<Long, Integer> bundledCity = new HashMap<>();
    for (int i = 0; i < bundled.size(); i++) {
      GazetteerEntry e = bundled.entry(i);
      if (e.kind() == PlaceKind.CITY) {
        newIndex[i] = -1;
        bundledCity.put(e.geonameId(), i);
        continue;
      }
      long id = e.kind() == PlaceKind.COUNTRY ? countryIds.getOrDefault(e.country(), e.geonameId()) : e.geonameId();
      newIndex[i] = builder.add(id, e.name(), e.kind(), e.featureCode(), e.country(), e.lat(), e.lon(), e.population());
    }
    for (int i = 0; i < bundled.size(); i++) {
      if (newIndex[i] >= 0) {
        GazetteerEntry e = bundled.entry(i);
        builder.setRegion(newIndex[i], e.region() >= 0 ? newIndex[e.region()] : -1);
      }
    }
    bundled.forEachName((key, hit) -> {
      if (newIndex[hit.entry()] >= 0) {
        builder.name(newIndex[hit.entry()], key, hit.flags());
      }
    });
    bundled.forEachCommonWord(builder::commonWord);
    // Regions and counties by admin codes, learnt from the places both versions share.
    Map<String, Map<Integer, Integer>> regionVotes = new HashMap<>();
    Map<String, Map<Integer, Integer>> countyVotes = new HashMap<>();
    for (GeoNamesCity c : cities) {
      Integer old = bundledCity.get(c.id());
      if (old != null) {
        if (bundled.region(old) >= 0) {
          regionVotes.computeIfAbsent(c.country() + "|" + c.admin1(), k -> new HashMap<>())
              .merge(newIndex[bundled.region(old)], 1, Integer::sum);
        }
        if (bundled.county(old) >= 0) {
          countyVotes.computeIfAbsent(c.country() + "|" + c.admin1() + "|" + c.admin2(), k -> new HashMap<>())
              .merge(newIndex[bundled.county(old)], 1, Integer::sum);
        }
      }
    }
    for (GeoNamesCity c : cities) {
      int entry = builder.add(c.id(), c.name(), PlaceKind.CITY, c.featureCode(), c.country(), c.lat(), c.lon(),
          c.population());
      builder.name(entry, c.asciiName(), 0);
      for (String alternate : c.alternateNames()) {
        if (GazetteerCompiler.usableAlternate(alternate)) {
          builder.name(entry, alternate, NameHit.ALTERNATE);
        }
      }
      Integer old = bundledCity.get(c.id());
      int region = old != null && bundled.region(old) >= 0 ? newIndex[bundled.region(old)]
          : winner(regionVotes.get(c.country() + "|" + c.admin1()));
      int county = old != null && bundled.county(old) >= 0 ? newIndex[bundled.county(old)]
          : winner(countyVotes.get(c.country() + "|" + c.admin1() + "|" + c.admin2()));
      builder.setRegion(entry, region);
      builder.setCounty(entry, county);
    }
    return builder.build();
  }

  private static int winner(Map<Integer, Integer> votes) {
    return votes == null ? -1 : votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }
}
