package org.vigie.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A title or function the text gives an entity ("ministre turc de la Défense").
 *
 * @param country ISO 3166-1 alpha-2 code of the country the role implies, when it implies one
 */
public record Role(String text, Optional<String> country, Span span) {
  public Role {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(span, "span");
  }
}
