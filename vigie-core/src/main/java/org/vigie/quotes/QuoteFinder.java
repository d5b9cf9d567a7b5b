package org.vigie.quotes;

import java.util.List;

/** Finds attributed speech in a text given as blocks (title, paragraphs), in French or English. Thread-safe. */
public final class QuoteFinder {
  private static final QuoteFinder FRENCH = new QuoteFinder(QuoteLanguage.FRENCH);
  private static final QuoteFinder ENGLISH = new QuoteFinder(QuoteLanguage.ENGLISH);

  private final AttributionFinder finder;

  private QuoteFinder(QuoteLanguage language) {
    this.finder = new AttributionFinder(language);
  }

  /** French for "fr", English otherwise: the English cues are the likeliest to match an unknown language's news. */
  public static QuoteFinder forLanguage(String code) {
    return "fr".equals(code) ? FRENCH : ENGLISH;
  }

  /** True when the language has cue words of its own here. */
  public static boolean reads(String code) {
    return "fr".equals(code) || "en".equals(code);
  }

  public List<Attribution> find(List<String> blocks) {
    return finder.find(blocks);
  }
}
