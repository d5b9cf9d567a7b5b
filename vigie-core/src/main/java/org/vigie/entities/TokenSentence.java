package org.vigie.entities;

import java.util.List;

/**
 * A sentence as its tokens, each with whether white space followed it in the text: enough to
 * rebuild the text (joining "M" "." into "M.", "Alex" "¬" "andria" into "Alexandria").
 */
public record TokenSentence(List<String> tokens, List<Boolean> spaceAfter) {
  public TokenSentence {
    tokens = List.copyOf(tokens);
    spaceAfter = List.copyOf(spaceAfter);
    if (tokens.size() != spaceAfter.size()) {
      throw new IllegalArgumentException("one space flag a token: " + tokens.size() + " tokens, " + spaceAfter.size());
    }
  }

  public int size() {
    return tokens.size();
  }

  public String token(int index) {
    return tokens.get(index);
  }
}
