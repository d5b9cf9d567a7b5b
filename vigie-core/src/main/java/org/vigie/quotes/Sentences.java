package org.vigie.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a block into sentences without cutting a quote: a full stop inside quotation marks ends
 * nothing, since a speech tag may follow the quote ("… see." he said). A sentence ends at [.!?…]
 * followed by a space and a capital, a digit or an opening mark, unless the word before is an
 * abbreviation (Mr., Gen., M.) or an initial; and after a closing mark that ends with such a sign
 * when a capital follows.
 */
final class Sentences {
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov",
      "st", "jr", "sr", "lt", "col", "capt", "sgt", "prof", "rev", "adm", "maj", "cmdr", "pres", "vs", "no",
      "inc", "corp", "co", "ltd", "mme", "mlle", "me", "mgr", "pr", "ste", "av", "jan", "feb", "aug", "sept",
      "oct", "nov", "dec", "etc", "u.s", "d.c", "a.m", "p.m", "e.g", "i.e");

  /** Past this length a sentence is cut at the next space, so that work per sentence stays bounded. */
  static final int MAX_LENGTH = 2000;

  private Sentences() {}

  static List<TextRange> split(String text, List<QuoteMarks.Quoted> quotes) {
    List<TextRange> sentences = new ArrayList<>();
    int start = 0;
    int quote = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      while (quote < quotes.size() && quotes.get(quote).range().end() <= i) {
        quote++;
      }
      boolean inQuote = quote < quotes.size() && quotes.get(quote).range().contains(i)
          && i > quotes.get(quote).range().start();
      char c = text.charAt(i);
      int end = -1;
      if (c == '\n') {
        end = i;
      } else if (!inQuote && isStop(c) && startsNext(text, i + 1) && !abbreviation(text, i)) {
        end = i + 1;
      } else if (inQuote && endsWithStop(text, quotes.get(quote), i) && startsNext(text, i + 1)
          && capitalAfter(text, i + 1)) {
        end = i + 1;
      }
      if (end < 0 && i - start >= MAX_LENGTH && Sentences.isSpace(c)) {
        end = i;  // no prose sentence is this long: a list, a table, a page without stops
      }
      if (end >= 0) {
        add(text, start, end, sentences);
        start = end;
      }
    }
    add(text, start, length, sentences);
    return sentences;
  }

  /** True at the last character of a closed quote whose words end with a stop: "… see." */
  private static boolean endsWithStop(String text, QuoteMarks.Quoted quoted, int i) {
    int end = quoted.range().end();
    if (!quoted.closed() || i != end - 1) {
      return false;
    }
    int mark = text.startsWith("''", end - 2) ? 2 : 1;
    int last = end - mark - 1;
    return last > quoted.range().start() && isStop(text.charAt(last));
  }

  /** White space, the no-break spaces of French typography and of web pages included. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isStop(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  /** After a stop: spaces, then a capital, a digit or an opening mark. */
  private static boolean startsNext(String text, int from) {
    int i = from;
    if (i >= text.length()) {
      return true;
    }
    if (!Sentences.isSpace(text.charAt(i))) {
      return false;
    }
    while (i < text.length() && Sentences.isSpace(text.charAt(i))) {
      i++;
    }
    if (i >= text.length()) {
      return true;
    }
    char c = text.charAt(i);
    return Character.isUpperCase(c) || Character.isDigit(c) || "«“\"'‹(".indexOf(c) >= 0;
  }

  private static boolean capitalAfter(String text, int from) {
    int i = from;
    while (i < text.length() && Sentences.isSpace(text.charAt(i))) {
      i++;
    }
    return i >= text.length() || Character.isUpperCase(text.charAt(i)) || "«“\"".indexOf(text.charAt(i)) >= 0;
  }

  private static boolean abbreviation(String text, int stop) {
    if (text.charAt(stop) != '.') {
      return false;
    }
    int i = stop;
    while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
      i--;
    }
    String word = text.substring(i, stop).toLowerCase(java.util.Locale.ROOT);
    // An initial ("George W. Bush"), initials ("G.K.", "U.S."), or a title.
    return word.length() == 1 && Character.isUpperCase(text.charAt(i)) || word.contains(".")
        || ABBREVIATIONS.contains(word);
  }

  private static void add(String text, int start, int end, List<TextRange> sentences) {
    int s = start;
    int e = end;
    while (s < e && Sentences.isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && Sentences.isSpace(text.charAt(e - 1))) {
      e--;
    }
    if (s < e) {
      sentences.add(new TextRange(s, e));
    }
  }
}
