package org.vigie.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BCubedTest {

  private static BCubed.Labelled item(String predicted, String gold) {
    return new BCubed.Labelled(predicted, gold);
  }

  @Test
  void score_perfectClustering_allOnes() {
    BCubed.Score score = BCubed.score(List.of(item("x", "a"), item("x", "a"), item("y", "b")));
    assertThat(score.precision()).isEqualTo(1.0);
    assertThat(score.recall()).isEqualTo(1.0);
    assertThat(score.f1()).isEqualTo(1.0);
  }

  @Test
  void score_everythingInOneCluster_fullRecallLowPrecision() {
    // Gold {a, a, b, b}: each item's predicted cluster of 4 holds 2 of its gold cluster.
    BCubed.Score score = BCubed.score(List.of(item("x", "a"), item("x", "a"), item("x", "b"), item("x", "b")));
    assertThat(score.precision()).isEqualTo(0.5);
    assertThat(score.recall()).isEqualTo(1.0);
    assertThat(score.f1()).isCloseTo(2 / 3.0, within(1e-9));
  }

  @Test
  void score_allSingletons_fullPrecisionLowRecall() {
    // Gold {a, a, a, b}: the three a items recall 1/3 each, b recalls 1.
    BCubed.Score score = BCubed.score(List.of(item("1", "a"), item("2", "a"), item("3", "a"), item("4", "b")));
    assertThat(score.precision()).isEqualTo(1.0);
    assertThat(score.recall()).isCloseTo((3 * (1 / 3.0) + 1) / 4, within(1e-9));
  }

  @Test
  void score_nothing_zero() {
    assertThat(BCubed.score(List.of()).f1()).isZero();
  }
}
