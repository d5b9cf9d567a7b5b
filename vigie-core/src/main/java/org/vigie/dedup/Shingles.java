package org.vigie.dedup;

import java.util.Arrays;

/**
 * The set of word shingles of a text, as 64-bit hashes: every run of {@value #WIDTH} consecutive
 * words, lower-cased, punctuation dropped. Ideographic scripts (Chinese, Japanese) have no spaces,
 * so each ideograph counts as a word there. Five words are long enough that two unrelated news texts
 * share almost none, and short enough that an edit disturbs only the few shingles around it
 * (Broder 1997 used windows of 4 to 10 words).
 */
public final class Shingles {
  public static final int WIDTH = 5;

  private Shingles() {}

  /** Distinct shingle hashes, sorted; a text shorter than the width gives one shingle of all its words. */
  public static long[] of(String text) {
    long[] words = wordHashes(text);
    if (words.length == 0) {
      return new long[0];
    }
    int count = Math.max(1, words.length - WIDTH + 1);
    long[] shingles = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = i; j < Math.min(words.length, i + WIDTH); j++) {
        h = Hashing.mix(h * 31 + words[j]);
      }
      shingles[i] = h;
    }
    Arrays.sort(shingles);
    return distinct(shingles);
  }

  /** The hash of each word in reading order. */
  static long[] wordHashes(String text) {
    long[] words = new long[Math.max(16, text.length() / 5)];
    int count = 0;
    int i = 0;
    int length = text.length();
    StringBuilder word = new StringBuilder();
    while (i < length) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (isIdeograph(c)) {
        if (!word.isEmpty()) {
          words = put(words, count++, word);
        }
        word.appendCodePoint(c);
        words = put(words, count++, word);
      } else if (Character.isLetterOrDigit(c)) {
        word.appendCodePoint(Character.toLowerCase(c));
      } else if (!word.isEmpty()) {
        words = put(words, count++, word);
      }
    }
    if (!word.isEmpty()) {
      words = put(words, count++, word);
    }
    return Arrays.copyOf(words, count);
  }

  /** Han, Hiragana or Katakana: scripts written without spaces, where a character is the unit of text. */
  public static boolean isIdeograph(int c) {
    if (c < 0x3040) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  private static long[] put(long[] words, int index, StringBuilder word) {
    long[] target = index < words.length ? words : Arrays.copyOf(words, words.length * 2);
    target[index] = Hashing.hash(word);
    word.setLength(0);
    return target;
  }

  private static long[] distinct(long[] sorted) {
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, n);
  }
}
