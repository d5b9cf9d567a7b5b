package org.vigie.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One-to-one matching of predicted spans to gold spans, TempEval-3 style: strict when the offsets
 * are equal, relaxed when the spans overlap. Each gold span takes the unmatched prediction that
 * overlaps it most, exact ones first.
 */
final class SpanMatching {
  private SpanMatching() {}

  /** A half-open span [start, end). */
  record Range(int start, int end) {
    int overlap(Range other) {
      return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }
  }

  /** For each gold span, the index of its matched prediction, or -1. */
  static int[] match(List<Range> gold, List<Range> predicted, boolean strict) {
    int[] matched = new int[gold.size()];
    boolean[] taken = new boolean[predicted.size()];
    List<Integer> order = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      order.add(g);
    }
    // Exact matches first, so that a loose overlap never steals the prediction an exact match needs.
    java.util.Arrays.fill(matched, -1);
    for (int pass = 0; pass < (strict ? 1 : 2); pass++) {
      for (int g : order) {
        if (matched[g] >= 0) {
          continue;
        }
        int best = -1;
        int bestOverlap = 0;
        for (int p = 0; p < predicted.size(); p++) {
          if (taken[p]) {
            continue;
          }
          Range a = gold.get(g);
          Range b = predicted.get(p);
          boolean exact = a.equals(b);
          int overlap = a.overlap(b);
          if (pass == 0 ? exact : overlap > bestOverlap) {
            best = p;
            bestOverlap = overlap;
            if (pass == 0) {
              break;
            }
          }
        }
        if (best >= 0) {
          matched[g] = best;
          taken[best] = true;
        }
      }
    }
    return matched;
  }

  /**
   * Precision, recall and F1 from counts. The right predictions and the found gold items are counted
   * apart, since in a subset they can differ.
   */
  record Prf(int rightPredicted, int predicted, int foundGold, int gold) {
    /** Counts of a one-to-one matching, where both numerators are the number of pairs. */
    Prf(int matched, int predicted, int gold) {
      this(matched, predicted, matched, gold);
    }

    int matched() {
      return foundGold;
    }

    double precision() {
      return predicted == 0 ? 0 : (double) rightPredicted / predicted;
    }

    double recall() {
      return gold == 0 ? 0 : (double) foundGold / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Prf plus(Prf other) {
      return new Prf(rightPredicted + other.rightPredicted, predicted + other.predicted, foundGold + other.foundGold,
          gold + other.gold);
    }
  }
}
