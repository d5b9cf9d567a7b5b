package org.vigie.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts one text (a title, a body block, a caption) into sentences of tokens, each token with its
 * offsets in the text so that names become spans. Every text is tokenised on its own, and a line
 * break ends a sentence: crawled text puts one item a line (a headline, a label, a caption), and a
 * sentence never runs from one into the next.
 *
 * <p>Tokens follow what the taggers were trained on: punctuation apart, except the dot of an
 * abbreviation or an initial ("M.", "U.S.", "J."); French elisions apart ("l'", "d'", "qu'"); the
 * English possessive and negation apart ("'s", "n't"); hyphenated words whole ("al-Sarraj",
 * "état-major"). A sentence ends after ".", "!", "?" or "…" followed by a capital or an opening
 * quotation mark, unless the dot is an abbreviation's.
 */
public final class TextTokenizer {
  private static final Set<String> ELISIONS = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu",
      "puisqu", "quoiqu");
  private static final Set<String> ABBREVIATIONS = Set.of("m", "mm", "mme", "mlle", "mgr", "dr", "pr", "mr", "mrs",
      "ms", "st", "ste", "sr", "jr", "prof", "gen", "col", "capt", "lt", "sgt", "gov", "sen", "rep", "rev", "hon", "inc",
      "corp", "co", "ltd", "vs", "etc", "no", "av", "bd", "janv", "févr", "sept", "oct", "nov", "déc", "jan", "feb",
      "mar", "apr", "aug", "sep", "dec");
  private static final String OPENING = "«\"“‘([{¿¡";
  private static final String CLOSING = "»\"”’)]},;:!?…";

  /** A token of a text: {@code [start, end)} in UTF-16 units. */
  public record Token(String text, int start, int end) {}

  /** The sentences of the text, each as its tokens. */
  public List<List<Token>> sentences(String text) {
    List<List<Token>> sentences = new ArrayList<>();
    for (List<Token> line : lines(text)) {
      List<Token> sentence = new ArrayList<>();
      for (int i = 0; i < line.size(); i++) {
        Token token = line.get(i);
        sentence.add(token);
        if (endsSentence(token) && i + 1 < line.size() && startsSentence(line.get(i + 1).text())) {
          sentences.add(sentence);
          sentence = new ArrayList<>();
        }
      }
      if (!sentence.isEmpty()) {
        sentences.add(sentence);
      }
    }
    return sentences;
  }

  /** The sentence as the recogniser reads it: its words, and which were followed by a space. */
  public static TokenSentence toSentence(List<Token> tokens) {
    List<String> words = new ArrayList<>(tokens.size());
    List<Boolean> spaces = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      words.add(tokens.get(i).text());
      spaces.add(i + 1 >= tokens.size() || tokens.get(i + 1).start() > tokens.get(i).end());
    }
    return new TokenSentence(words, spaces);
  }

  private static boolean endsSentence(Token token) {
    String t = token.text();
    return t.equals(".") || t.equals("!") || t.equals("?") || t.equals("…") || t.equals("...");
  }

  private static boolean startsSentence(String next) {
    int first = next.codePointAt(0);
    return Character.isUpperCase(first) || OPENING.indexOf(first) >= 0 || Character.isDigit(first);
  }

  /** The tokens of each line of the text. */
  private List<List<Token>> lines(String text) {
    List<List<Token>> lines = new ArrayList<>();
    List<Token> line = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (!line.isEmpty()) {
          lines.add(line);
          line = new ArrayList<>();
        }
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else {
        int end = i;
        while (end < n && !Character.isWhitespace(text.charAt(end))) {
          end++;
        }
        chunk(text, i, end, line);
        i = end;
      }
    }
    if (!line.isEmpty()) {
      lines.add(line);
    }
    return lines;
  }

  /** Splits one white-space-free chunk into tokens. */
  private void chunk(String text, int start, int end, List<Token> out) {
    List<Token> closing = new ArrayList<>();
    while (start < end && OPENING.indexOf(text.charAt(start)) >= 0) {
      out.add(new Token(text.substring(start, start + 1), start, start + 1));
      start++;
    }
    while (end > start) {
      char last = text.charAt(end - 1);
      if (text.startsWith("...", end - 3) && end - 3 >= start) {
        closing.addFirst(new Token("...", end - 3, end));
        end -= 3;
      } else if (CLOSING.indexOf(last) >= 0 || last == '\'') {
        closing.addFirst(new Token(text.substring(end - 1, end), end - 1, end));
        end--;
      } else if (last == '.' && !keepsDot(text.substring(start, end))) {
        closing.addFirst(new Token(".", end - 1, end));
        end--;
      } else {
        break;
      }
    }
    if (end > start) {
      word(text, start, end, out);
    }
    out.addAll(closing);
  }

  /** A word, with a French elision or an English clitic split off. */
  private void word(String text, int start, int end, List<Token> out) {
    String word = text.substring(start, end);
    int apostrophe = indexOfApostrophe(word);
    if (apostrophe > 0 && apostrophe + 1 < word.length()
        && ELISIONS.contains(word.substring(0, apostrophe).toLowerCase(Locale.ROOT))) {
      out.add(new Token(word.substring(0, apostrophe + 1), start, start + apostrophe + 1));
      word(text, start + apostrophe + 1, end, out);
      return;
    }
    String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (lower.endsWith("'s") && word.length() > 2) {
      out.add(new Token(word.substring(0, word.length() - 2), start, end - 2));
      out.add(new Token(word.substring(word.length() - 2), end - 2, end));
      return;
    }
    if (lower.endsWith("n't") && word.length() > 3) {
      out.add(new Token(word.substring(0, word.length() - 3), start, end - 3));
      out.add(new Token(word.substring(word.length() - 3), end - 3, end));
      return;
    }
    out.add(new Token(word, start, end));
  }

  private static int indexOfApostrophe(String word) {
    int straight = word.indexOf('\'');
    int curly = word.indexOf('’');
    return straight < 0 ? curly : curly < 0 ? straight : Math.min(straight, curly);
  }

  /** "M.", "U.S.", "J.", "etc.": the dot belongs to the word. */
  private static boolean keepsDot(String word) {
    String bare = word.substring(0, word.length() - 1);
    if (bare.isEmpty()) {
      return false;
    }
    if (bare.length() == 1 && Character.isLetter(bare.charAt(0))) {
      return Character.isUpperCase(bare.charAt(0));
    }
    if (bare.indexOf('.') > 0) {
      return true; // "U.S", "N.D.L.R"
    }
    return ABBREVIATIONS.contains(bare.toLowerCase(Locale.ROOT));
  }
}
