package org.vigie.geo;

/** What a gazetteer entry is, from the largest to the smallest. */
public enum PlaceKind {
  /** A continent or a macro-region ("Europe", "Middle East"), or a union of countries ("EU"). */
  AREA,
  COUNTRY,
  /** A country's subdivision: a US state, a French region or department, a Canadian province. */
  REGION,
  /** A US county or Louisiana parish. */
  COUNTY,
  /** A populated place, from a metropolis down to a village of a few hundred people. */
  CITY
}
