package org.vigie.bench;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.entities.TokenSpan;
import org.vigie.model.EntityType;

/**
 * Entity-level exact-match scoring as in the CoNLL-2000/2003 {@code conlleval} script: a predicted
 * name counts only if its first token, last token and type all equal a gold name's. Precision,
 * recall and F1 per type and over all types (micro-averaged). Types outside the scored set are left
 * out of both sides (HIPE has no MISC).
 */
public final class NerScore {
  /** Counts of one type. */
  public record Counts(int correct, int predicted, int gold) {
    public double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private final Set<EntityType> scored;
  private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);

  public NerScore(Set<EntityType> scored) {
    this.scored = Set.copyOf(scored);
    for (EntityType type : scored) {
      counts.put(type, new int[3]);
    }
  }

  public Set<EntityType> scored() {
    return scored;
  }

  /** Adds one sentence's gold and predicted names. */
  public void add(List<TokenSpan> gold, List<TokenSpan> predicted) {
    Set<TokenSpan> goldSet = new HashSet<>();
    for (TokenSpan span : gold) {
      if (scored.contains(span.type())) {
        goldSet.add(span);
        counts.get(span.type())[2]++;
      }
    }
    for (TokenSpan span : predicted) {
      if (scored.contains(span.type())) {
        counts.get(span.type())[1]++;
        if (goldSet.remove(span)) {
          counts.get(span.type())[0]++;
        }
      }
    }
  }

  public Counts of(EntityType type) {
    int[] c = counts.get(type);
    return c == null ? new Counts(0, 0, 0) : new Counts(c[0], c[1], c[2]);
  }

  public Counts overall() {
    int correct = 0;
    int predicted = 0;
    int gold = 0;
    for (int[] c : counts.values()) {
      correct += c[0];
      predicted += c[1];
      gold += c[2];
    }
    return new Counts(correct, predicted, gold);
  }
}
