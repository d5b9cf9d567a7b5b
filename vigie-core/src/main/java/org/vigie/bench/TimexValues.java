package org.vigie.bench;

import java.util.regex.Pattern;

/**
 * Whether two TimeML values say the same: ISO 8601 lets a decade be written "196" or "196X", a
 * century "18" or "18XX", and an offset "+1" or "+01"; annotated corpora use both forms.
 */
final class TimexValues {
  private static final Pattern TRAILING_X = Pattern.compile("^(\\d{2,3})X+$");
  private static final Pattern SHORT_OFFSET = Pattern.compile("([+-])(\\d)$");

  private TimexValues() {}

  static boolean same(String gold, String predicted) {
    return canonical(gold).equals(canonical(predicted));
  }

  static String canonical(String value) {
    String v = value.trim();
    v = TRAILING_X.matcher(v).replaceFirst("$1");
    return SHORT_OFFSET.matcher(v).replaceFirst("$10$2");
  }
}
