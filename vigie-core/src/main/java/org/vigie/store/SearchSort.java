package org.vigie.store;

/** The order of search hits. */
public enum SearchSort {
  /** Best match first; ties newest first. */
  RELEVANCE,
  /** Newest publication first; articles without a date last. */
  NEWEST,
  /** Oldest publication first, as a story's timeline reads. */
  OLDEST
}
