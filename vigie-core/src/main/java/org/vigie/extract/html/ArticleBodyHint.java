package org.vigie.extract.html;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.vigie.text.TextShape;

/**
 * The article text that a page states in its JSON-LD {@code articleBody}, as evidence about its
 * printed blocks, never as a substitute for them: sites cut it short, leave out the headings or
 * add text that the page does not show. Texts are compared as sets of word trigrams (shingles,
 * Broder, "On the resemblance and containment of documents", 1997), a character counting as a
 * word in Chinese and Japanese, so that a block is "in" the articleBody when most of its trigrams
 * are, whatever the punctuation and white space.
 */
final class ArticleBodyHint {
  /** Below this many trigrams an articleBody is a summary, not the text. */
  private static final int MIN_SHINGLES = 40;
  private static final int SHINGLE = 3;

  private final Set<String> shingles;
  private final boolean truncated;

  private ArticleBodyHint(Set<String> shingles, boolean truncated) {
    this.shingles = shingles;
    this.truncated = truncated;
  }

  /** The hint, when the page states an articleBody long enough to be the article's text. */
  static Optional<ArticleBodyHint> of(Optional<String> articleBody) {
    if (articleBody.isEmpty()) {
      return Optional.empty();
    }
    String text = articleBody.get();
    // Some sites put the body's markup in it, or its entities ("&hellip;").
    if (text.indexOf('<') >= 0 || text.indexOf('&') >= 0) {
      text = Jsoup.parseBodyFragment(text).text();
    }
    text = text.strip();
    Set<String> shingles = new HashSet<>(shingles(text));
    if (shingles.size() < MIN_SHINGLES) {
      return Optional.empty();
    }
    boolean truncated = text.endsWith("...") || text.endsWith("…") || text.endsWith("[…]");
    return Optional.of(new ArticleBodyHint(shingles, truncated));
  }

  /** True when the articleBody ends with an ellipsis: the site cut it, so it says nothing of what follows. */
  boolean truncated() {
    return truncated;
  }

  /** The share of a text's trigrams that the articleBody holds; 0 for a text of fewer than three words. */
  double share(String text) {
    return containment(List.of(text));
  }

  /** The share of the texts' trigrams that the articleBody holds: how much of them it confirms. */
  double containment(Collection<String> texts) {
    int all = 0;
    int found = 0;
    for (String text : texts) {
      for (String shingle : shingles(text)) {
        all++;
        if (shingles.contains(shingle)) {
          found++;
        }
      }
    }
    return all == 0 ? 0 : (double) found / all;
  }

  /** The share of the articleBody's trigrams that the texts hold between them. */
  double coverage(Collection<String> texts) {
    Set<String> seen = new HashSet<>();
    for (String text : texts) {
      for (String shingle : shingles(text)) {
        if (shingles.contains(shingle)) {
          seen.add(shingle);
        }
      }
    }
    return (double) seen.size() / shingles.size();
  }

  /** Word trigrams, lower case; none for a text of one or two words. */
  private static List<String> shingles(String text) {
    List<String> words = words(text);
    List<String> shingles = new ArrayList<>(Math.max(0, words.size() - SHINGLE + 1));
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      shingles.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
    }
    return shingles;
  }

  private static List<String> words(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= lower.length(); i++) {
      char c = i < lower.length() ? lower.charAt(i) : ' ';
      boolean unspaced = TextShape.isUnspacedScript(c);
      if (Character.isLetterOrDigit(c) && !unspaced) {
        if (start < 0) {
          start = i;
        }
        continue;
      }
      if (start >= 0) {
        words.add(lower.substring(start, i));
        start = -1;
      }
      if (unspaced) {
        words.add(String.valueOf(c));
      }
    }
    return words;
  }
}
