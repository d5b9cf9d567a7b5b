package org.vigie.stories;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * How many articles seen so far hold each feature, maintained as articles arrive, for inverse
 * document frequency. Counts live in a fixed table indexed by the feature id's bits (feature
 * hashing, Weinberger et al. 2009): memory stays at {@code 4 × 2^bits} bytes however large the
 * vocabulary grows, and the rare collisions only make a rare feature look a little less rare.
 */
final class DocumentFrequencies {
  /**
   * Articles assumed seen before the first, holding none of its features. A stream starts empty;
   * without a prior, the second article's shared words would get the lowest weights of all. With
   * it, weights start near plain term frequency and become TF-IDF as the stream grows.
   */
  static final double PRIOR = 20;
  private final int[] counts;
  private final int mask;
  private long documents;

  DocumentFrequencies(int bits) {
    this.counts = new int[1 << bits];
    this.mask = (1 << bits) - 1;
  }

  void add(long[] terms) {
    for (long term : terms) {
      int slot = slot(term);
      if (counts[slot] < Integer.MAX_VALUE) {
        counts[slot]++;
      }
    }
    documents++;
  }

  long documents() {
    return documents;
  }

  int frequency(long term) {
    return counts[slot(term)];
  }

  /**
   * {@code ln((N + PRIOR) / (df + 0.5))}: near zero for a feature in every article, largest for one seen
   * once. Without the usual "+ 1" that keeps common words at weight 1, so that words every article
   * shares do not make unrelated articles look alike.
   */
  double idf(long term) {
    return Math.max(0.0, Math.log((documents + PRIOR) / (frequency(term) + 0.5)));
  }

  private int slot(long term) {
    return (int) (term ^ (term >>> 32)) & mask;
  }

  void writeTo(DataOutputStream out) throws IOException {
    out.writeInt(Integer.numberOfTrailingZeros(counts.length));
    out.writeLong(documents);
    int nonZero = 0;
    for (int count : counts) {
      if (count != 0) {
        nonZero++;
      }
    }
    out.writeInt(nonZero);
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] != 0) {
        out.writeInt(i);
        out.writeInt(counts[i]);
      }
    }
  }

  static DocumentFrequencies readFrom(DataInputStream in) throws IOException {
    DocumentFrequencies frequencies = new DocumentFrequencies(in.readInt());
    frequencies.documents = in.readLong();
    int nonZero = in.readInt();
    for (int i = 0; i < nonZero; i++) {
      frequencies.counts[in.readInt()] = in.readInt();
    }
    return frequencies;
  }
}
