package org.vigie.spark;

import java.io.Serializable;
import org.vigie.model.Article;

/**
 * What the distributed near-duplicate step needs of the single-machine detector, and all it needs:
 * a fingerprint of each article, computed in the executors next to the pipeline, and the decision
 * whether two fingerprints that share an LSH band are copies. Keeping the two paths on one measure
 * is what makes them group alike; only the search for candidates differs (a banding join over the
 * whole input here, an in-memory index over a sliding window there).
 */
public interface CopyMeasure extends Serializable {

  /**
   * @param time when the article was published, in epoch seconds (else when it was read): the
   *     earliest of a group is its canonical article
   * @param exactHash a hash of the body's words: equal hashes are copies whatever their length
   * @param bandKeys one key per LSH band of the MinHash signature; empty for a body too short for
   *     near matching, which is then matched exactly only
   * @param signature the MinHash signature, what {@link #copies} compares
   * @param shingles how many distinct shingles the body has
   */
  record Fingerprint(long time, long exactHash, long[] bandKeys, int[] signature, int shingles)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  Fingerprint fingerprint(Article article, long fallbackTime);

  /** Whether two articles whose fingerprints share a band (or an exact hash) are copies of one text. */
  boolean copies(Fingerprint a, Fingerprint b);
}
