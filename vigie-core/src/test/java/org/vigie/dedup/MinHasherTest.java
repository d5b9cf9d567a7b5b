package org.vigie.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MinHasherTest {

  private static long[] range(long from, long to) {
    return LongStream.range(from, to).map(Hashing::mix).sorted().toArray();
  }

  @Test
  void signature_sameSeed_sameSignature() {
    long[] shingles = range(0, 300);
    int[] first = new MinHasher(120, new Random(1)).signature(shingles);
    int[] second = new MinHasher(120, new Random(1)).signature(shingles);
    assertThat(first).containsExactly(second);
  }

  @Test
  void similarity_identicalSets_one() {
    MinHasher hasher = new MinHasher(120, new Random(2));
    assertThat(MinHasher.similarity(hasher.signature(range(0, 200)), hasher.signature(range(0, 200)))).isEqualTo(1.0);
  }

  @Test
  void similarity_overlappingSets_estimatesJaccard() {
    MinHasher hasher = new MinHasher(120, new Random(3));
    // 600 shared of 1000 in the union: J = 0.6. The estimate's standard error is 0.045 at k = 120.
    double estimate = MinHasher.similarity(hasher.signature(range(0, 800)), hasher.signature(range(200, 1000)));
    assertThat(estimate).isCloseTo(0.6, within(0.15));
  }

  @Test
  void similarity_disjointSets_nearZero() {
    MinHasher hasher = new MinHasher(120, new Random(4));
    assertThat(MinHasher.similarity(hasher.signature(range(0, 500)), hasher.signature(range(500, 1000))))
        .isLessThan(0.05);
  }

  @Test
  void shingles_caseAndPunctuation_ignored() {
    assertThat(Shingles.of("The Prime Minister, said: \"we will act\" today."))
        .containsExactly(Shingles.of("the prime minister said we will act today"));
  }

  @Test
  void shingles_chinese_eachIdeographAWord() {
    assertThat(Shingles.of("新加坡科学家开发出血液检测试剂盒")).hasSize(16 - Shingles.WIDTH + 1);
  }
}
