package org.vigie.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names become index keys and facet labels: one rule for indexing and for queries, so they always agree. */
final class Keywords {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private Keywords() {}

  /** Lower case, accents removed, whitespace folded: "Défense  Nationale" and "defense nationale" are one key. */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return SPACE.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  /** A facet label: one line, never empty, without the tab that separates an id from its name. */
  static String label(String text) {
    String line = SPACE.matcher(text).replaceAll(" ").strip();
    return line.isEmpty() ? "?" : line;
  }
}
