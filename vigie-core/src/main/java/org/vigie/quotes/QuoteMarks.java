package org.vigie.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds the quoted stretches of a text: « », “ ”, „ “, ‹ ›, straight double quotes and the doubled
 * single quotes some papers print (''…''). Quotes inside quotes are part of the outer one. A
 * straight quote opens when it follows a space or an opening bracket and closes the one that is
 * open; a quote still open at the end of the text runs to its end: in news a quote that goes on in
 * the next paragraph is left open and that paragraph begins with a new opening mark.
 */
final class QuoteMarks {
  /** Deeper nesting than this is no prose: the rest is read as plain text. */
  private static final int MAX_DEPTH = 8;

  /**
   * A quoted stretch, marks included.
   *
   * @param closed false when the text ends before the quote closes
   */
  record Quoted(TextRange range, boolean closed) {
    /** The words inside the marks. */
    TextRange inner(String text) {
      int start = range.start() + markLength(text, range.start());
      int end = range.end();
      if (closed) {
        end -= text.startsWith("''", end - 2) ? 2 : 1;
      }
      while (start < end && Sentences.isSpace(text.charAt(start))) {
        start++;
      }
      while (end > start && Sentences.isSpace(text.charAt(end - 1))) {
        end--;
      }
      return new TextRange(start, Math.max(start, end));
    }
  }

  private QuoteMarks() {}

  static List<Quoted> find(String text) {
    List<Quoted> found = new ArrayList<>();
    Deque<int[]> open = new ArrayDeque<>();  // {offset, closing character}
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      char closing = closerOf(text, i);
      boolean doubled = c == '\'' && i + 1 < length && text.charAt(i + 1) == '\'';
      boolean closes = !open.isEmpty() && (open.peek()[1] == '\'' ? doubled : c == open.peek()[1]
          || mixedPair((char) open.peek()[1], c));
      if (closes && (c != '"' && !doubled || closesStraight(text, i, open.peek()[0]))) {
        int[] opened = open.pop();
        int end = i + (doubled ? 2 : 1);
        if (open.isEmpty()) {
          found.add(new Quoted(new TextRange(opened[0], end), true));
        }
        i = end - 1;
      } else if (closing != 0 && open.size() < MAX_DEPTH && opensHere(text, i)) {
        open.push(new int[] {i, closing});
        if (doubled) {
          i++;
        }
      }
    }
    if (!open.isEmpty()) {
      found.add(new Quoted(new TextRange(open.peekLast()[0], length), false));
    }
    return found;
  }

  /** A quote opened straight and closed curly, or the reverse: a typing slip that still closes it. */
  private static boolean mixedPair(char expected, char c) {
    return expected == '"' && c == '”' || expected == '”' && c == '"';
  }

  /** The character that closes a quote opening at {@code i}, or 0 when none opens there. */
  private static char closerOf(String text, int i) {
    return switch (text.charAt(i)) {
      case '«' -> '»';
      case '“' -> '”';
      case '„' -> '“';
      case '‹' -> '›';
      case '"' -> '"';
      case '”' -> '”';  // a closing mark typed for an opening one, at the start of a quote
      case '\'' -> i + 1 < text.length() && text.charAt(i + 1) == '\'' ? '\'' : 0;
      default -> 0;
    };
  }

  private static boolean opensHere(String text, int i) {
    char c = text.charAt(i);
    if (c != '"' && c != '\'' && c != '”') {
      return true;
    }
    // A straight quote opens after a space, a bracket, a dash or at the start, and before a word.
    boolean before = i == 0 || Sentences.isSpace(text.charAt(i - 1)) || "([{—–-:/".indexOf(text.charAt(i - 1)) >= 0;
    int next = i + (c == '\'' ? 2 : 1);
    boolean after = next < text.length() && !Sentences.isSpace(text.charAt(next));
    return before && after;
  }

  /** A straight quote closes after a word or a sign, not before one: {@code he said "yes"} vs {@code "yes}. */
  private static boolean closesStraight(String text, int i, int openedAt) {
    return i > openedAt + 1 && !Sentences.isSpace(text.charAt(i - 1));
  }

  static int markLength(String text, int at) {
    return text.startsWith("''", at) ? 2 : 1;
  }
}
