package org.vigie.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.vigie.geo.Distance;
import org.vigie.geo.Gazetteer;
import org.vigie.geo.GazetteerEntry;
import org.vigie.geo.NameHit;
import org.vigie.geo.NameKey;
import org.vigie.geo.OutletCountry;
import org.vigie.geo.OutletHomes;
import org.vigie.geo.OutletNames;
import org.vigie.geo.PlaceFinder;
import org.vigie.geo.PlaceKind;
import org.vigie.geo.PlaceResolver;
import org.vigie.geo.Toponym;
import org.vigie.model.SpanTarget;

/**
 * Measures place resolution on a {@link GeoDataset}, as Gritta et al. (2018, 2020) score
 * geoparsers: for each gold toponym, the great-circle error between the chosen and the gold
 * coordinates; accuracy within 161 km (100 miles), the AUC of ln(1 + error) (area under the sorted
 * curve, divided by ln(20039)·(n−1): 0 is perfect), mean and median error; and, since the gold
 * gives them, GeoNames-id and country accuracy.
 *
 * <p>With gold spans the resolver resolves exactly the gold toponyms (with the names Vigie finds
 * around them as context), and a toponym it cannot resolve counts as an error of 20,039 km (half
 * the Earth's circumference). End to end, Vigie finds the names itself; a gold toponym is found
 * when a resolved name overlaps it (the closest one wins), and the error figures are over the
 * found ones, as in the published tables. Throughput is resolved names per second on one thread,
 * after a warm-up pass; the gazetteer's load time and the heap it holds are measured too.
 */
public final class PlacesBenchmark {
  private static final double HALF_EARTH_KM = 20039;
  private static final double ACCURATE_KM = 161;

  private final Gazetteer gazetteer;
  private final double gazetteerLoadMs;
  private final long gazetteerHeapMb;
  private final PlaceFinder finder;
  private final PlaceResolver resolver;
  private final OutletNames outletNames;
  private Map<Long, Integer> byGeonameId;

  /** Loads the bundled gazetteer, timing it. */
  public PlacesBenchmark() {
    this(PlaceResolver.Weights.DEFAULT);
  }

  /** Loads the bundled gazetteer, timing it, and resolves with the given weights (to learn them). */
  public PlacesBenchmark(PlaceResolver.Weights weights) {
    long before = HeapPeaks.liveBytes();
    long start = System.nanoTime();
    this.gazetteer = Gazetteer.bundled();
    this.gazetteerLoadMs = (System.nanoTime() - start) / 1e6;
    this.gazetteerHeapMb = Math.max(0, HeapPeaks.liveBytes() - before) >> 20;
    this.finder = new PlaceFinder(gazetteer);
    this.resolver = new PlaceResolver(gazetteer, weights);
    this.outletNames = new OutletNames(gazetteer);
  }

  /** One resolved name of a document, as {@code --out} writes it. */
  public record Prediction(String doc, int start, int end, GazetteerEntry entry) {
  }

  /** The figures of one run. */
  public record Report(String dataset, boolean goldSpans, int documents, int gold, int found, int predicted,
      double accuracy161, double auc, double meanKm, double medianKm, double geonameIdAccuracy, int withId,
      double countryAccuracy, int withCountry, double perSecond, long peakHeapMb, double gazetteerLoadMs,
      long gazetteerHeapMb, int gazetteerPlaces) {

    public void print(PrintStream out) {
      out.printf(Locale.ROOT, "dataset          %s (%s)%n", dataset, goldSpans ? "resolution with gold spans"
          : "end to end: Vigie's own place names");
      out.printf(Locale.ROOT, "documents        %d, gold toponyms %d%n", documents, gold);
      if (goldSpans) {
        out.printf(Locale.ROOT, "resolved         %d of %d (%.1f%%)%n", found, gold, 100.0 * found / gold);
      } else {
        out.printf(Locale.ROOT, "found            %d of %d gold toponyms (recall %.1f%%), %d names resolved in all%n",
            found, gold, 100.0 * found / gold, predicted);
      }
      out.printf(Locale.ROOT, "acc@161km        %.1f%%%n", 100 * accuracy161);
      out.printf(Locale.ROOT, "AUC              %.3f (lower is better)%n", auc);
      out.printf(Locale.ROOT, "mean error       %.0f km, median %.0f km%n", meanKm, medianKm);
      out.printf(Locale.ROOT, "GeoNames id      %.1f%% of %d%n", 100 * geonameIdAccuracy, withId);
      out.printf(Locale.ROOT, "country          %.1f%% of %d%n", 100 * countryAccuracy, withCountry);
      out.printf(Locale.ROOT, "speed            %.0f names/s on one thread%n", perSecond);
      out.printf(Locale.ROOT, "gazetteer        %,d places, loaded in %.0f ms, %d MB of heap%n", gazetteerPlaces,
          gazetteerLoadMs, gazetteerHeapMb);
      out.printf(Locale.ROOT, "peak heap        %d MB%n", peakHeapMb);
      out.println(json());
    }

    public String json() {
      ObjectNode node = new ObjectMapper().createObjectNode();
      node.put("dataset", dataset);
      node.put("mode", goldSpans ? "gold-spans" : "end-to-end");
      node.put("documents", documents);
      node.put("items", gold);
      node.put("found", found);
      node.put("predicted", predicted);
      node.put("recall", round(gold == 0 ? 0 : (double) found / gold));
      node.put("accuracy161km", round(accuracy161));
      node.put("auc", round(auc));
      node.put("meanKm", Math.round(meanKm));
      node.put("medianKm", Math.round(medianKm));
      node.put("geonameIdAccuracy", round(geonameIdAccuracy));
      node.put("countryAccuracy", round(countryAccuracy));
      node.put("perSecond", Math.round(perSecond));
      node.put("peakHeapMb", peakHeapMb);
      node.put("gazetteerLoadMs", Math.round(gazetteerLoadMs));
      node.put("gazetteerHeapMb", gazetteerHeapMb);
      return node.toString();
    }

    private static double round(double value) {
      return Math.round(value * 10000) / 10000.0;
    }
  }

  public Report run(GeoDataset dataset, boolean goldSpans, Optional<Path> out) throws IOException {
    // Warm-up: the JIT compiles the finder and resolver on a first pass.
    OutletHomes warmUp = new OutletHomes(gazetteer);
    for (GeoDataset.Document document : dataset.documents()) {
      predict(document, goldSpans, warmUp);
    }
    HeapPeaks.reset();
    long start = System.nanoTime();
    List<List<Prediction>> predictions = new ArrayList<>();
    int predicted = 0;
    // Outlets learn their home towns from their earlier articles, in the dataset's order, as in ingest.
    OutletHomes homes = new OutletHomes(gazetteer);
    for (GeoDataset.Document document : dataset.documents()) {
      List<Prediction> p = predict(document, goldSpans, homes);
      predictions.add(p);
      predicted += p.size();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peakHeapMb = HeapPeaks.peakBytes() >> 20;
    if (out.isPresent()) {
      write(out.get(), predictions);
    }
    return score(dataset, goldSpans, predictions, predicted, predicted / seconds, peakHeapMb);
  }

  private List<Prediction> predict(GeoDataset.Document document, boolean goldSpans, OutletHomes homes) {
    String text = document.text();
    List<Toponym> found = finder.find(text, SpanTarget.BODY, 0);
    List<Toponym> toponyms = new ArrayList<>();
    if (goldSpans) {
      for (GeoDataset.Gold gold : document.toponyms()) {
        List<NameHit> hits = hitsFor(text, gold.start(), gold.end());
        if (!hits.isEmpty()) {
          toponyms.add(new Toponym(SpanTarget.BODY, 0, gold.start(), gold.end(), gold.text(), hits, false, true));
        }
      }
      List<Toponym> context = found.stream().filter(t -> toponyms.stream().noneMatch(t::overlaps)).toList();
      toponyms.addAll(context);
      toponyms.sort((a, b) -> Integer.compare(a.start(), b.start()));
    } else {
      toponyms.addAll(found);
    }
    List<Prediction> predictions = new ArrayList<>();
    Optional<String> outlet = OutletHomes.outlet(document.url());
    List<PlaceResolver.Resolved> resolved = resolver.resolve(toponyms, (in, index) -> text,
        OutletCountry.of(document.url()), homes.home(outlet), outletNames.of(outlet), Optional.of("en"));
    homes.learn(outlet, resolved.stream().map(PlaceResolver.Resolved::entry).toList());
    for (PlaceResolver.Resolved r : resolved) {
      if (!goldSpans || r.toponym().recognised()) {
        predictions.add(new Prediction(document.id(), r.toponym().start(), r.toponym().end(), r.entry()));
      }
    }
    return predictions;
  }

  /** The candidates for a gold span: its own name, else the names the finder sees inside it ("Walker County Sheriff's Office"). */
  private List<NameHit> hitsFor(String text, int start, int end) {
    String key = NameKey.fold(text.substring(start, end));
    List<NameHit> hits = key == null ? List.of() : gazetteer.lookup(key);
    if (!hits.isEmpty()) {
      return hits;
    }
    if (key != null && key.startsWith("the ")) {
      hits = gazetteer.lookup(key.substring(4));
      if (!hits.isEmpty()) {
        return hits;
      }
    }
    List<Toponym> inside = finder.find(text.substring(start, end), SpanTarget.BODY, 0);
    return inside.isEmpty() ? List.of() : inside.get(0).hits();
  }

  private Report score(GeoDataset dataset, boolean goldSpans, List<List<Prediction>> predictions, int predicted,
      double perSecond, long peakHeapMb) {
    List<Double> errors = new ArrayList<>();
    int found = 0;
    int withId = 0;
    int rightId = 0;
    int withCountry = 0;
    int rightCountry = 0;
    for (int d = 0; d < dataset.documents().size(); d++) {
      GeoDataset.Document document = dataset.documents().get(d);
      for (GeoDataset.Gold gold : document.toponyms()) {
        Optional<Prediction> match = match(gold, predictions.get(d));
        if (match.isEmpty() && !goldSpans) {
          continue;
        }
        Optional<String> goldCountry = goldCountry(gold);
        if (match.isEmpty()) {
          errors.add(HALF_EARTH_KM);
          withId += gold.geonameId() != 0 ? 1 : 0;
          withCountry += goldCountry.isPresent() ? 1 : 0;
          continue;
        }
        found++;
        GazetteerEntry entry = match.get().entry();
        errors.add(Distance.km(gold.lat(), gold.lon(), entry.lat(), entry.lon()));
        if (gold.geonameId() != 0) {
          withId++;
          rightId += entry.geonameId() == gold.geonameId() ? 1 : 0;
        }
        if (goldCountry.isPresent()) {
          withCountry++;
          rightCountry += goldCountry.get().equals(entry.country()) ? 1 : 0;
        }
      }
    }
    double[] sorted = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    double accurate = Arrays.stream(sorted).filter(e -> e < ACCURATE_KM).count();
    double area = 0;
    for (int i = 1; i < n; i++) {
      area += (Math.log1p(sorted[i - 1]) + Math.log1p(sorted[i])) / 2;
    }
    double auc = n < 2 ? 0 : area / (Math.log(HALF_EARTH_KM) * (n - 1));
    double mean = Arrays.stream(sorted).average().orElse(0);
    double median = n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    return new Report(dataset.name(), goldSpans, dataset.documents().size(), dataset.goldCount(), found, predicted,
        n == 0 ? 0 : accurate / n, auc, mean, median, withId == 0 ? 0 : (double) rightId / withId, withId,
        withCountry == 0 ? 0 : (double) rightCountry / withCountry, withCountry, perSecond, peakHeapMb,
        gazetteerLoadMs, gazetteerHeapMb, gazetteer.size());
  }

  /** The prediction whose span overlaps the gold one, the closest start first. */
  private static Optional<Prediction> match(GeoDataset.Gold gold, List<Prediction> predictions) {
    Prediction best = null;
    for (Prediction p : predictions) {
      if (p.start() < gold.end() && gold.start() < p.end()
          && (best == null || Math.abs(p.start() - gold.start()) < Math.abs(best.start() - gold.start()))) {
        best = p;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The gold's country: LGL names it; otherwise the country of the GeoNames entry, when the gazetteer has it. */
  private Optional<String> goldCountry(GeoDataset.Gold gold) {
    if (gold.countryName().isPresent()) {
      String key = NameKey.fold(gold.countryName().get());
      Optional<String> named = key == null ? Optional.empty() : gazetteer.lookup(key).stream()
          .filter(h -> gazetteer.kind(h.entry()) == PlaceKind.COUNTRY).map(h -> gazetteer.countryCode(h.entry()))
          .findFirst();
      if (named.isPresent()) {
        return named;
      }
    }
    if (byGeonameId == null) {
      byGeonameId = new HashMap<>();
      for (int i = 0; i < gazetteer.size(); i++) {
        byGeonameId.putIfAbsent((long) gazetteer.entry(i).geonameId(), i);
      }
    }
    Integer entry = byGeonameId.get(gold.geonameId());
    return entry == null || gold.geonameId() == 0 ? Optional.empty() : Optional.of(gazetteer.countryCode(entry));
  }

  private static void write(Path file, List<List<Prediction>> predictions) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (List<Prediction> document : predictions) {
        for (Prediction p : document) {
          ObjectNode line = mapper.createObjectNode();
          line.put("doc", p.doc());
          line.put("start", p.start());
          line.put("end", p.end());
          line.put("geonameId", p.entry().geonameId());
          line.put("lat", p.entry().lat());
          line.put("lon", p.entry().lon());
          line.put("country", p.entry().country());
          out.write(line.toString());
          out.write('\n');
        }
      }
    }
  }

  /** {@code PlacesBenchmark DATASET [--gold-spans] [--out FILE]}. */
  public static void main(String[] args) throws IOException {
    boolean gold = Arrays.asList(args).contains("--gold-spans");
    int o = Arrays.asList(args).indexOf("--out");
    Optional<Path> out = o >= 0 ? Optional.of(Path.of(args[o + 1])) : Optional.empty();
    new PlacesBenchmark().run(GeoDataset.read(Path.of(args[0])), gold, out).print(System.out);
  }
}
