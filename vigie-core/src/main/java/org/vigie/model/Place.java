package org.vigie.model;

import java.util.Objects;

/**
 * A place named in the text, resolved to a gazetteer entry.
 *
 * @param text as written ("Tripoli", "libyen")
 * @param geonameId the GeoNames id
 * @param name the gazetteer's name
 * @param country ISO 3166-1 alpha-2 code
 * @param metonymy true when the name stands for an institution ("Ankara" for the Turkish government)
 */
public record Place(String text, long geonameId, String name, String country, double lat, double lon,
    boolean metonymy, Span span) {
  public Place {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(span, "span");
  }
}
