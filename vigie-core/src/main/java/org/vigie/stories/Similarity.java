package org.vigie.stories;

/**
 * How alike two articles are: TF-IDF cosine over all their features, and over the features that
 * carry across languages alone (names, numbers, entities, places, dates), whichever says more once
 * the second is discounted by {@code universalFactor}.
 *
 * <p>The first is the classic measure within one language. The second is what two articles in
 * different languages can share: "Goh, 52, jailed for two months, S$500" and "吴阿福（51岁）…
 * 坐牢2个月 … 500元" meet on numbers and nothing else. It is discounted because a handful of shared
 * numbers and names is weaker evidence than a shared vocabulary; within one language it also helps,
 * since two articles on one shooting share its place, victims' names and ages even when their
 * wording differs. Inverse document frequencies are read when the comparison is made, so an
 * article indexed early is weighed with what the stream has taught since.
 */
final class Similarity {
  private final DocumentFrequencies frequencies;
  private final double universalFactor;
  private final double nameAgreement;

  Similarity(DocumentFrequencies frequencies, double universalFactor, double nameAgreement) {
    this.frequencies = frequencies;
    this.universalFactor = universalFactor;
    this.nameAgreement = nameAgreement;
  }

  /** A profile weighed by the current inverse document frequencies, ready to compare. */
  final class Weighted {
    final ArticleProfile profile;
    final float[] weights;
    final double norm;
    final double universalNorm;

    Weighted(ArticleProfile profile) {
      this.profile = profile;
      this.weights = new float[profile.size()];
      double all = 0;
      double universal = 0;
      for (int i = 0; i < weights.length; i++) {
        double w = profile.weights()[i] * frequencies.idf(profile.terms()[i]);
        weights[i] = (float) w;
        all += w * w;
        if (Term.isUniversal(profile.terms()[i])) {
          universal += w * w;
        }
      }
      this.norm = Math.sqrt(all);
      this.universalNorm = Math.sqrt(universal);
    }

    /** The combined similarity with another article, in [0, 1]. */
    double similarity(Weighted other) {
      long[] a = profile.terms();
      long[] b = other.profile.terms();
      double dot = 0;
      double universalDot = 0;
      int i = 0;
      int j = 0;
      while (i < a.length && j < b.length) {
        if (a[i] < b[j]) {
          i++;
        } else if (a[i] > b[j]) {
          j++;
        } else {
          double product = weights[i] * other.weights[j];
          dot += product;
          if (Term.isUniversal(a[i])) {
            universalDot += product;
          }
          i++;
          j++;
        }
      }
      double full = norm == 0 || other.norm == 0 ? 0 : dot / (norm * other.norm);
      double universal = universalNorm == 0 || other.universalNorm == 0 ? 0
          : universalDot / (universalNorm * other.universalNorm);
      double combined = full * (nameAgreement + (1 - nameAgreement) * Math.sqrt(universal));
      return Math.max(combined, universalFactor * universal);
    }
  }

  Weighted weigh(ArticleProfile profile) {
    return new Weighted(profile);
  }
}
