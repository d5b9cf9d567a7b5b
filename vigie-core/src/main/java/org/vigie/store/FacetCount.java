package org.vigie.store;

import java.util.Objects;

/**
 * How many matching articles carry one value of a facet.
 *
 * @param value what a query filters on ({@code LY}, an entity id, {@code fr}, a story id)
 * @param label what a person reads (the entity's name; the value itself where there is no name)
 */
public record FacetCount(String value, String label, long count) {
  public FacetCount {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(label, "label");
  }
}
