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
 *       places) — the one-sense-per-discourse heuristic (Leidner 2007);
 *   <li><b>region evidence</b>: 2 when the region or county the candidate lies in is named in the
 *       article, and 4 when it is named right after it ("Paris, Texas", "London (Ontario)");
 *   <li><b>spatial minimality</b>: up to 1.5 when the candidate lies near the article's other
 *       places (Leidner 2007; the local lexicon of Lieberman et al. 2010);
 *   <li><b>outlet</b>: 1 when the candidate is in the outlet's country, 0.3 in the country of the
 *       article's language (French: France).
 * </ul>
 *
 * It runs twice: first with the evidence of names that point at one country whatever they mean
 * (country names, demonyms, names all of whose candidates share a country), then with the
 * evidence of the first round's choices. A weak name (a common word, a capitalised first word)
 * is kept only if the context supports its choice. Thread-safe.
 */
public final class PlaceResolver {
  private static final int MAX_CANDIDATES = 300;
  private final Gazetteer gazetteer;

  public PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
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
    int n = toponyms.size();
    String languageCountry = language.map(l -> switch (l) {
      case "fr" -> "FR";
      default -> "";
    }).orElse("");
    Context context = new Context(outletCountry.orElse(""), languageCountry);
    int[] container = containers(toponyms, texts);
    for (int m = 0; m < n; m++) {
      String only = singleCountry(toponyms.get(m));
      if (only != null && !toponyms.get(m).weak()) {
        context.countryEvidence.merge(only, 1.0, Double::sum);
      }
    }
    int[] choice = new int[n];
    NameHit[] chosenHit = new NameHit[n];
    for (int round = 0; round < 2; round++) {
      Context current = context;
      for (int m = 0; m < n; m++) {
        double best = Double.NEGATIVE_INFINITY;
        for (NameHit hit : candidates(toponyms.get(m))) {
          double score = prior(hit) + current.bonus(gazetteer, hit.entry(), m, toponyms, container, choice,
              round > 0, round > 0 && !toponyms.get(m).weak() ? gazetteer.countryCode(choice[m]) : null);
          if (score > best) {
            best = score;
            choice[m] = hit.entry();
            chosenHit[m] = hit;
          }
        }
      }
      context = new Context(context.outlet, context.languageCountry);
      for (int m = 0; m < n; m++) {
        if (!toponyms.get(m).weak()) {
          context.countryEvidence.merge(gazetteer.countryCode(choice[m]), 1.0, Double::sum);
          context.named.add(choice[m]);
        }
      }
    }
    List<Resolved> resolved = new ArrayList<>(n);
    for (int m = 0; m < n; m++) {
      Toponym t = toponyms.get(m);
      if (t.weak() && !context.supports(gazetteer, choice[m], m, toponyms, container, choice)) {
        continue;
      }
      resolved.add(new Resolved(t, gazetteer.entry(choice[m]), chosenHit[m].demonym()));
    }
    return resolved;
  }

  private List<NameHit> candidates(Toponym toponym) {
    List<NameHit> hits = toponym.hits();
    return hits.size() > MAX_CANDIDATES ? hits.subList(0, MAX_CANDIDATES) : hits;
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

  /** For each name, the name right after it that may contain it ("Paris, Texas"), or -1. */
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
    }
    return container;
  }

  double prior(NameHit hit) {
    int e = hit.entry();
    double people = Math.log10(gazetteer.population(e) + 10) / 2;
    double score = switch (gazetteer.kind(e)) {
      case AREA -> 6.0;
      case COUNTRY -> 2.0 + people;
      case REGION -> ("ADM2".equals(gazetteer.featureCode(e)) ? 0.7 : 1.0) + people;
      case COUNTY -> 0.5 + people;
      case CITY -> people + switch (gazetteer.featureCode(e)) {
        case "PPLC" -> 1.5;
        case "PPLA" -> 0.6;
        case "PPLA2" -> 0.3;
        case "PPLA3", "PPLA4" -> 0.1;
        case "PPLX", "PPLL", "PPLH", "PPLQ", "PPLW" -> -0.3;
        default -> 0.0;
      };
    };
    return hit.alternate() ? score - 1.0 : score;
  }

  /** What the article says besides one name. */
  private static final class Context {
    final String outlet;
    final String languageCountry;
    final Map<String, Double> countryEvidence = new HashMap<>();
    final List<Integer> named = new ArrayList<>();

    Context(String outlet, String languageCountry) {
      this.outlet = outlet;
      this.languageCountry = languageCountry;
    }

    double bonus(Gazetteer g, int e, int m, List<Toponym> toponyms, int[] container, int[] choice, boolean full,
        String ownCountry) {
      String country = g.countryCode(e);
      double bonus = 0;
      double top = countryEvidence.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
      if (top > 0 && !country.isEmpty()) {
        // The name's own previous choice is no evidence for itself.
        double evidence = countryEvidence.getOrDefault(country, 0.0) - (country.equals(ownCountry) ? 1 : 0);
        bonus += 2.5 * Math.max(0, evidence) / top;
      }
      if (country.equals(outlet)) {
        bonus += 1.0;
      } else if (country.equals(languageCountry)) {
        bonus += 0.3;
      }
      if (container[m] >= 0) {
        for (NameHit outer : toponyms.get(container[m]).hits()) {
          if (full ? outer.entry() == choice[container[m]] && contains(g, outer.entry(), e) : contains(g, outer.entry(), e)) {
            bonus += 4.0;
            break;
          }
        }
      }
      if (!full) {
        return bonus;
      }
      int region = g.region(e);
      int county = g.county(e);
      String self = NameKey.fold(toponyms.get(m).text());
      double nearest = Double.MAX_VALUE;
      boolean regionNamed = false;
      for (int o = 0; o < toponyms.size(); o++) {
        if (o == m || toponyms.get(o).weak()) {
          continue;
        }
        int other = choice[o];
        if ((other == region && region >= 0) || (other == county && county >= 0)) {
          regionNamed = true;
        }
        PlaceKind kind = g.kind(other);
        if ((kind == PlaceKind.CITY || kind == PlaceKind.COUNTY) && other != e
            && !NameKey.fold(toponyms.get(o).text()).equals(self)) {
          nearest = Math.min(nearest, Distance.km(g.lat(e), g.lon(e), g.lat(other), g.lon(other)));
        }
      }
      if (regionNamed) {
        bonus += 2.0;
      }
      if (g.kind(e) == PlaceKind.CITY || g.kind(e) == PlaceKind.COUNTY) {
        bonus += nearest < 30 ? 1.5 : nearest < 100 ? 1.2 : nearest < 300 ? 0.6 : 0;
      }
      return bonus;
    }

    /** A weak name's choice is supported by a containing name, a named region, or nearby places of its country. */
    boolean supports(Gazetteer g, int e, int m, List<Toponym> toponyms, int[] container, int[] choice) {
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
        if (o + 1 < toponyms.size() && container[o] == m && contains(g, e, other)) {
          return true;
        }
        PlaceKind kind = g.kind(other);
        if ((kind == PlaceKind.CITY || kind == PlaceKind.COUNTY) && other != e
            && Distance.km(g.lat(e), g.lon(e), g.lat(other), g.lon(other)) < 150) {
          return true;
        }
      }
      double top = countryEvidence.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
      String country = g.countryCode(e);
      return g.kind(e) != PlaceKind.CITY ? top > 0 && countryEvidence.getOrDefault(country, 0.0) >= 0.5 * top
          : g.population(e) >= 100_000 && top > 0 && countryEvidence.getOrDefault(country, 0.0) >= 0.5 * top;
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
