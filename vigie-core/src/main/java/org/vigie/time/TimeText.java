package org.vigie.time;

/**
 * A text as the spotters read it: the original, and a copy in lower case of the same length, so that
 * rules match without case-insensitive matching (slow over Unicode) and offsets stay those of the
 * original, where rules that care about capitals look.
 */
record TimeText(String original, String lower) {
  static TimeText of(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return new TimeText(text, new String(chars));
  }
}
