package org.vigie.spark;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.vigie.model.Article;
import org.vigie.model.Block;
import org.vigie.store.PublishedTimes;

/**
 * The measure of the single-machine detector, as it stands on the branch that brings
 * {@code org.vigie.dedup} (not yet in main): word 5-shingles of the body, a MinHash signature of 60
 * bands of 2 rows, and copies are bodies whose estimated containment (the share of the smaller
 * body's shingles that the other holds) reaches 0.8, or whose words are equal. A stand-in, kept
 * small: once {@code org.vigie.dedup} is in main this class becomes an adapter over its
 * {@code Shingles}, {@code MinHasher} and containment, so both paths share one measure.
 */
final class WordShingleMinHash implements CopyMeasure {
  private static final long serialVersionUID = 1L;
  private static final int WIDTH = 5;

  private final int bands;
  private final int rows;
  private final double threshold;
  private final int minShingles;
  private final long[] seeds;

  WordShingleMinHash(int bands, int rows, double threshold, int minShingles, long seed) {
    this.bands = bands;
    this.rows = rows;
    this.threshold = threshold;
    this.minShingles = minShingles;
    java.util.Random random = new java.util.Random(seed);
    this.seeds = new long[bands * rows];
    for (int i = 0; i < seeds.length; i++) {
      seeds[i] = random.nextLong();
    }
  }

  /** The single-machine detector's defaults: 60 bands of 2 rows, containment 0.8, 8 shingles at least. */
  static WordShingleMinHash defaults() {
    return new WordShingleMinHash(60, 2, 0.8, 8, 0x5EED_D0C5L);
  }

  @Override
  public Fingerprint fingerprint(Article article, long fallbackTime) {
    long time = article.published().flatMap(PublishedTimes::epochSecond).orElse(fallbackTime);
    long[] words = words(article.body().stream().map(Block::text).collect(Collectors.joining("\n")));
    long exact = 17;
    for (long word : words) {
      exact = mix(exact * 31 + word);
    }
    long[] shingles = shingles(words);
    if (shingles.length < minShingles) {
      return new Fingerprint(time, exact, new long[0], new int[0], shingles.length);
    }
    int[] signature = new int[seeds.length];
    Arrays.fill(signature, Integer.MAX_VALUE);
    for (long shingle : shingles) {
      for (int i = 0; i < seeds.length; i++) {
        signature[i] = Math.min(signature[i], (int) (mix(shingle ^ seeds[i]) >>> 32));
      }
    }
    long[] keys = new long[bands];
    for (int band = 0; band < bands; band++) {
      long key = band * 0x9E3779B97F4A7C15L;
      for (int r = band * rows; r < (band + 1) * rows; r++) {
        key = mix(key + signature[r]);
      }
      keys[band] = key;
    }
    return new Fingerprint(time, exact, keys, signature, shingles.length);
  }

  @Override
  public boolean copies(Fingerprint a, Fingerprint b) {
    if (a.exactHash() == b.exactHash()) {
      return true;
    }
    if (a.signature().length == 0 || a.signature().length != b.signature().length) {
      return false;
    }
    int same = 0;
    for (int i = 0; i < a.signature().length; i++) {
      same += a.signature()[i] == b.signature()[i] ? 1 : 0;
    }
    double jaccard = (double) same / a.signature().length;
    // |A ∩ B| / min(|A|, |B|) from J = |A ∩ B| / |A ∪ B| and the two sizes.
    double containment = jaccard <= 0 ? 0
        : jaccard * (a.shingles() + b.shingles()) / ((1 + jaccard) * Math.min(a.shingles(), b.shingles()));
    return containment >= threshold;
  }

  /** Hashes of the lower-cased words (letters and digits) in reading order. */
  private static long[] words(String text) {
    return Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
        .filter(word -> !word.isEmpty())
        .mapToLong(word -> hash(word.toLowerCase(java.util.Locale.ROOT)))
        .toArray();
  }

  private static long[] shingles(long[] words) {
    if (words.length == 0) {
      return new long[0];
    }
    int count = Math.max(1, words.length - WIDTH + 1);
    long[] shingles = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = i; j < Math.min(words.length, i + WIDTH); j++) {
        h = mix(h * 31 + words[j]);
      }
      shingles[i] = h;
    }
    return Arrays.stream(shingles).distinct().toArray();
  }

  private static long hash(String word) {
    long h = 0xcbf29ce484222325L;
    for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001b3L;
    }
    return mix(h);
  }

  /** SplitMix64's finaliser: spreads every input bit over the output. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
