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
  /**
   * Band key to what holds it: the item itself while it is alone, the usual case, else a list. A
   * list for every key would cost four objects per band and article instead of two.
   */
  private final Map<Long, Object> buckets = new HashMap<>();

  LshIndex(int bands, int rows) {
    this.bands = bands;
    this.rows = rows;
  }

  int signatureLength() {
    return bands * rows;
  }

  void add(int[] signature, T item) {
    for (int band = 0; band < bands; band++) {
      buckets.merge(key(signature, band), item, (held, single) -> {
        List<Object> list = held instanceof Several several ? several : new Several(held);
        list.add(single);
        return list;
      });
    }
  }

  void remove(int[] signature, T item) {
    for (int band = 0; band < bands; band++) {
      long key = key(signature, band);
      Object held = buckets.get(key);
      if (held == item) {
        buckets.remove(key);
      } else if (held instanceof Several several) {
        several.remove(item);
        if (several.size() == 1) {
          buckets.put(key, several.getFirst());
        }
      }
    }
  }

  /** Everything sharing at least one band with the signature, in first-found order. */
  @SuppressWarnings("unchecked")
  Set<T> candidates(int[] signature) {
    Set<T> found = new LinkedHashSet<>();
    for (int band = 0; band < bands; band++) {
      Object held = buckets.get(key(signature, band));
      if (held instanceof Several several) {
        several.forEach(item -> found.add((T) item));
      } else if (held != null) {
        found.add((T) held);
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

  /** The items of a band key held by more than one (its own class, so no item is mistaken for it). */
  private static final class Several extends ArrayList<Object> {
    private static final long serialVersionUID = 1L;

    Several(Object first) {
      super(2);
      add(first);
    }
  }
}
