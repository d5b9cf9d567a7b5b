package org.vigie.time;

/**
 * What a relative day counts from: the anchor (publication date) for deictic words like "hier",
 * or the last date the text named for anaphoric ones like "le lendemain".
 */
public enum Origin {
  ANCHOR, REFERENCE
}
