package org.vigie.stories;

import org.vigie.dedup.Hashing;

/**
 * A feature of an article as a 64-bit id: the hash of its kind and text, with the lowest bit
 * telling whether it carries across languages (names, numbers, entities, places, dates) or not
 * (words, ideograph pairs). Hashed ids keep profiles small and the document-frequency table of a
 * fixed size however large the vocabulary grows.
 */
enum Term {
  WORD('w', false),
  IDEOGRAPHS('z', false),
  PAIR('2', false),
  NAME('n', true),
  NUMBER('#', true),
  ENTITY('e', true),
  PLACE('p', true),
  DATE('d', true);

  private final char prefix;
  private final boolean universal;

  Term(char prefix, boolean universal) {
    this.prefix = prefix;
    this.universal = universal;
  }

  long id(String text) {
    long hash = Hashing.hash(prefix + text);
    return universal ? hash | 1L : hash & ~1L;
  }

  static boolean isUniversal(long id) {
    return (id & 1L) != 0;
  }
}
