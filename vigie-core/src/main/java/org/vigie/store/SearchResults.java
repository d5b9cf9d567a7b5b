package org.vigie.store;

import java.util.List;

/** A page of hits and how many matched in all. */
public record SearchResults(long total, List<SearchHit> hits) {
  public SearchResults {
    hits = List.copyOf(hits);
  }
}
