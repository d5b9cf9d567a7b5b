package org.vigie.store;

/** What storing an article did. */
public enum PutResult {
  /** A new article. */
  ADDED,
  /** An article with this id existed with other content and was replaced. */
  UPDATED,
  /** The same article, same content, was already stored: nothing written. */
  UNCHANGED
}
