package org.vigie.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Zyte article-extraction benchmark metric (scrapinghub/article-extraction-benchmark,
 * evaluate.py), as {@code shared/tools/score_extraction.py} defines it:
 *
 * <ul>
 *   <li>tokens are the matches of Python's Unicode {@code \w+}, case kept;
 *   <li>a text becomes the multiset of its word 4-gram shingles (a text shorter than four tokens is
 *       one shorter shingle);
 *   <li>per page, tp = shared shingles, fp = excess predicted, fn = missing true, each divided by
 *       tp + fp + fn so that every page weighs the same;
 *   <li>precision is the mean over pages with tp + fp &gt; 0 (an empty prediction lowers recall
 *       only), recall the mean over pages with tp + fn &gt; 0; F1 is the harmonic mean of the two
 *       means; accuracy is the share of pages whose token sequences are equal.
 * </ul>
 */
public final class ZyteScore {
  public static final int SHINGLE_SIZE = 4;

  /** One page's normalised counts and whether prediction and truth hold the same tokens. */
  public record PageScore(String id, double tp, double fp, double fn, boolean exact) {
    /** Precision of this page, or NaN when the prediction is empty (the page is then left out of the mean). */
    public double precision() {
      if (fp == 0 && fn == 0) {
        return 1.0;
      }
      return tp + fp > 0 ? tp / (tp + fp) : Double.NaN;
    }

    /** Recall of this page, or NaN when the truth is empty. */
    public double recall() {
      if (fp == 0 && fn == 0) {
        return 1.0;
      }
      return tp + fn > 0 ? tp / (tp + fn) : Double.NaN;
    }
  }

  /** The corpus figures. */
  public record Summary(int pages, double precision, double recall, double f1, double accuracy) {}

  private ZyteScore() {}

  public static PageScore page(String id, String truth, String prediction) {
    List<String> trueTokens = tokens(truth);
    List<String> predictedTokens = tokens(prediction);
    Map<String, int[]> counts = new HashMap<>();
    for (String shingle : shingles(trueTokens)) {
      counts.computeIfAbsent(shingle, k -> new int[2])[0]++;
    }
    for (String shingle : shingles(predictedTokens)) {
      counts.computeIfAbsent(shingle, k -> new int[2])[1]++;
    }
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (int[] count : counts.values()) {
      tp += Math.min(count[0], count[1]);
      fp += Math.max(0, count[1] - count[0]);
      fn += Math.max(0, count[0] - count[1]);
    }
    double sum = tp + fp + fn;
    boolean exact = trueTokens.equals(predictedTokens);
    if (sum == 0) {
      return new PageScore(id, 0, 0, 0, exact);
    }
    return new PageScore(id, tp / sum, fp / sum, fn / sum, exact);
  }

  public static Summary summarise(List<PageScore> pages) {
    double precisionSum = 0;
    int precisionPages = 0;
    double recallSum = 0;
    int recallPages = 0;
    int exact = 0;
    for (PageScore page : pages) {
      if (page.tp() + page.fp() > 0) {
        precisionSum += page.precision();
        precisionPages++;
      }
      if (page.tp() + page.fn() > 0) {
        recallSum += page.recall();
        recallPages++;
      }
      if (page.exact()) {
        exact++;
      }
    }
    double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
    double recall = recallPages == 0 ? 0 : recallSum / recallPages;
    double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    double accuracy = pages.isEmpty() ? 0 : (double) exact / pages.size();
    return new Summary(pages.size(), precision, recall, f1, accuracy);
  }

  /**
   * The matches of Python's {@code re.compile(r"\w+", re.UNICODE)}: runs of letters (Unicode
   * categories L*), numbers (N*) and the underscore. Java's {@code (?U)\w} differs (it also takes
   * combining marks and joiners), so the class is spelled out here.
   */
  public static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (isWordCharacter(cp)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        tokens.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      tokens.add(text.substring(start));
    }
    return tokens;
  }

  static boolean isWordCharacter(int cp) {
    if (cp == '_') {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  private static List<String> shingles(List<String> tokens) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    if (tokens.size() < SHINGLE_SIZE) {
      return List.of(String.join(" ", tokens));
    }
    List<String> shingles = new ArrayList<>(tokens.size() - SHINGLE_SIZE + 1);
    for (int i = 0; i + SHINGLE_SIZE <= tokens.size(); i++) {
      shingles.add(String.join(" ", tokens.subList(i, i + SHINGLE_SIZE)));
    }
    return shingles;
  }
}
