package org.vigie.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Locality-sensitive hashing by banding (Leskovec, Rajaraman and Ullman, "Mining of Massive
 * Datasets", chapter 3.4): a signature of {@code bands × rows} values is cut into bands, and two
 * documents become candidates when all rows of at least one band agree. With Jaccard similarity
 * {@code s} that happens with probability {@code 1 - (1 - s^rows)^bands}, an S-curve whose steepest
 * point is near {@code (1/bands)^(1/rows)}. Lookup costs one hash probe per band, however many
 * documents are indexed: what keeps deduplication flat as the collection grows.
 *
 * @param <T> what is indexed (the caller's entry)
 */
final class LshIndex<T> {
  private final int bands;
  private final int rows;
  private final Map<Long, List<T>> buckets = new HashMap<>();

  LshIndex(int bands, int rows) {
    this.bands = bands;
    this.rows = rows;
  }

  int signatureLength() {
    return bands * rows;
  }

  void add(int[] signature, T item) {
    for (int band = 0; band < bands; band++) {
      buckets.computeIfAbsent(key(signature, band), k -> new ArrayList<>(1)).add(item);
    }
  }

  void remove(int[] signature, T item) {
    for (int band = 0; band < bands; band++) {
      long key = key(signature, band);
      List<T> bucket = buckets.get(key);
      if (bucket != null) {
        bucket.remove(item);
        if (bucket.isEmpty()) {
          buckets.remove(key);
        }
      }
    }
  }

  /** Everything sharing at least one band with the signature, in first-found order. */
  Set<T> candidates(int[] signature) {
    Set<T> found = new LinkedHashSet<>();
    for (int band = 0; band < bands; band++) {
      List<T> bucket = buckets.get(key(signature, band));
      if (bucket != null) {
        found.addAll(bucket);
      }
    }
    return found;
  }

  private long key(int[] signature, int band) {
    long h = band * 0x9E3779B97F4A7C15L;
    for (int r = band * rows; r < (band + 1) * rows; r++) {
      h = Hashing.mix(h + signature[r]);
    }
    return h;
  }
}
