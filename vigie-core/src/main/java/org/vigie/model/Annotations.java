package org.vigie.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the understanding stages read in an article, each fact with the span of its evidence. Each
 * stage fills its own part and returns a new value ({@code withMentions}, …).
 *
 * @param focus the place the article is about when there is one (a town or region of its first
 *     country, named as a place), which country pages and feeds show
 */
public record Annotations(List<Mention> mentions, List<Entity> entities, List<Place> places,
    List<CountryScore> countries, Optional<Place> focus, List<TimeExpression> times, List<Quote> quotes,
    List<Event> events) {

  public static final Annotations NONE = new Annotations(List.of(), List.of(), List.of(), List.of(), Optional.empty(),
      List.of(), List.of(), List.of());

  public Annotations {
    mentions = List.copyOf(mentions);
    entities = List.copyOf(entities);
    places = List.copyOf(places);
    countries = List.copyOf(countries);
    focus = focus == null ? Optional.empty() : focus;
    times = List.copyOf(times);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
  }

  /**
   * The entities by id, the first of a repeated id kept: what a mention, a quote's speaker or an
   * event's actor refers to.
   */
  public Map<String, Entity> entitiesById() {
    Map<String, Entity> byId = new LinkedHashMap<>();
    entities.forEach(entity -> byId.putIfAbsent(entity.id(), entity));
    return Collections.unmodifiableMap(byId);
  }

  public Annotations withMentions(List<Mention> value) {
    return new Annotations(value, entities, places, countries, focus, times, quotes, events);
  }

  public Annotations withEntities(List<Entity> value) {
    return new Annotations(mentions, value, places, countries, focus, times, quotes, events);
  }

  public Annotations withPlaces(List<Place> value, List<CountryScore> countryScores, Optional<Place> focusPlace) {
    return new Annotations(mentions, entities, value, countryScores, focusPlace, times, quotes, events);
  }

  public Annotations withTimes(List<TimeExpression> value) {
    return new Annotations(mentions, entities, places, countries, focus, value, quotes, events);
  }

  public Annotations withQuotes(List<Quote> value) {
    return new Annotations(mentions, entities, places, countries, focus, times, value, events);
  }

  public Annotations withEvents(List<Event> value) {
    return new Annotations(mentions, entities, places, countries, focus, times, quotes, value);
  }
}
