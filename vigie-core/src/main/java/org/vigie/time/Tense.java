package org.vigie.time;

/** The tense of the clause a time expression sits in, as far as the words around it tell. */
public enum Tense {
  PAST, PRESENT, FUTURE, UNKNOWN
}
