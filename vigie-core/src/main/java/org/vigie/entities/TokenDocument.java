package org.vigie.entities;

import java.util.List;
import java.util.Objects;

/** A document as the recogniser reads it: its language and its sentences of tokens. */
public record TokenDocument(String language, List<TokenSentence> sentences) {
  public TokenDocument {
    Objects.requireNonNull(language, "language");
    sentences = List.copyOf(sentences);
  }

  public TokenSentence sentence(int index) {
    return sentences.get(index);
  }

  public String token(int sentence, int index) {
    return sentences.get(sentence).token(index);
  }

  /** The name's words as written, joined with the spacing the text had. */
  public String text(Name name) {
    return text(name.sentence(), name.start(), name.end());
  }

  public String text(int sentence, int start, int end) {
    TokenSentence s = sentences.get(sentence);
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
    int capitals = 0;
    for (String token : sentences.get(sentence).tokens()) {
      if (Words.allCaps(token)) {
        capitals++;
      } else if (Words.wordLike(token) && token.chars().anyMatch(Character::isLetter)) {
        return false;
      }
    }
    return capitals >= 2;
  }
}
