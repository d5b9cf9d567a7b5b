package org.vigie.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word of a sentence with its offsets; elided articles ("l'", "d'") are words of their own. */
record Word(int start, int end, String text) {
  private static final Pattern WORD = Pattern.compile(
      "(?:[lLdDjJmMnNsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=\\p{L})"
          + "|\\p{L}[\\p{L}\\p{N}]*(?:[\\-'’.][\\p{L}\\p{N}]+)*|\\p{N}+(?:[.,]\\p{N}+)*|\\([^()]{0,40}\\)");

  static List<Word> in(String text, int from, int to) {
    List<Word> words = new ArrayList<>();
    if (from >= to) {
      return words;
    }
    Matcher matcher = WORD.matcher(text).region(from, to);
    while (matcher.find()) {
      words.add(new Word(matcher.start(), matcher.end(), matcher.group()));
    }
    return words;
  }

  /** Lower case, curly apostrophe straightened. */
  String lower() {
    return text.toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  boolean capitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  /** A bracketed aside such as a party and state, "(D-Wis.)". */
  boolean bracketed() {
    return text.startsWith("(");
  }
}
