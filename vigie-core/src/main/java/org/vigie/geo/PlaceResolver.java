package org.vigie.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses, for every place name of an article, the gazetteer entry the article means, from the
 * article's own evidence. Each candidate gets a score, the sum of
 *
 * <ul>
 *   <li>a <b>prior</b>: half the decimal log of the population, plus a bonus by kind (a country
 *       2, a first-level region 1, an area 6) and by feature (a capital 1.5, a region's seat 0.6),
 *       minus 1 when the name is only one of its alternate names — the "population and capital"
 *       default that resolves most names right on its own (Leidner 2007; the population baseline of
 *       Gritta et al. 2018);
 *   <li><b>country evidence</b>: up to 2.5 in proportion to how much the rest of the article is
 *       about the candidate's country (countries and demonyms named, countries of the other
 *       places) — the one-sense-per-discourse heuristic (Leidner 2007); a city of a million people
 *       or more takes 70% of it, news naming big cities whatever country it is about;
 *   <li><b>outlet's name</b>: a name the outlet's web address contains, and the towns near a notable
 *       place of that name, take the best prior of their namesakes ({@link OutletNames});
 *   <li><b>region evidence</b>: 2 when the region or county the candidate lies in is named in the
 *       article (half of it for a reading by an alternate name), and 4 when it is named right after
 *       it ("Paris, Texas", "London (Ontario)");
 *   <li><b>spatial minimality</b>: up to 1.5 when the candidate lies near the article's other
 *       places (Leidner 2007; the local lexicon of Lieberman et al. 2010), 0.75 when it lies near
 *       another reading of another name ("New London" and "Mt. Pleasant", Iowa);
 *   <li><b>outlet</b>: 1 when the candidate is in the outlet's country, 0.3 in the country of the
 *       article's language (French: France);
 *   <li><b>outlet's home</b>: up to 2 when the candidate lies near the town the outlet's earlier
 *       articles centre on ({@link OutletHomes}; the local lexicon of Lieberman et al. 2010), whose
 *       country also stands for the outlet's when its address does not tell;
 *   <li><b>namesake city</b>: a city of 100,000 people or more takes the prior of the region of
 *       its name it lies in, plus 0.2 ("New York", "Geneva").
 * </ul>
 *
 * It runs twice: first with the evidence of names that point at one country whatever they mean
 * (country names, demonyms, names all of whose candidates share a country), then with the
 * evidence of the first round's choices. A weak name (a common word, a capitalised first word)
 * is kept only if the context supports its choice. Thread-safe.
 */
public final class PlaceResolver {
  private static final int MAX_CANDIDATES = 300;
  private static final int BIG_CITY = 100_000;
  /** What a big city gains over the region of its name it lies in. */
  private static final double NAMESAKE_CITY = 0.2;
  private final Gazetteer gazetteer;
  private final Weights w;

  /**
   * The few weights of the score, learnt on the LGL dev articles and checked on the GeoWebNews
   * dev ones (and the other way round); see the README's "Places" section.
   *
   * @param population weight of the decimal log of the population
   * @param country weight of the log share of the article's country evidence a candidate's
   *     country has (0 for the most pointed-at country, negative for the others)
   * @param smoothing added to each country's count before the share is taken: the lower, the
   *     more a country nobody names is held against a candidate
   * @param mention how much a country's own name or demonym counts as evidence for the small
   *     places of that country, against 1 for a place of the country (a town in the country);
   *     a big city (100,000 people or more) gets it in full
   * @param countryName bonus of a country named by its own name or demonym ("Turkey", "Japanese")
   * @param near weight of the spatial-minimality bonus (nearest other place of the article)
   * @param named weight of the bonus for a named region or county around the candidate
   * @param home weight of the bonus for lying near the outlet's home town
   */
  public record Weights(double population, double country, double smoothing, double mention, double countryName,
      double near, double named, double home) {
    public static final Weights DEFAULT = new Weights(0.5, 1.0, 0.5, 0.25, 1.0, 1.0, 1.0, 1.0);
  }

  public PlaceResolver(Gazetteer gazetteer) {
    this(gazetteer, Weights.DEFAULT);
  }

  public PlaceResolver(Gazetteer gazetteer, Weights weights) {
    this.gazetteer = gazetteer;
    this.w = weights;
  }

  /** A name and the entry chosen for it. */
  public record Resolved(Toponym toponym, GazetteerEntry entry, boolean demonym) {
  }

  /**
   * Resolves the names of one article; weak names without support are left out.
   *
   * @param outletCountry the country of the outlet that published the article, when known
   * @param language the article's language (ISO 639-1), when known
   */
  public List<Resolved> resolve(List<Toponym> toponyms, TextSource texts, Optional<String> outletCountry,
      Optional<String> language) {
    return resolve(toponyms, texts, outletCountry, Optional.empty(), language);
  }

  /**
   * Resolves the names of one article; weak names without support are left out.
   *
   * @param outletCountry the country of the outlet that published the article, when known
   * @param home the gazetteer index of the outlet's home town ({@link OutletHomes}), when known
   * @param language the article's language (ISO 639-1), when known
   */
  public List<Resolved> resolve(List<Toponym> toponyms, TextSource texts, Optional<String> outletCountry,
      Optional<Integer> home, Optional<String> language) {
    return resolve(toponyms, texts, outletCountry, home, OutletNames.Named.NONE, language);
  }

  /**
   * Resolves the names of one article; weak names without support are left out.
   *
   * @param outletCountry the country of the outlet that published the article, when known
   * @param home the gazetteer index of the outlet's home town ({@link OutletHomes}), when known
   * @param outletNamed the places the outlet's web address names ({@link OutletNames})
   * @param language the article's language (ISO 639-1), when known
   */
  public List<Resolved> resolve(List<Toponym> toponyms, TextSource texts, Optional<String> outletCountry,
      Optional<Integer> home, OutletNames.Named outletNamed, Optional<String> language) {
    int n = toponyms.size();
    if (outletCountry.isEmpty() && home.isPresent()) {
      outletCountry = Optional.of(gazetteer.countryCode(home.get())).filter(c -> !c.isEmpty());
    }
    String languageCountry = language.map(l -> switch (l) {
      case "fr" -> "FR";
      default -> "";
    }).orElse("");
    String[] names = new String[n];
    for (int m = 0; m < n; m++) {
      names[m] = NameKey.fold(toponyms.get(m).text());
    }
    int[] container = containers(toponyms, texts);
    boolean[] governed = governed(toponyms, texts);
    Map<String, Pointer> pointers = new HashMap<>();
    for (int m = 0; m < n; m++) {
      String only = singleCountry(toponyms.get(m));
      if (only != null && !toponyms.get(m).weak()) {
        boolean mention = toponyms.get(m).hits().stream().allMatch(h -> h.demonym()
            || gazetteer.kind(h.entry()) == PlaceKind.COUNTRY);
        pointers.put(names[m], new Pointer(only, mention));
      }
    }
    Context context = new Context(gazetteer, w, toponyms, names, container, governed, outletCountry.orElse(""),
        home.orElse(-1), languageCountry, pointers, null);
    LocalPrior local = new LocalPrior(outletNamed);
    int[] choice = new int[n];
    NameHit[] chosenHit = new NameHit[n];
    for (int round = 0; round < 2; round++) {
      // One sense per discourse (Gale et al. 1992; Leidner 2007): the mentions of one name add up
      // their scores and share the best candidate, so "Paris, Texas" decides every later "Paris".
      Map<String, Map<Integer, Double>> totals = new HashMap<>();
      Map<String, Map<Integer, NameHit>> hitOf = new HashMap<>();
      for (int m = 0; m < n; m++) {
        Evidence evidence = context.countryEvidence(m);
        Map<Integer, Double> total = totals.computeIfAbsent(names[m], k -> new HashMap<>());
        Map<Integer, NameHit> hits = hitOf.computeIfAbsent(names[m], k -> new HashMap<>());
        double top = local.top(toponyms.get(m), names[m]);
        for (NameHit hit : candidates(toponyms.get(m))) {
          double score = local.prior(toponyms.get(m), names[m], hit, top) + context.bonus(hit, m, evidence);
          total.merge(hit.entry(), score, Double::sum);
          hits.putIfAbsent(hit.entry(), hit);
        }
      }
      for (int m = 0; m < n; m++) {
        double best = Double.NEGATIVE_INFINITY;
        Map<Integer, Double> total = totals.get(names[m]);
        for (NameHit hit : candidates(toponyms.get(m))) {
          double score = total.get(hit.entry());
          if (score > best) {
            best = score;
            choice[m] = hit.entry();
            chosenHit[m] = hit;
          }
        }
      }
      Map<String, Pointer> chosen = new HashMap<>();
      for (int m = 0; m < n; m++) {
        if (!toponyms.get(m).weak() && !gazetteer.countryCode(choice[m]).isEmpty()) {
          chosen.putIfAbsent(names[m], new Pointer(gazetteer.countryCode(choice[m]),
              chosenHit[m].demonym() || gazetteer.kind(choice[m]) == PlaceKind.COUNTRY));
        }
      }
      context = new Context(gazetteer, w, toponyms, names, container, governed, context.outlet, context.home,
          languageCountry, chosen, choice.clone());
    }
    List<Resolved> resolved = new ArrayList<>(n);
    for (int m = 0; m < n; m++) {
      Toponym t = toponyms.get(m);
      if (t.weak() && !context.supports(choice[m], m)) {
        continue;
      }
      resolved.add(new Resolved(t, gazetteer.entry(choice[m]), chosenHit[m].demonym()));
    }
    return resolved;
  }

  /** A name's country, and whether the name is the country's own name or demonym rather than a place in it. */
  private record Pointer(String country, boolean mention) {
  }

  /** How many distinct names point at each country: places in it, and its own name or demonyms. */
  private record Evidence(Map<String, Double> places, Map<String, Double> mentions, double top) {
    double of(String country, double mentionWeight) {
      return places.getOrDefault(country, 0.0) + mentionWeight * mentions.getOrDefault(country, 0.0);
    }
  }

  private List<NameHit> candidates(Toponym toponym) {
    List<NameHit> hits = toponym.hits();
    return hits.size() > MAX_CANDIDATES ? hits.subList(0, MAX_CANDIDATES) : hits;
  }

  /**
   * A big city named like the region it lies in ("New York", "Tokyo", "Berlin", "Geneva") is, on its
   * own, mostly the city: it takes the region's prior if that is higher, plus a little.
   * "Albany, New York" still gets the region through the name before it.
   */
  private double namesakePrior(Toponym toponym, NameHit hit) {
    double own = prior(hit);
    int c = hit.entry();
    if (hit.alternate() && gazetteer.kind(c) == PlaceKind.COUNTY) {
      for (NameHit other : candidates(toponym)) {
        if (!other.alternate() && gazetteer.kind(other.entry()) == PlaceKind.CITY
            && gazetteer.region(other.entry()) == gazetteer.region(c)) {
          return own - 1.0; // "Des Moines" is the city; its state's Des Moines County goes by its full name
        }
      }
      return own;
    }
    if (gazetteer.kind(c) != PlaceKind.CITY || gazetteer.population(c) < BIG_CITY || gazetteer.region(c) < 0) {
      return own;
    }
    for (NameHit other : candidates(toponym)) {
      if (other.entry() == gazetteer.region(c)) {
        return Math.max(own, prior(other) + NAMESAKE_CITY);
      }
    }
    return own;
  }

  /**
   * The prior where the outlet's web address names a place (the local lexicon of Lieberman et al.
   * 2010, read from the outlet's name): its own name, and the towns near a notable place of that
   * name, take the highest prior among their namesakes, so population no longer decides against
   * them and the article's evidence does; a town near the outlet's namesake wins a tie.
   */
  private final class LocalPrior {
    private static final double LOCAL_KM = 40;
    private static final double TIE = 0.1;
    private final OutletNames.Named named;

    LocalPrior(OutletNames.Named named) {
      this.named = named;
    }

    /** The highest prior of a name's candidates, NaN when the outlet names no place. */
    double top(Toponym toponym, String name) {
      if (named.names().isEmpty()) {
        return Double.NaN;
      }
      double top = Double.NEGATIVE_INFINITY;
      for (NameHit hit : candidates(toponym)) {
        top = Math.max(top, namesakePrior(toponym, hit));
      }
      return top;
    }

    double prior(Toponym toponym, String name, NameHit hit, double top) {
      if (Double.isNaN(top)) {
        return namesakePrior(toponym, hit);
      }
      if (named.names().contains(name)) {
        return top;
      }
      int e = hit.entry();
      PlaceKind kind = gazetteer.kind(e);
      if (kind == PlaceKind.CITY || kind == PlaceKind.COUNTY) {
        for (int place : named.places()) {
          if (gazetteer.kind(place) == PlaceKind.CITY
              && Distance.km(gazetteer.lat(e), gazetteer.lon(e), gazetteer.lat(place), gazetteer.lon(place)) < LOCAL_KM) {
            return top + TIE;
          }
        }
      }
      return namesakePrior(toponym, hit);
    }
  }

  /** The country all candidates share, or null. */
  private String singleCountry(Toponym toponym) {
    String country = null;
    for (NameHit hit : toponym.hits()) {
      String c = gazetteer.countryCode(hit.entry());
      if (c.isEmpty() || (country != null && !country.equals(c))) {
        return null;
      }
      country = c;
    }
    return country;
  }

  /** Words after a name that make it a state or province's government ("a New York court", "Texas lawmakers"). */
  private static final java.util.regex.Pattern GOVERNMENT_AFTER = java.util.regex.Pattern.compile(
      "\\s+(state|court|courts|legislature|legislators|lawmakers|governor|attorney general|senate|assembly"
          + "|supreme court|appeals court|appellate court)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

  /** For each name, whether the words after it name a government of a region of that name. */
  private static boolean[] governed(List<Toponym> toponyms, TextSource texts) {
    boolean[] governed = new boolean[toponyms.size()];
    for (int m = 0; m < toponyms.size(); m++) {
      Toponym t = toponyms.get(m);
      String text = texts.text(t.in(), t.index());
      governed[m] = t.end() <= text.length()
          && GOVERNMENT_AFTER.matcher(text).region(t.end(), text.length()).lookingAt();
    }
    return governed;
  }

  /** What stands between a demonym and the place it locates: "the English city of Salisbury". */
  private static final java.util.regex.Pattern DEMONYM_OF = java.util.regex.Pattern.compile(
      "\\s+(city|town|village|port|resort|capital|region|province|county|state|island)\\s+of\\s+",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * For each name, the name that may contain it, or -1: the name right after it ("Paris, Texas"), or
   * a demonym before it ("the English city of Salisbury").
   */
  private static int[] containers(List<Toponym> toponyms, TextSource texts) {
    int[] container = new int[toponyms.size()];
    java.util.Arrays.fill(container, -1);
    for (int m = 0; m + 1 < toponyms.size(); m++) {
      Toponym a = toponyms.get(m);
      Toponym b = toponyms.get(m + 1);
      if (a.in() == b.in() && a.index() == b.index() && b.start() - a.end() <= 3 && b.start() > a.end()) {
        String gap = texts.text(a.in(), a.index()).substring(a.end(), b.start()).strip();
        if (gap.equals(",") || gap.equals("(")) {
          container[m] = m + 1;
        }
      }
      if (a.in() == b.in() && a.index() == b.index() && b.start() > a.end() && b.start() - a.end() <= 24
          && !a.hits().isEmpty() && a.hits().stream().anyMatch(NameHit::demonym)
          && DEMONYM_OF.matcher(texts.text(a.in(), a.index()).substring(a.end(), b.start())).matches()) {
        container[m + 1] = m;
      }
    }
    return container;
  }

  double prior(NameHit hit) {
    int e = hit.entry();
    double people = w.population() * Math.log10(gazetteer.population(e) + 10);
    double score = switch (gazetteer.kind(e)) {
      case AREA -> 6.0;
      case COUNTRY -> 2.0 + people + w.countryName() + (hit.alternate() ? 1.0 : 0.0); // "Turkey" for Türkiye
      case REGION -> ("ADM2".equals(gazetteer.featureCode(e)) ? 0.0 : 0.3) + people;
      case COUNTY -> 0.5 + people;
      case CITY -> people + switch (gazetteer.featureCode(e)) {
        case "PPLC" -> 1.5;
        case "PPLA" -> 0.6;
        case "PPLA2" -> gazetteer.population(e) < BIG_CITY ? 0.3 : 0.15; // a big city is known by its size more than its seat
        case "PPLA3", "PPLA4" -> 0.1;
        // a section of a city as big as a city is known by itself ("Hollywood")
        case "PPLX" -> gazetteer.population(e) < BIG_CITY ? -0.3 : 0.0;
        case "PPLL", "PPLH", "PPLQ", "PPLW" -> -0.3;
        default -> 0.0;
      };
    };
    return hit.alternate() ? score - 1.0 : score;
  }

  /**
   * What the article says besides one name. Each distinct name counts once (one sense per
   * discourse: six "Paris" are one place, not six votes), and never for itself.
   */
  private static final class Context {
    private static final int BIG_CITY = 100_000;
    /** The bonus for lying near another name's reading that name did not choose. */
    private static final double NEAR_READING = 0.75;
    /**
     * The share of the named-region bonus a reading by an alternate name gets: a town's former or
     * foreign name ("Birmingham" for Cartersville, Georgia) is a weak reading, and the state named
     * in the article must not lift it over the city known by that name.
     */
    private static final double ALTERNATE_NAMED = 0.5;
    /** The readings of another name looked at: its own names first, then the most populous. */
    private static final int READINGS = 10;
    /** The share of the country evidence a city of a million people or more takes. */
    private static final double WORLD_CITY_FACTOR = 0.7;
    /** What "a New York court" gives the state reading. */
    private static final double GOVERNED_REGION = 2.0;
    final Gazetteer g;
    final Weights w;
    final List<Toponym> toponyms;
    final String[] names;
    final int[] container;
    /** Per name, whether a government noun follows it ("a New York court"): the region is meant. */
    final boolean[] governed;
    final String outlet;
    /** The outlet's home town, -1 when unknown. */
    final int home;
    final String languageCountry;
    final Map<String, Pointer> pointers;
    /** The previous round's choices, null in the first round. */
    final int[] choice;
    /** The first mention of each distinct strong name: the other places a candidate is compared with. */
    final int[] distinct;
    /** Per name, how many named regions hold one of its readings; -1 until asked. */
    private final int[] regionsNamed;

    Context(Gazetteer g, Weights w, List<Toponym> toponyms, String[] names, int[] container, boolean[] governed,
        String outlet, int home, String languageCountry, Map<String, Pointer> pointers, int[] choice) {
      this.governed = governed;
      this.home = home;
      this.g = g;
      this.w = w;
      this.toponyms = toponyms;
      this.names = names;
      this.container = container;
      this.outlet = outlet;
      this.languageCountry = languageCountry;
      this.pointers = pointers;
      this.choice = choice;
      java.util.Set<String> seen = new java.util.HashSet<>();
      List<Integer> firsts = new ArrayList<>();
      for (int o = 0; o < toponyms.size(); o++) {
        if (!toponyms.get(o).weak() && seen.add(names[o])) {
          firsts.add(o);
        }
      }
      this.distinct = firsts.stream().mapToInt(Integer::intValue).toArray();
      this.regionsNamed = new int[toponyms.size()];
      java.util.Arrays.fill(regionsNamed, -1);
    }

    /** How many other names point at each country. */
    Evidence countryEvidence(int m) {
      Map<String, Double> places = new HashMap<>();
      Map<String, Double> mentions = new HashMap<>();
      Map<String, Double> all = new HashMap<>();
      pointers.forEach((name, pointer) -> {
        if (!name.equals(names[m])) {
          (pointer.mention() ? mentions : places).merge(pointer.country(), 1.0, Double::sum);
          all.merge(pointer.country(), 1.0, Double::sum);
        }
      });
      double top = all.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
      return new Evidence(places, mentions, top);
    }

    /** The evidence for the candidate's country: a country's own name counts less for its small towns. */
    private double support(int e, Evidence evidence) {
      String country = g.countryCode(e);
      if (country.isEmpty()) {
        return 0;
      }
      boolean small = g.kind(e) == PlaceKind.CITY && g.population(e) < BIG_CITY;
      return evidence.of(country, small ? w.mention() : 1.0);
    }

    double bonus(NameHit hit, int m, Evidence evidence) {
      int e = hit.entry();
      String country = g.countryCode(e);
      double bonus = 0;
      if (evidence.top() > 0) {
        double a = w.smoothing();
        bonus += worldly(e) * w.country() * Math.log((support(e, evidence) + a) / (evidence.top() + a));
      }
      if (!country.isEmpty() && country.equals(outlet)) {
        bonus += 1.0;
      } else if (!country.isEmpty() && country.equals(languageCountry)) {
        bonus += 0.3;
      }
      if (container[m] >= 0) {
        for (NameHit outer : toponyms.get(container[m]).hits()) {
          boolean current = choice == null || outer.entry() == choice[container[m]];
          if (current && contains(g, outer.entry(), e)) {
            bonus += 4.0;
            break;
          }
        }
      }
      if (governed[m] && g.kind(e) == PlaceKind.REGION) {
        bonus += GOVERNED_REGION;
      }
      return bonus + homeBonus(e) + (choice == null ? 0 : neighbourhood(e, m, hit.alternate()));
    }

    /**
     * How much the article's countries weigh on a city: fully up to 100,000 people, 70% from a
     * million on, since news names the world's big cities whatever country it is about (London in
     * an article about New York).
     */
    private double worldly(int e) {
      if (g.kind(e) != PlaceKind.CITY) {
        return 1.0;
      }
      double decades = Math.log10(Math.max(1, g.population(e))) - 5;
      return Math.max(WORLD_CITY_FACTOR, Math.min(1.0, 1.0 - (1.0 - WORLD_CITY_FACTOR) * decades));
    }

    /** Near the outlet's home town, or the region or county around it. */
    private double homeBonus(int e) {
      if (home < 0) {
        return 0;
      }
      PlaceKind kind = g.kind(e);
      if (kind == PlaceKind.REGION) {
        return g.region(home) == e ? w.home() : 0;
      }
      if (kind != PlaceKind.CITY && kind != PlaceKind.COUNTY) {
        return 0;
      }
      if (g.county(home) == e && e >= 0) {
        return w.home() * 2;
      }
      double km = Distance.km(g.lat(e), g.lon(e), g.lat(home), g.lon(home));
      return w.home() * (km < 40 ? 2.0 : km < 120 ? 1.5 : km < 250 ? 0.7 : 0);
    }

    /** Regions and counties named around the candidate, and the distance to the article's other places. */
    private double neighbourhood(int e, int m, boolean alternate) {
      int region = g.region(e);
      int county = g.county(e);
      double nearest = Double.MAX_VALUE;
      double named = 0;
      boolean located = g.kind(e) == PlaceKind.CITY || g.kind(e) == PlaceKind.COUNTY;
      for (int o : distinct) {
        if (names[o].equals(names[m])) {
          continue;
        }
        int other = choice[o];
        if (readingOf(m, other)) {
          continue; // "New York City" is this "New York" said in full, not a place in New York State
        }
        if ((other == region && region >= 0) || (other == county && county >= 0) || g.region(other) == e
            || g.county(other) == e) {
          named = Math.max(named, 2.0); // the candidate's region is named, or a place in the candidate region is
        } else if (named < 1.5 && mayContain(toponyms.get(o), e)) {
          named = 1.5;
        }
        if (located) {
          PlaceKind kind = g.kind(other);
          if ((kind == PlaceKind.CITY || kind == PlaceKind.COUNTY) && other != e) {
            nearest = Math.min(nearest, Distance.km(g.lat(e), g.lon(e), g.lat(other), g.lon(other)));
          }
        }
      }
      double near = 0;
      if (located) {
        near = nearest < 30 ? 1.5 : nearest < 100 ? 1.2 : nearest < 300 ? 0.6 : 0;
        if (near < NEAR_READING && nearAnotherReading(e, m)) {
          near = NEAR_READING;
        }
      }
      if (located && named > 0 && regionsNamedAround(m) > 1) {
        named = 0; // "Louisville" in an article naming Ohio and Mississippi: each has one, neither is meant
      }
      if (namesArea(m) && g.kind(e) == PlaceKind.CITY && g.population(e) < BIG_CITY) {
        named = 0; // "Florida" beside "New York" is the state, not the village of Florida, New York
      }
      return w.named() * named * (alternate ? ALTERNATE_NAMED : 1.0) + w.near() * near;
    }

    /**
     * How many distinct named regions or counties hold a town or county reading of name {@code m}:
     * when more than one does, the named regions do not tell its readings apart.
     */
    private int regionsNamedAround(int m) {
      if (regionsNamed[m] < 0) {
        java.util.Set<Integer> around = new java.util.HashSet<>();
        java.util.Set<Integer> named = new java.util.HashSet<>();
        for (int o : distinct) {
          if (!names[o].equals(names[m]) && !readingOf(m, choice[o])) {
            named.add(choice[o]);
          }
        }
        for (NameHit hit : toponyms.get(m).hits()) {
          int e = hit.entry();
          PlaceKind kind = g.kind(e);
          if (kind != PlaceKind.CITY && kind != PlaceKind.COUNTY) {
            continue;
          }
          if (g.region(e) >= 0 && named.contains(g.region(e))) {
            around.add(g.region(e));
          } else if (g.county(e) >= 0 && named.contains(g.county(e))) {
            around.add(g.county(e));
          }
        }
        regionsNamed[m] = around.size();
      }
      return regionsNamed[m];
    }

    /** The place is one of the readings of name {@code m}. */
    private boolean readingOf(int m, int place) {
      for (NameHit hit : toponyms.get(m).hits()) {
        if (hit.entry() == place) {
          return true;
        }
      }
      return false;
    }

    /**
     * Another name of the article has a likely reading near the candidate, though not the one it
     * chose: two small towns side by side ("New London" and "Mt. Pleasant", Iowa) each lose to a
     * bigger namesake alone, and only support each other if either is looked at in its other
     * readings (the spatial minimality of Leidner 2007, over candidates rather than choices).
     */
    private boolean nearAnotherReading(int e, int m) {
      for (int o : distinct) {
        if (names[o].equals(names[m])) {
          continue;
        }
        List<NameHit> hits = toponyms.get(o).hits();
        for (int k = 0; k < Math.min(hits.size(), READINGS); k++) {
          int other = hits.get(k).entry();
          PlaceKind kind = g.kind(other);
          if (other != e && other != choice[o] && (kind == PlaceKind.CITY || kind == PlaceKind.COUNTY)
              && Distance.km(g.lat(e), g.lon(e), g.lat(other), g.lon(other)) < 30) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * The name is the own name of a country or of a first-level region without a big city of its
     * name ("Florida", "Georgia"; not "Paris", whose region is named after the city).
     */
    private boolean namesArea(int m) {
      List<NameHit> hits = toponyms.get(m).hits();
      for (NameHit hit : hits) {
        int e = hit.entry();
        PlaceKind kind = g.kind(e);
        if (hit.alternate() || hit.demonym()) {
          continue;
        }
        if (kind == PlaceKind.COUNTRY) {
          return true;
        }
        if (kind == PlaceKind.REGION && !"ADM2".equals(g.featureCode(e)) && hits.stream().noneMatch(
            h -> g.kind(h.entry()) == PlaceKind.CITY && g.region(h.entry()) == e && g.population(h.entry()) >= BIG_CITY)) {
          return true;
        }
      }
      return false;
    }

    /** Some reading of another name is the candidate's region or county ("Henry County" beside "Paris"). */
    private boolean mayContain(Toponym other, int e) {
      int region = g.region(e);
      int county = g.county(e);
      for (NameHit hit : other.hits()) {
        if ((hit.entry() == county && county >= 0) || (hit.entry() == region && region >= 0 && !hit.alternate())) {
          return true;
        }
        if (g.kind(e) == PlaceKind.COUNTY && g.county(hit.entry()) == e) {
          return true;
        }
      }
      return false;
    }

    /** A weak name's choice is supported by a containing name, a named region, or nearby places of its country. */
    boolean supports(int e, int m) {
      if (container[m] >= 0 && contains(g, choice[container[m]], e)) {
        return true;
      }
      for (int o = 0; o < toponyms.size(); o++) {
        if (o == m || toponyms.get(o).weak()) {
          continue;
        }
        int other = choice[o];
        if (other == g.region(e) || other == g.county(e)) {
          return true;
        }
        if (container[o] == m && contains(g, e, other)) {
          return true;
        }
        PlaceKind kind = g.kind(other);
        if ((kind == PlaceKind.CITY || kind == PlaceKind.COUNTY) && other != e
            && Distance.km(g.lat(e), g.lon(e), g.lat(other), g.lon(other)) < 150) {
          return true;
        }
      }
      Evidence evidence = countryEvidence(m);
      double share = evidence.top() == 0 ? 0 : evidence.of(g.countryCode(e), 1.0) / evidence.top();
      return g.kind(e) != PlaceKind.CITY ? share >= 0.5 : g.population(e) >= 100_000 && share >= 0.5;
    }
  }

  /** True when place {@code inner} lies in {@code outer} (a country, region or county). */
  static boolean contains(Gazetteer g, int outer, int inner) {
    if (outer == inner) {
      return false;
    }
    return switch (g.kind(outer)) {
      case COUNTRY -> g.countryCode(outer).equals(g.countryCode(inner));
      case REGION -> g.region(inner) == outer;
      case COUNTY -> g.county(inner) == outer;
      default -> false;
    };
  }
}
