package org.vigie.extract.html;

import org.jsoup.nodes.Element;
import org.vigie.model.BlockKind;
import org.vigie.text.TextShape;

/**
 * A run of a page's text between two block boundaries (a paragraph, a heading, a list item, a
 * table cell, the loose text of a div), with the facts that judge it.
 *
 * @param text the text, white space folded
 * @param owner the nearest block-level element around the text
 * @param linkChars how many of the text's characters are link text
 * @param kind what the block would be in an article body
 * @param caption true when the text is inside a figure caption
 */
record TextBlock(String text, Element owner, int linkChars, BlockKind kind, boolean caption) {
  /** Chinese or Japanese characters in a line of prose without punctuation: a sentence or two. */
  private static final int MIN_UNPUNCTUATED_PROSE_CHARACTERS = 20;

  double linkDensity() {
    return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
  }

  int words() {
    return TextShape.wordUnits(text, 200);
  }

  /**
   * Reads as prose: sentence punctuation and enough words, or for scripts written without spaces,
   * enough characters. Chinese and Japanese bloggers often set their clauses apart with spaces
   * instead of punctuation: a line of such text long enough for a sentence is prose too.
   */
  boolean isProse() {
    if (text.indexOf(' ') < 0 && text.length() < 200 && (text.contains("://") || text.startsWith("www."))) {
      return false;
    }
    int words = words();
    boolean punctuated = TextShape.hasSentencePunctuation(text) || text.indexOf('،') >= 0 || text.indexOf('؟') >= 0
        || text.indexOf('，') >= 0 || text.indexOf('！') >= 0 || text.indexOf('？') >= 0;
    return punctuated && (words >= 8 || text.length() >= 50 && words >= 2 || text.length() >= 25 && words <= 2)
        || unspacedCharacters() >= MIN_UNPUNCTUATED_PROSE_CHARACTERS;
  }

  private int unspacedCharacters() {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (TextShape.isUnspacedScript(text.charAt(i))) {
        count++;
      }
    }
    return count;
  }

  boolean isHeading() {
    return kind == BlockKind.HEADING;
  }
}
