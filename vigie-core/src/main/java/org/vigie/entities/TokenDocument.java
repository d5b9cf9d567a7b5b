package org.vigie.entities;

import java.util.List;
import java.util.Objects;

/** A document as the recogniser reads it: its language and its sentences of tokens. Read by one thread. */
public final class TokenDocument {
  private final String language;
  private final List<TokenSentence> sentences;
  /** Whether each sentence is in capitals, computed once: corrections ask for every name. */
  private final boolean[] shouting;
  /** Each token folded ({@link Words#folded}), computed on first use: corrections compare them often. */
  private final String[][] folded;

  public TokenDocument(String language, List<TokenSentence> sentences) {
    this.language = Objects.requireNonNull(language, "language");
    this.sentences = List.copyOf(sentences);
    this.shouting = new boolean[this.sentences.size()];
    this.folded = new String[this.sentences.size()][];
    for (int s = 0; s < shouting.length; s++) {
      shouting[s] = inCapitals(this.sentences.get(s));
    }
  }

  public String language() {
    return language;
  }

  public List<TokenSentence> sentences() {
    return sentences;
  }

  public TokenSentence sentence(int index) {
    return sentences.get(index);
  }

  public String token(int sentence, int index) {
    return sentences.get(sentence).token(index);
  }

  /** The token in lower case without accents. Not synchronised: a document is read by one thread. */
  String folded(int sentence, int index) {
    String[] tokens = folded[sentence];
    if (tokens == null) {
      tokens = folded[sentence] = new String[sentences.get(sentence).size()];
    }
    String value = tokens[index];
    if (value == null) {
      value = tokens[index] = Words.folded(sentences.get(sentence).token(index));
    }
    return value;
  }

  /** The name's words as written, joined with the spacing the text had. */
  public String text(Name name) {
    return text(name.sentence(), name.start(), name.end());
  }

  public String text(int sentence, int start, int end) {
    TokenSentence s = sentences.get(sentence);
    if (end - start == 1) {
      return s.token(start);
    }
    StringBuilder text = new StringBuilder();
    for (int i = start; i < end; i++) {
      text.append(s.token(i));
      if (i + 1 < end && s.spaceAfter().get(i)) {
        text.append(' ');
      }
    }
    return text.toString();
  }

  /** Whether every word of the sentence with letters is in capitals (a headline, a sports table). */
  public boolean shouting(int sentence) {
    return shouting[sentence];
  }

  private static boolean inCapitals(TokenSentence sentence) {
    int capitals = 0;
    for (String token : sentence.tokens()) {
      if (Words.allCaps(token)) {
        capitals++;
      } else if (token.chars().anyMatch(Character::isLetter)) {
        return false;
      }
    }
    return capitals >= 2;
  }
}
