package org.vigie.spark;

import java.util.Random;
import java.util.stream.Collectors;
import org.vigie.dedup.DuplicateDetector;
import org.vigie.dedup.Hashing;
import org.vigie.dedup.MinHasher;
import org.vigie.dedup.Shingles;
import org.vigie.model.Article;
import org.vigie.model.Block;
import org.vigie.stories.StoryGrouper;
import org.vigie.store.PublishedTimes;

/**
 * The single-machine detector's measure ({@link DuplicateDetector}) as the distributed step uses it:
 * the same word shingles of the body, the same hash functions (drawn from the seed that {@code vigie
 * ingest} uses), the same bands and the same decision on each candidate pair.
 */
final class DetectorMeasure implements CopyMeasure {
  private static final long serialVersionUID = 1L;

  // The detector's settings travel as their parts: its Settings record is not serialisable.
  private final int bands;
  private final int rows;
  private final double threshold;
  private final int minShingles;
  private final long[] seeds;
  private transient DuplicateDetector.Settings settings;
  private transient MinHasher hasher;

  DetectorMeasure(DuplicateDetector.Settings settings, long seed) {
    this.bands = settings.bands();
    this.rows = settings.rows();
    this.threshold = settings.threshold();
    this.minShingles = settings.minShingles();
    this.seeds = new MinHasher(bands * rows, new Random(seed)).seeds();
  }

  /** The detector's defaults and ingest's seed. */
  static DetectorMeasure defaults() {
    return new DetectorMeasure(DuplicateDetector.Settings.defaults(), StoryGrouper.SEED);
  }

  @Override
  public Fingerprint fingerprint(Article article, long fallbackTime) {
    long time = article.published().flatMap(PublishedTimes::epochSecond).orElse(fallbackTime);
    // As StoryGrouper hands bodies to the detector: paragraphs separated by line breaks.
    String body = article.body().stream().map(Block::text).collect(Collectors.joining("\n"));
    long[] shingles = Shingles.of(body);
    long exactHash = DuplicateDetector.exactHash(body);
    if (shingles.length < minShingles) {
      // As the detector does: a text this short is matched exactly only.
      return new Fingerprint(time, exactHash, new long[0], new int[0], shingles.length);
    }
    int[] signature = hasher().signature(shingles);
    long[] bandKeys = new long[bands];
    for (int band = 0; band < bands; band++) {
      long key = band * 0x9E3779B97F4A7C15L;
      for (int row = band * rows; row < (band + 1) * rows; row++) {
        key = Hashing.mix(key + signature[row]);
      }
      bandKeys[band] = key;
    }
    return new Fingerprint(time, exactHash, bandKeys, signature, shingles.length);
  }

  @Override
  public boolean copies(Fingerprint a, Fingerprint b) {
    return a.exactHash() == b.exactHash()
        || DuplicateDetector.copies(settings(), a.signature(), a.shingles(), b.signature(), b.shingles());
  }

  private DuplicateDetector.Settings settings() {
    DuplicateDetector.Settings current = settings;
    if (current == null) {
      DuplicateDetector.Settings defaults = DuplicateDetector.Settings.defaults();
      current = new DuplicateDetector.Settings(bands, rows, threshold, minShingles, defaults.window(),
          defaults.maxArticles());
      settings = current;
    }
    return current;
  }

  /** Rebuilt from the seeds in each executor, where this measure arrives serialised. */
  private MinHasher hasher() {
    MinHasher current = hasher;
    if (current == null) {
      current = new MinHasher(seeds);
      hasher = current;
    }
    return current;
  }
}
