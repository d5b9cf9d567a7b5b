package org.vigie.store;

import java.util.List;
import java.util.Objects;

/** A page of hits, how many matched in all, and the facets of all that matched ({@link Facets#NONE} unless asked). */
public record SearchResults(long total, List<SearchHit> hits, Facets facets) {
  public SearchResults {
    hits = List.copyOf(hits);
    Objects.requireNonNull(facets, "facets");
  }

  public SearchResults(long total, List<SearchHit> hits) {
    this(total, hits, Facets.NONE);
  }
}
