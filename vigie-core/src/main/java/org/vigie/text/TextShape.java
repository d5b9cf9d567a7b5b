package org.vigie.text;

import java.text.Normalizer;
import java.util.Locale;

/** What a line of text looks like, from signals that hold in any language written with spaces. */
public final class TextShape {
  private TextShape() {}

  /** Folds white space (including no-break and zero-width spaces) to single spaces and strips. */
  public static String cleanLine(String line) {
    return fold(line, java.util.function.IntUnaryOperator.identity());
  }

  /**
   * The form two copies of one paragraph share even when a site re-typed it: compatibility
   * normalised, lower case, typographic quotes and apostrophes unified, white space folded.
   */
  public static String comparisonKey(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return fold(normal, TextShape::plainPunctuation);
  }

  private static int plainPunctuation(int c) {
    return switch (c) {
      case '\u2019', '\u2018', '\u02BC', '`', '\u00B4' -> '\'';
      case '\u00AB', '\u00BB', '\u201C', '\u201D', '\u201E', '\u2039', '\u203A' -> '"';
      case '\u2013', '\u2014' -> '-';
      default -> c;
    };
  }

  /** Maps each character, drops invisible ones, and folds runs of white space to one space, stripped. */
  private static String fold(String text, java.util.function.IntUnaryOperator map) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = (char) map.applyAsInt(text.charAt(i));
      if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD') {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      out.append(c);
    }
    return out.toString();
  }

  /** Words: runs of letters or digits. Counts at most {@code cap}, so huge lines stay cheap. */
  public static int words(String text, int cap) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length() && count < cap; i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        count++;
      }
      inWord = letter;
    }
    return count;
  }

  public static int words(String text) {
    return words(text, Integer.MAX_VALUE);
  }

  /**
   * Words for text that may be written without spaces: a run of letters or digits counts one, but
   * in Chinese and Japanese, whose words are one to a few characters set without spaces, two
   * characters count one (Chinese words average 1.5 to 2 characters). Counts at most {@code cap}.
   */
  public static int wordUnits(String text, int cap) {
    int count = 0;
    int unspaced = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length() && count + unspaced / 2 < cap; i++) {
      char c = text.charAt(i);
      if (isUnspacedScript(c)) {
        unspaced++;
        inWord = false;
        continue;
      }
      boolean letter = Character.isLetterOrDigit(c);
      if (letter && !inWord) {
        count++;
      }
      inWord = letter;
    }
    return count + unspaced / 2;
  }

  /** Han ideographs and Japanese kana: scripts written without spaces between words. */
  public static boolean isUnspacedScript(char c) {
    return c >= '\u3040' && c <= '\u30FF' || c >= '\u3400' && c <= '\u4DBF' || c >= '\u4E00' && c <= '\u9FFF'
        || c >= '\uF900' && c <= '\uFAFF';
  }

  /** Ends as a sentence does: a full stop, question or exclamation mark, an ellipsis, or a closing quote after one. */
  public static boolean endsSentence(String text) {
    int i = text.length() - 1;
    while (i >= 0 && isClosing(text.charAt(i))) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char c = text.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '؟' || c == '।';
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\u00BB' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '\'' || c == ' ';
  }

  /** True when the text holds at least one sentence end followed by more text, or ends one. */
  public static boolean hasSentencePunctuation(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '…' || c == '。') {
        return true;
      }
    }
    return false;
  }
}
