package org.vigie.model;

import java.util.Objects;

/**
 * When an article was published.
 *
 * @param value ISO 8601: a date ({@code 2020-07-03}), or a date-time with its offset when known
 * @param precision how much of {@code value} is known
 * @param inferred true when no source stated it and Vigie estimated it from the text
 */
public record Published(String value, Precision precision, boolean inferred) {
  public Published {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(precision, "precision");
  }
}
