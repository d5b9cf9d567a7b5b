package org.vigie.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigie.model.CountryScore;
import org.vigie.model.Place;
import org.vigie.model.SpanTarget;

/**
 * The countries an article is about, and its focus place. Every place counts for its country: a
 * place named as a place counts 1, a demonym ("ministre turc") or a name standing for a
 * government ("Ankara a signé") counts 0.5, since they name who acts rather than where things
 * happen; a name in the title counts twice, in the first paragraph one and a half times. Scores
 * are relative to the first country (1.0).
 */
public final class ArticleGeography {
  private ArticleGeography() {}

  /** One gazetteer place, whatever name the text gives it. */
  private record PlaceKey(long geonameId, String name, String country) {
  }

  /** A resolved place with what the model's {@link Place} does not keep. */
  public record Located(Place place, PlaceKind kind, boolean demonym) {
  }

  /** The countries ranked, highest score first; ties keep the order of first mention. */
  public static List<CountryScore> countries(List<Located> places) {
    Map<String, Double> weight = new LinkedHashMap<>();
    for (Located located : places) {
      Place place = located.place();
      if (place.country().isEmpty()) {
        continue;
      }
      weight.merge(place.country(), weigh(place, located.demonym()), Double::sum);
    }
    double top = weight.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    List<CountryScore> scores = new ArrayList<>();
    weight.forEach((code, w) -> scores.add(new CountryScore(code, Math.round(1000 * w / top) / 1000.0)));
    scores.sort(Comparator.comparingDouble(CountryScore::score).reversed());
    return scores;
  }

  private static double weigh(Place place, boolean demonym) {
    double w = demonym || place.metonymy() ? 0.5 : 1.0;
    if (place.span().in() == SpanTarget.TITLE) {
      w *= 2;
    } else if (place.span().in() == SpanTarget.BODY && place.span().index() == 0) {
      w *= 1.5;
    }
    return w;
  }

  /**
   * The place the article is about when there is one: the most weighted place smaller than a
   * country in the first country, if named as a place at least once.
   */
  public static Optional<Place> focus(List<Located> places, List<CountryScore> countries) {
    if (countries.isEmpty()) {
      return Optional.empty();
    }
    String first = countries.get(0).code();
    // Keyed by name and country too: regions and counties carry no GeoNames id.
    Map<PlaceKey, Double> weight = new LinkedHashMap<>();
    Map<PlaceKey, Place> byId = new LinkedHashMap<>();
    for (Located located : places) {
      Place place = located.place();
      boolean smaller = located.kind() == PlaceKind.CITY || located.kind() == PlaceKind.COUNTY
          || located.kind() == PlaceKind.REGION;
      if (smaller && place.country().equals(first) && !place.metonymy()) {
        PlaceKey key = new PlaceKey(place.geonameId(), place.name(), place.country());
        weight.merge(key, weigh(place, false), Double::sum);
        byId.putIfAbsent(key, place);
      }
    }
    return weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> byId.get(e.getKey()));
  }
}
