package org.vigie.model;

/** The kinds of names recognised (CoNLL 2003 categories). */
public enum EntityType {
  PER, ORG, LOC, MISC
}
