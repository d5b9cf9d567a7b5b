package org.vigie.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens a tagger reads for one sentence, and which of the given tokens each covers. Given
 * tokens that were written together are joined as the tagger's training text had them: an OCR
 * line-break hyphen ("Alex ¬ andria" → "Alexandria"), an abbreviation and its dot ("M" "." → "M."),
 * a hyphenated word ("Chaux - de - Fonds" → "Chaux-de-Fonds"), an elision ("l" "'" → "l'"). Tokens
 * separated by white space are never joined, so CoNLL files, which give no spacing, pass as they are.
 */
final class TaggerTokens {
  private final List<String> words;
  /** For each tagger token, the first given token it covers; one more entry holds the sentence length. */
  private final int[] starts;

  private TaggerTokens(List<String> words, int[] starts) {
    this.words = words;
    this.starts = starts;
  }

  static TaggerTokens of(TokenSentence sentence) {
    List<String> words = new ArrayList<>(sentence.size());
    int[] starts = new int[sentence.size() + 1];
    int i = 0;
    while (i < sentence.size()) {
      starts[words.size()] = i;
      StringBuilder word = new StringBuilder(sentence.token(i));
      int next = i + 1;
      while (next < sentence.size()) {
        String token = sentence.token(next);
        boolean attached = !sentence.spaceAfter().get(next - 1);
        if (token.equals("¬") && next + 1 < sentence.size() && Words.wordLike(sentence.token(next + 1))) {
          word.append(sentence.token(next + 1));
          next += 2;
        } else if (attached && token.equals(".") && abbreviation(word)) {
          word.append('.');
          next++;
        } else if (attached && isApostrophe(token) && elision(word)) {
          // "l" "'" → "l'": the article stays a token of its own, as the training text had it.
          word.append('\'');
          next++;
          break;
        } else if (attached && isApostrophe(token) && next + 1 < sentence.size() && !sentence.spaceAfter().get(next)
            && sentence.token(next + 1).equalsIgnoreCase("s")) {
          break; // "Woman ’ s": the possessive is a token of its own ("'s"), built next
        } else if (attached && (token.equals("-") || isApostrophe(token)) && next + 1 < sentence.size()
            && !sentence.spaceAfter().get(next) && Words.wordLike(sentence.token(next + 1))
            && Words.wordLike(word.toString())) {
          word.append(token.equals("-") ? "-" : "'").append(sentence.token(next + 1));
          next += 2;
        } else {
          break;
        }
      }
      words.add(word.toString());
      i = next;
    }
    starts[words.size()] = sentence.size();
    int[] trimmed = new int[words.size() + 1];
    System.arraycopy(starts, 0, trimmed, 0, words.size() + 1);
    return new TaggerTokens(List.copyOf(words), trimmed);
  }

  /** "M", "Mr", "Dr", "St", "Mme", "J": a short capitalised word that takes a dot. */
  private static boolean abbreviation(CharSequence word) {
    if (word.isEmpty() || word.length() > 4 || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      if (!Character.isLowerCase(word.charAt(i)) && !(word.length() == 2 && Character.isUpperCase(word.charAt(i)))) {
        return false;
      }
    }
    return true;
  }

  /** "l", "d", "qu", "jusqu": a French word that elides before a vowel. */
  private static boolean elision(CharSequence word) {
    String lower = word.toString().toLowerCase(java.util.Locale.ROOT);
    return switch (lower) {
      case "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu" -> true;
      default -> false;
    };
  }

  private static boolean isApostrophe(String token) {
    return token.equals("'") || token.equals("’");
  }

  List<String> words() {
    return words;
  }

  /** Whether the tagger reads the given tokens as they are. */
  boolean identity() {
    return words.size() == starts[words.size()];
  }

  /** A span over tagger tokens as a span over the given tokens. */
  TokenSpan toGiven(TokenSpan span) {
    return new TokenSpan(starts[span.start()], starts[span.end()], span.type());
  }
}
