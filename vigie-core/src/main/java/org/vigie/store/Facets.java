package org.vigie.store;

import java.util.List;

/**
 * What the matching articles are about, counted over all of them (not only the page shown): the
 * most frequent values of each facet, most frequent first, and the volume per day, oldest first;
 * {@code events} counts the CAMEO roots of the events the articles report ("consult", "fight").
 */
public record Facets(List<FacetCount> countries, List<FacetCount> persons, List<FacetCount> organisations,
    List<FacetCount> places, List<FacetCount> outlets, List<FacetCount> languages, List<FacetCount> stories,
    List<DayCount> days, List<FacetCount> events) {

  public static final Facets NONE = new Facets(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
      List.of(), List.of(), List.of());

  public Facets {
    countries = List.copyOf(countries);
    persons = List.copyOf(persons);
    organisations = List.copyOf(organisations);
    places = List.copyOf(places);
    outlets = List.copyOf(outlets);
    languages = List.copyOf(languages);
    stories = List.copyOf(stories);
    days = List.copyOf(days);
    events = List.copyOf(events);
  }
}
