package org.vigie.model;

import java.util.Objects;

/** A country an article is about (ISO 3166-1 alpha-2), with how much it is about it (0 to 1). */
public record CountryScore(String code, double score) {
  public CountryScore {
    Objects.requireNonNull(code, "code");
  }
}
