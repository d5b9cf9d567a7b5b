package org.vigie.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B³ precision, recall and F1 of a clustering against gold clusters (Bagga and Baldwin 1998): for
 * each item, the share of its predicted cluster that is in its gold cluster (precision) and the
 * share of its gold cluster that is in its predicted cluster (recall), averaged over items.
 */
public final class BCubed {
  private BCubed() {}

  /** B³ figures. */
  public record Score(double precision, double recall) {
    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  /** One item's predicted and gold labels. */
  public record Labelled(String predicted, String gold) {}

  public static Score score(List<Labelled> items) {
    if (items.isEmpty()) {
      return new Score(0, 0);
    }
    Map<String, Integer> predictedSize = new HashMap<>();
    Map<String, Integer> goldSize = new HashMap<>();
    Map<Labelled, Integer> both = new HashMap<>();
    for (Labelled item : items) {
      predictedSize.merge(item.predicted(), 1, Integer::sum);
      goldSize.merge(item.gold(), 1, Integer::sum);
      both.merge(item, 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (Labelled item : items) {
      int shared = both.get(item);
      precision += (double) shared / predictedSize.get(item.predicted());
      recall += (double) shared / goldSize.get(item.gold());
    }
    return new Score(precision / items.size(), recall / items.size());
  }
}
