package org.vigie.geo;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each outlet is at home, learnt from the places of its earlier articles: a local paper
 * writes about its own town and the places around it, so its "Athens" is the Athens near the
 * places its other articles name, not the capital of Greece. This is the local lexicon of
 * Lieberman, Samet and Sankaranarayanan ("Geotagging with local lexicons to build indexes for
 * textually-specified spatial data", ICDE 2010), reduced to one point per outlet: the place of the
 * outlet's recent articles that has the most other articles naming a place near it (a medoid). An
 * outlet has a home once at least {@link #MIN_ARTICLES} articles agree on one. Thread-safe; memory
 * is bounded by {@link #MAX_OUTLETS} outlets of {@link #RECENT} articles each.
 */
public final class OutletHomes {
  /** Articles that must name places near one spot before it is the outlet's home. */
  static final int MIN_ARTICLES = 2;
  private static final int RECENT = 40;
  private static final int MAX_OUTLETS = 20_000;
  private static final double SAME_AREA_KM = 100;

  private final Gazetteer gazetteer;
  private final Map<String, Deque<int[]>> places = new ConcurrentHashMap<>();
  private final Map<String, Integer> homes = new ConcurrentHashMap<>();

  public OutletHomes(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The outlet of an article: its web host without "www.", when the address has one. */
  public static Optional<String> outlet(Optional<String> url) {
    return url.flatMap(u -> {
      try {
        String host = URI.create(u).getHost();
        if (host == null || host.isBlank()) {
          return Optional.empty();
        }
        host = host.toLowerCase(Locale.ROOT);
        return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    });
  }

  /** The outlet's home, the gazetteer index of a town or county, when its articles agree on one. */
  public Optional<Integer> home(Optional<String> outlet) {
    return outlet.map(homes::get);
  }

  /** The medoid of the outlet's recent places, -1 when no spot has enough articles. */
  private int medoid(List<int[]> articles) {
    int best = -1;
    int bestSupport = MIN_ARTICLES - 1;
    for (int[] article : articles) {
      for (int candidate : article) {
        int support = 0;
        for (int[] other : articles) {
          if (near(candidate, other)) {
            support++;
          }
        }
        if (support > bestSupport) {
          bestSupport = support;
          best = candidate;
        }
      }
    }
    return best;
  }

  /** Learns from an article's resolved places: its towns and counties, each once. */
  public void learn(Optional<String> outlet, List<GazetteerEntry> resolved) {
    if (outlet.isEmpty()) {
      return;
    }
    int[] local = resolved.stream()
        .filter(e -> e.kind() == PlaceKind.CITY || e.kind() == PlaceKind.COUNTY)
        .mapToInt(GazetteerEntry::index).distinct().toArray();
    if (local.length == 0 || (places.size() >= MAX_OUTLETS && !places.containsKey(outlet.get()))) {
      return;
    }
    Deque<int[]> recent = places.computeIfAbsent(outlet.get(), k -> new ArrayDeque<>());
    List<int[]> articles;
    synchronized (recent) {
      recent.addLast(local);
      if (recent.size() > RECENT) {
        recent.removeFirst();
      }
      articles = List.copyOf(recent);
    }
    int home = medoid(articles);
    if (home >= 0) {
      homes.put(outlet.get(), home);
    }
  }

  private boolean near(int place, int[] article) {
    for (int other : article) {
      if (Distance.km(gazetteer.lat(place), gazetteer.lon(place), gazetteer.lat(other), gazetteer.lon(other))
          < SAME_AREA_KM) {
        return true;
      }
    }
    return false;
  }
}
