package org.vigie.store;

import java.util.Objects;

/**
 * One search: the query in Vigie's syntax ({@link QueryTranslator}), the order, the page, and
 * whether to count facets.
 *
 * @param offset how many hits to skip (for the next pages), at most {@link #MAX_OFFSET}
 * @param limit how many hits to return, 0 for counts and facets only
 * @param facetSize how many values of each facet to count ({@code 0}: no facets)
 */
public record SearchRequest(String query, SearchSort sort, int offset, int limit, int facetSize) {
  public static final int MAX_OFFSET = 10_000;
  public static final int MAX_LIMIT = 1_000;

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(sort, "sort");
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new IllegalArgumentException("offset must be from 0 to " + MAX_OFFSET + ", not " + offset);
    }
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be from 0 to " + MAX_LIMIT + ", not " + limit);
    }
    if (facetSize < 0) {
      throw new IllegalArgumentException("facetSize cannot be negative");
    }
  }

  /** The first {@code limit} hits of {@code query}, without facets. */
  public static SearchRequest of(String query, SearchSort sort, int limit) {
    return new SearchRequest(query, sort, 0, limit, 0);
  }

  public SearchRequest withFacets(int size) {
    return new SearchRequest(query, sort, offset, limit, size);
  }

  public SearchRequest withPage(int newOffset, int newLimit) {
    return new SearchRequest(query, sort, newOffset, newLimit, facetSize);
  }
}
