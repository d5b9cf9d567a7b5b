package org.vigie.geo;

/**
 * An entry found under a name, and how the name relates to it.
 *
 * @param entry the entry's index in the gazetteer
 * @param flags {@link #ALTERNATE}, {@link #DEMONYM}, {@link #ABBREVIATION}
 */
public record NameHit(int entry, int flags) {
  /** Not the entry's own name but one of its alternate names (another language, an old name). */
  public static final int ALTERNATE = 1;
  /** A demonym or adjective of a country ("libyen", "Turkish"): the name points at the country. */
  public static final int DEMONYM = 2;
  /** An abbreviation ("US", "Ga."), which only counts when written in capitals or with periods. */
  public static final int ABBREVIATION = 4;

  public boolean alternate() {
    return (flags & ALTERNATE) != 0;
  }

  public boolean demonym() {
    return (flags & DEMONYM) != 0;
  }

  public boolean abbreviation() {
    return (flags & ABBREVIATION) != 0;
  }
}
