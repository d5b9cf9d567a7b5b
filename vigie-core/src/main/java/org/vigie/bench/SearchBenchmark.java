package org.vigie.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.vigie.json.ArticleJson;
import org.vigie.model.Annotations;
import org.vigie.model.Article;
import org.vigie.model.ArticleIds;
import org.vigie.model.Block;
import org.vigie.model.CountryScore;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Grouping;
import org.vigie.model.Mention;
import org.vigie.model.Place;
import org.vigie.model.Precision;
import org.vigie.model.Published;
import org.vigie.model.Span;
import org.vigie.model.SpanTarget;
import org.vigie.store.ArticleStore;
import org.vigie.store.DataDirectory;
import org.vigie.store.SearchRequest;
import org.vigie.store.SearchSort;

/**
 * Search at scale: builds an index of many articles made by varying real ones (the Wikinews
 * articles of {@code shared/corpus}: their paragraphs shuffled and recombined, dates spread over two
 * years, outlets, and annotations drawn as the stages would set them: countries, people,
 * organisations, places, stories), then measures indexing throughput, the index size, and the
 * latency of searches with facets (country, person, organisation, place, outlet, language, story,
 * day histogram) on one thread, as an API request runs them.
 */
public final class SearchBenchmark {
  private static final String[] COUNTRIES = {"LY", "TR", "FR", "US", "RU", "UA", "DE", "GB", "TN", "EG", "DZ", "MA",
      "IT", "ES", "CN", "JP", "IN", "BR", "SY", "IQ", "IR", "IL", "PS", "LB", "ML", "NE", "TD", "SD", "ET", "KE", "NG",
      "ZA", "CA", "MX", "AR", "CO", "VE", "AU", "NZ", "PK", "AF", "SA", "AE", "QA", "GR", "PL", "SE", "NO", "BE", "NL"};
  private static final String[] OUTLETS = {"AFP", "Reuters", "AP", "Le Monde", "BBC News", "France 24", "Al Jazeera",
      "RFI", "Le Figaro", "The Guardian", "Libération", "Euronews", "DW", "Anadolu", "ANSA", "EFE", "La Croix",
      "Ouest-France", "The Times", "Wikinews"};
  private static final String[] FIRST = {"Khalifa", "Hulusi", "Fayez", "Emmanuel", "Recep", "Vladimir", "Angela",
      "Olaf", "Joe", "Kamala", "Xi", "Narendra", "Kaïs", "Abdel", "Mohammed", "Ursula", "Antonio", "Jens", "Volodymyr",
      "Boris", "Giorgia", "Pedro", "Justin", "Luiz", "Cyril", "Abiy", "William", "Ana", "Marie", "Jean"};
  private static final String[] LAST = {"Haftar", "Akar", "al-Sarraj", "Macron", "Erdoğan", "Poutine", "Merkel",
      "Scholz", "Biden", "Harris", "Jinping", "Modi", "Saïed", "Tebboune", "ben Salmane", "von der Leyen", "Guterres",
      "Stoltenberg", "Zelensky", "Johnson", "Meloni", "Sánchez", "Trudeau", "Lula", "Ramaphosa", "Ahmed", "Ruto",
      "Dupont", "Martin", "Bernard"};
  private static final String[] ORGS = {"Otan", "Nations unies", "Union européenne", "Union africaine", "OMS", "FMI",
      "Banque mondiale", "OPEP", "Croix-Rouge", "Amnesty International", "Human Rights Watch", "Interpol", "OSCE",
      "Ligue arabe", "G20", "Unicef", "HCR", "Médecins sans frontières", "Greenpeace", "CICR"};
  private static final String[] CITIES = {"Tripoli", "Benghazi", "Ankara", "Istanbul", "Paris", "Marseille",
      "Washington", "Moscou", "Kiev", "Berlin", "Londres", "Tunis", "Le Caire", "Alger", "Rabat", "Rome", "Madrid",
      "Pékin", "Tokyo", "New Delhi", "Brasília", "Damas", "Bagdad", "Téhéran", "Jérusalem", "Gaza", "Beyrouth",
      "Bamako", "Niamey", "N'Djamena", "Khartoum", "Addis-Abeba", "Nairobi", "Lagos", "Johannesburg"};

  /** One source article of the shared corpus. */
  record Source(String title, List<String> paragraphs, String language) {}

  public record Report(int articles, double indexSeconds, double articlesPerSecond, long indexBytes, int queries,
      double p50Ms, double p95Ms, double p99Ms, double meanMs, double p50NoFacetsMs, double p95NoFacetsMs,
      double p50CpuMs, double p95CpuMs, double loadAverage, long peakHeapMb) {

    public void print(PrintStream out) {
      out.printf(Locale.ROOT, "indexed %,d articles in %.1f s: %.0f articles/s; index %.1f MB (%.1f KB per article)%n",
          articles, indexSeconds, articlesPerSecond, indexBytes / 1e6, indexBytes / 1e3 / articles);
      out.printf(Locale.ROOT, "%d searches with facets (20 hits, 10 values of 7 facets, day histogram), one thread:%n",
          queries);
      out.printf(Locale.ROOT, "  p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, mean %.1f ms%n", p50Ms, p95Ms, p99Ms, meanMs);
      out.printf(Locale.ROOT, "  CPU time of the searching thread: p50 %.1f ms, p95 %.1f ms%n", p50CpuMs, p95CpuMs);
      out.printf(Locale.ROOT, "  without facets: p50 %.1f ms, p95 %.1f ms%n", p50NoFacetsMs, p95NoFacetsMs);
      out.printf(Locale.ROOT, "  load average during the run: %.1f on %d processors (other work slows wall times)%n",
          loadAverage, MachineLoad.cores());
      out.printf(Locale.ROOT, "  target p95 <= 50 ms with facets: %s%n", p95Ms <= 50 ? "met" : "NOT met");
      out.printf(Locale.ROOT, "peak heap %d MB%n", peakHeapMb);
      ObjectNode json = ArticleJson.mapper().createObjectNode();
      json.put("dataset", "wikinews-varied");
      json.put("items", articles);
      json.put("indexPerSecond", Math.round(articlesPerSecond));
      json.put("indexSeconds", round(indexSeconds));
      json.put("indexMb", round(indexBytes / 1e6));
      json.put("queries", queries);
      json.put("p50Ms", round(p50Ms));
      json.put("p95Ms", round(p95Ms));
      json.put("p99Ms", round(p99Ms));
      json.put("meanMs", round(meanMs));
      json.put("p50CpuMs", round(p50CpuMs));
      json.put("p95CpuMs", round(p95CpuMs));
      json.put("loadAverage", round(loadAverage));
      json.put("p50NoFacetsMs", round(p50NoFacetsMs));
      json.put("p95NoFacetsMs", round(p95NoFacetsMs));
      json.put("peakHeapMb", peakHeapMb);
      out.println(json);
    }

    private static double round(double value) {
      return Math.round(value * 100) / 100.0;
    }
  }

  private final Random random;

  public SearchBenchmark(long seed) {
    this.random = new Random(seed);
  }

  /** The articles of the Wikinews JSON Lines files under {@code corpus} (wikinews-en, wikinews-fr). */
  public static List<Source> sources(Path corpus) throws IOException {
    List<Source> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
        String language = file.toString().contains("-fr") ? "fr" : "en";
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            JsonNode node = ArticleJson.mapper().readTree(line);
            List<String> paragraphs = Arrays.stream(node.path("text").asText().split("\\n\\s*\\n|\\n"))
                .map(String::strip).filter(p -> p.length() > 40).toList();
            if (!paragraphs.isEmpty() && !node.path("title").asText().isBlank()) {
              sources.add(new Source(node.path("title").asText(), paragraphs, language));
            }
          }
        }
      }
    }
    return sources;
  }

  public Report run(List<Source> sources, Path dir, int articles, int queries, PrintStream progress)
      throws IOException {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("no articles to vary: the corpus is empty");
    }
    DataDirectory data = new DataDirectory(dir);
    long start = System.nanoTime();
    try (ArticleStore store = ArticleStore.openForWriting(data)) {
      for (int i = 0; i < articles; i++) {
        store.put(vary(sources.get(i % sources.size()), i));
        if ((i + 1) % 20_000 == 0) {
          store.commit();
          progress.printf(Locale.ROOT, "  %,d articles indexed%n", i + 1);
        }
      }
      store.commit();
    }
    double indexSeconds = (System.nanoTime() - start) / 1e9;
    long bytes;
    try (Stream<Path> files = Files.walk(data.index())) {
      bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
    List<String> querySet = querySet(sources, Math.max(queries, 1));
    double[] withFacets;
    double[] cpu = new double[querySet.size()];
    double[] withoutFacets;
    try (ArticleStore reader = ArticleStore.openForReading(data)) {
      // Warm-up: the JIT and the page cache, as a server that has answered a few requests.
      time(reader, querySet.subList(0, Math.min(200, querySet.size())), 10, new double[querySet.size()]);
      withFacets = time(reader, querySet, 10, cpu);
      withoutFacets = time(reader, querySet, 0, new double[querySet.size()]);
    }
    double load = MachineLoad.lastMinute();
    Arrays.sort(withFacets);
    Arrays.sort(cpu);
    Arrays.sort(withoutFacets);
    return new Report(articles, indexSeconds, articles / indexSeconds, bytes, querySet.size(),
        percentile(withFacets, 50), percentile(withFacets, 95), percentile(withFacets, 99),
        Arrays.stream(withFacets).average().orElse(0), percentile(withoutFacets, 50), percentile(withoutFacets, 95),
        percentile(cpu, 50), percentile(cpu, 95), load, peakHeapMb());
  }

  /** Wall time per search; {@code cpu} gets the searching thread's CPU time, which other processes do not inflate. */
  private static double[] time(ArticleStore store, List<String> queries, int facets, double[] cpu) throws IOException {
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] millis = new double[queries.size()];
    for (int i = 0; i < queries.size(); i++) {
      SearchRequest request = new SearchRequest(queries.get(i), i % 4 == 0 ? SearchSort.NEWEST : SearchSort.RELEVANCE,
          0, 20, facets);
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      store.search(request);
      millis[i] = (System.nanoTime() - t0) / 1e6;
      cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
    }
    return millis;
  }

  private static double percentile(double[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }

  /** The n-th variation of an article: paragraphs drawn from it, a date, an outlet and annotations. */
  Article vary(Source source, int n) {
    List<String> paragraphs = new ArrayList<>(source.paragraphs());
    if (paragraphs.size() > 2) {
      // Keep the lead, shuffle the rest, drop some: the same story retold.
      List<String> rest = new ArrayList<>(paragraphs.subList(1, paragraphs.size()));
      java.util.Collections.shuffle(rest, random);
      paragraphs = new ArrayList<>(List.of(paragraphs.getFirst()));
      paragraphs.addAll(rest.subList(0, Math.max(1, rest.size() - random.nextInt(Math.max(1, rest.size() / 2)))));
    }
    String person = FIRST[random.nextInt(FIRST.length)] + " " + LAST[skewed(LAST.length)];
    String second = FIRST[random.nextInt(FIRST.length)] + " " + LAST[skewed(LAST.length)];
    String org = ORGS[skewed(ORGS.length)];
    String city = CITIES[skewed(CITIES.length)];
    String lead = person + " et " + second + " à " + city + ", selon " + org + ".";
    paragraphs.addFirst(lead);
    String title = source.title() + (n >= 1000 ? " (" + (n / 1000) + ")" : "");
    List<Block> body = paragraphs.stream().map(Block::paragraph).toList();
    String hash = ArticleIds.contentHash(title + " #" + n, body);
    String url = "https://bench.example/" + n;
    LocalDate day = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(730));
    String country = COUNTRIES[skewed(COUNTRIES.length)];
    String other = COUNTRIES[skewed(COUNTRIES.length)];
    int at = lead.indexOf(city);
    List<Mention> mentions = List.of(
        new Mention(person, EntityType.PER, Optional.of(id(person)), new Span(SpanTarget.BODY, 0, 0, person.length())),
        new Mention(org, EntityType.ORG, Optional.of(id(org)),
            new Span(SpanTarget.BODY, 0, lead.indexOf(org), lead.indexOf(org) + org.length())));
    List<Entity> entities = List.of(
        new Entity(id(person), person, EntityType.PER, List.of(person.substring(person.indexOf(' ') + 1)), List.of()),
        new Entity(id(second), second, EntityType.PER, List.of(), List.of()),
        new Entity(id(org), org, EntityType.ORG, List.of(), List.of()));
    List<Place> places = List.of(new Place(city, 1000 + Arrays.asList(CITIES).indexOf(city), city, country, 0, 0, false,
        new Span(SpanTarget.BODY, 0, at, at + city.length())));
    Annotations annotations = new Annotations(mentions, entities, places,
        List.of(new CountryScore(country, 0.9), new CountryScore(other, 0.3)), Optional.of(places.get(0)), List.of(),
        List.of(), List.of());
    return new Article(ArticleIds.of(Optional.of(url), hash), Optional.of(url), url,
        Optional.of(OUTLETS[random.nextInt(OUTLETS.length)]), Optional.empty(), title, Optional.empty(),
        Optional.of(new Published(day.toString(), Precision.DAY, false)), Optional.of(source.language()), body,
        List.of(), List.of(), hash)
        .withAnnotations(annotations)
        .withGrouping(new Grouping(Optional.empty(), Optional.of("s" + (n / 5))));
  }

  /** An index skewed to the front, as news is: a few countries and names take most articles. */
  private int skewed(int size) {
    return (int) Math.min(size - 1, Math.floor(Math.pow(random.nextDouble(), 2.5) * size));
  }

  private static String id(String name) {
    return "b" + ArticleIds.sha256Hex(name).substring(0, 10);
  }

  /** Queries users type: title words, phrases, filters, and both. */
  List<String> querySet(List<Source> sources, int count) {
    List<String> queries = new ArrayList<>();
    while (queries.size() < count) {
      Source source = sources.get(random.nextInt(sources.size()));
      String[] words = source.title().replaceAll("[^\\p{L}\\p{N} ]", " ").strip().split("\\s+");
      String word = longest(words);
      String country = COUNTRIES[skewed(COUNTRIES.length)];
      String person = LAST[skewed(LAST.length)];
      queries.add(switch (queries.size() % 8) {
        case 0 -> word;
        case 1 -> words.length >= 2 ? "\"" + words[0] + " " + words[1] + "\"" : word;
        case 2 -> "country:" + country;
        case 3 -> word + " country:" + country;
        case 4 -> "person:\"" + person + "\" after:2020-01-01";
        case 5 -> word + " OR " + longest(sources.get(random.nextInt(sources.size())).title().split("\\s+"));
        case 6 -> "lang:" + source.language() + " " + word + " -country:" + country;
        default -> "org:\"" + ORGS[skewed(ORGS.length)] + "\" date:2020-0" + (1 + random.nextInt(9));
      });
    }
    return queries;
  }

  private static String longest(String[] words) {
    String best = "news";
    for (String word : words) {
      String clean = word.replaceAll("[^\\p{L}\\p{N}]", "");
      if (clean.length() > best.length()) {
        best = clean;
      }
    }
    return best;
  }
}
