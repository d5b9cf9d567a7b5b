package org.vigie.dedup;

import java.util.Random;

/**
 * MinHash signatures (Broder 1997, "On the resemblance and containment of documents"): for each of
 * {@code k} hash functions, the smallest hash over a document's shingles. Two signatures agree at a
 * position with probability equal to the Jaccard similarity of the two shingle sets, so the share
 * of agreeing positions estimates it (standard error about {@code sqrt(J(1-J)/k)}: 0.045 at J = 0.5
 * with k = 120). The hash functions are {@code mix(x XOR seed_i)} (SplitMix64's finaliser) with seeds drawn from the injected
 * random source, so the same seed gives the same signatures in every run and every process.
 */
public final class MinHasher {
  private final long[] seeds;

  public MinHasher(int functions, Random random) {
    if (functions < 1) {
      throw new IllegalArgumentException("at least one hash function");
    }
    this.seeds = new long[functions];
    for (int i = 0; i < functions; i++) {
      seeds[i] = random.nextLong();
    }
  }

  /** Hash functions with these seeds: how persisted signatures stay comparable with new ones. */
  public MinHasher(long[] seeds) {
    if (seeds.length < 1) {
      throw new IllegalArgumentException("at least one hash function");
    }
    this.seeds = seeds.clone();
  }

  public long[] seeds() {
    return seeds.clone();
  }

  public int size() {
    return seeds.length;
  }

  /**
   * The signature of a shingle set. Each minimum is kept as its high 32 bits: two different minima
   * then agree by accident with probability 2^-32, far below the estimate's own error, and the
   * signature takes half the memory.
   */
  public int[] signature(long[] shingles) {
    int[] signature = new int[seeds.length];
    java.util.Arrays.fill(signature, Integer.MAX_VALUE);
    for (long shingle : shingles) {
      for (int i = 0; i < seeds.length; i++) {
        int h = (int) (Hashing.mix(shingle ^ seeds[i]) >>> 32);
        if (h < signature[i]) {
          signature[i] = h;
        }
      }
    }
    return signature;
  }

  /** The estimated Jaccard similarity: the share of positions where the two signatures agree. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }
}
