package org.vigie.dedup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Finds republished copies among recent articles: exact copies by a hash of the body's words,
 * near-copies by MinHash signatures of their word 5-shingles (see {@link MinHasher}) looked up
 * through LSH banding (see {@link LshIndex}).
 *
 * <p>Only the body is compared: a copy often gets a new headline, and the title's few shingles
 * would add noise, not evidence. What decides is <em>containment</em>, the share of the smaller
 * text's shingles that the other holds, {@code |A ∩ B| / min(|A|, |B|)}, estimated from the
 * Jaccard estimate {@code J} and the two set sizes as {@code J (|A| + |B|) / ((1 + J) min(|A|, |B|))}.
 * Jaccard similarity alone cannot tell a copy from a look-alike: cutting the longest of four
 * paragraphs leaves a copy at J = 0.27, while two Wikinews stage reports of the Tour de France,
 * written on one template with the same standings, reach J = 0.59. Their containments are 1.0 and
 * 0.74: a copy with boilerplate added, a paragraph added or cut, or a sentence edited keeps almost
 * all of the smaller text, while two different articles never do. The default threshold is 0.85,
 * with a Jaccard similarity of at least {@value #MIN_JACCARD} (see there). The estimate needs many
 * hash functions to keep that margin: with 240, the Jaccard estimate's standard error is at most
 * 0.032, which moves the containment of two equal texts by under 0.03.
 *
 * <p>The LSH parameters follow: a copy whose extra or missing paragraph is most of the text sits at
 * J near 0.25, so 120 bands of 2 rows make a pair a candidate with probability
 * {@code 1 - (1 - J^2)^120}: 0.9995 at J = 0.25, 0.99 at J = 0.2, while unrelated news texts (J
 * under 0.01) are candidates with probability about 0.01 and then fail the check. Texts under
 * {@code minShingles} shingles (a one-line brief) are matched exactly only.
 *
 * <p>Copies form groups; each group's canonical article is the earliest published. Articles arrive
 * roughly in time order, so the first seen is usually the canonical; when a strictly earlier one
 * turns up later it becomes the canonical of the copies that follow, and {@link #canonicalOf}
 * resolves the chain for those recorded before. Between copies published at the same time the first
 * seen stays canonical: it is already stored as the original, and the store is not rewritten. Fed in
 * (time, id) order, as {@code StoryGrouper.rebuild} replays stored articles, this is "earliest
 * published, ties by the smaller id". Memory and lookup cost are
 * bounded by a sliding window (by time and by count): copies are republished within days.
 *
 * <p>Not thread-safe on its own; its owner serialises calls.
 */
public final class DuplicateDetector {
  /**
   * The least Jaccard similarity of a copy. Containment alone would call a brief that quotes one
   * paragraph of a long report a copy of it; and when one text is many times the other, the
   * containment estimate multiplies the Jaccard estimate's error by their size ratio. The copies
   * farthest from their original in the Wikinews test (the longest paragraph cut) sit at 0.27.
   */
  static final double MIN_JACCARD = 0.2;

  /**
   * @param bands LSH bands
   * @param rows signature values per band; {@code bands × rows} hash functions in all
   * @param threshold estimated containment from which two bodies are copies
   * @param minShingles below this many shingles a body is matched exactly only
   * @param window how far back copies are looked for, from the latest publication time seen
   * @param maxArticles how many articles are kept at most, whatever their times
   */
  public record Settings(int bands, int rows, double threshold, int minShingles, Duration window, int maxArticles) {
    public static Settings defaults() {
      return new Settings(120, 2, 0.85, 8, Duration.ofDays(30), 500_000);
    }
  }

  /** A recorded article. */
  private static final class Entry {
    final String id;
    final long time;
    final long exactHash;
    final int[] signature;
    final int shingles;
    Group group;

    Entry(String id, long time, long exactHash, int[] signature, int shingles, Group group) {
      this.id = id;
      this.time = time;
      this.exactHash = exactHash;
      this.signature = signature;
      this.shingles = shingles;
      this.group = group;
    }
  }

  /** Copies of one text; the canonical may change when an earlier copy arrives. */
  private static final class Group {
    String canonical;
    long canonicalTime;

    Group(String canonical, long canonicalTime) {
      this.canonical = canonical;
      this.canonicalTime = canonicalTime;
    }
  }

  private final Settings settings;
  private final MinHasher hasher;
  private final LshIndex<Entry> index;
  private final Map<Long, Entry> exact = new HashMap<>();
  private final Map<String, Entry> byId = new HashMap<>();
  /** Canonical changes of groups: an article recorded as canonical that a later-found earlier copy replaced. */
  private final Map<String, String> superseded = new HashMap<>();
  private final ArrayDeque<Entry> arrival = new ArrayDeque<>();
  private long latest = Long.MIN_VALUE;

  public DuplicateDetector(Settings settings, Random random) {
    this(settings, new MinHasher(settings.bands() * settings.rows(), random));
  }

  private DuplicateDetector(Settings settings, MinHasher hasher) {
    this.settings = settings;
    this.hasher = hasher;
    this.index = new LshIndex<>(settings.bands(), settings.rows());
  }

  /**
   * Records an article and says which article it copies, if any: the canonical of its group.
   *
   * @param time publication time in epoch seconds (the arrival order's time when unknown)
   * @param body the body text, paragraphs separated by line breaks
   */
  public Optional<String> add(String id, long time, String body) {
    Entry known = byId.get(id);
    if (known != null) {
      return duplicateOf(known);
    }
    long[] shingles = Shingles.of(body);
    long exactHash = exactHash(body);
    int[] signature = hasher.signature(shingles);
    Entry match = exact.get(exactHash);

    if (match == null && shingles.length >= settings.minShingles()) {
      // The most contained wins; between equal containments (both copies whole) the most alike.
      double bestContainment = settings.threshold();
      double bestJaccard = -1;
      for (Entry candidate : index.candidates(signature)) {
        if (candidate.signature.length != signature.length) {
          continue;
        }
        double jaccard = MinHasher.similarity(signature, candidate.signature);
        double containment = containment(jaccard, shingles.length, candidate.shingles);
        if (!isCopy(jaccard, containment, settings)) {
          continue;
        }
        if (containment > bestContainment || containment == bestContainment && jaccard > bestJaccard) {
          bestContainment = containment;
          bestJaccard = jaccard;
          match = candidate;
        }
      }
    }
    Entry entry = new Entry(id, time, exactHash, signature, shingles.length, null);
    if (match == null) {
      entry.group = new Group(id, time);
    } else {
      entry.group = match.group;
      Group group = entry.group;
      if (time < group.canonicalTime) {
        superseded.put(group.canonical, id);
        group.canonical = id;
        group.canonicalTime = time;
      }
    }
    remember(entry);
    return duplicateOf(entry);
  }

  /**
   * Whether two bodies that share an LSH band are copies, from their signatures and shingle counts:
   * what {@link #add} decides for each candidate. The batch runner (vigie-spark) decides with this
   * too, so that both group alike.
   */
  public static boolean copies(Settings settings, int[] signatureA, int shinglesA, int[] signatureB, int shinglesB) {
    if (signatureA.length == 0 || signatureA.length != signatureB.length) {
      return false;
    }
    double jaccard = MinHasher.similarity(signatureA, signatureB);
    return isCopy(jaccard, containment(jaccard, shinglesA, shinglesB), settings);
  }

  private static boolean isCopy(double jaccard, double containment, Settings settings) {
    return jaccard >= MIN_JACCARD && containment >= settings.threshold();
  }

  /** The share of the smaller set's shingles in the other, from the Jaccard estimate and the sizes. */
  static double containment(double jaccard, int sizeA, int sizeB) {
    if (jaccard <= 0 || sizeA == 0 || sizeB == 0) {
      return 0;
    }
    return Math.min(1.0, jaccard * (sizeA + sizeB) / ((1 + jaccard) * Math.min(sizeA, sizeB)));
  }

  /** The canonical article of the group an article belongs to: itself when it is the original. */
  public String canonicalOf(String id) {
    Entry entry = byId.get(id);
    String current = entry != null ? entry.group.canonical : id;
    for (int hops = 0; hops < 64 && superseded.containsKey(current); hops++) {
      current = superseded.get(current);
    }
    return current;
  }

  public int size() {
    return byId.size();
  }

  private Optional<String> duplicateOf(Entry entry) {
    return entry.group.canonical.equals(entry.id) ? Optional.empty() : Optional.of(entry.group.canonical);
  }

  private void remember(Entry entry) {
    byId.put(entry.id, entry);
    exact.putIfAbsent(entry.exactHash, entry);
    index.add(entry.signature, entry);
    arrival.addLast(entry);
    latest = Math.max(latest, entry.time);
    long oldest = latest - settings.window().toSeconds();
    while (!arrival.isEmpty() && (arrival.size() > settings.maxArticles() || arrival.peekFirst().time < oldest)) {
      forget(arrival.pollFirst());
    }
  }

  private void forget(Entry entry) {
    byId.remove(entry.id);
    exact.remove(entry.exactHash, entry);
    index.remove(entry.signature, entry);
    superseded.remove(entry.id);
  }

  /** A hash of the body's words in order: equal for texts that differ only in spacing, case and punctuation. */
  public static long exactHash(String body) {
    long h = 17;
    for (long word : Shingles.wordHashes(body)) {
      h = Hashing.mix(h * 31 + word);
    }
    return h;
  }

  // ---------------------------------------------------------------- persistence

  /** Writes the detector's state: the hash seeds and the recorded articles in arrival order. */
  public void writeTo(DataOutputStream out) throws IOException {
    out.writeInt(settings.bands());
    out.writeInt(settings.rows());
    for (long seed : hasher.seeds()) {
      out.writeLong(seed);
    }
    out.writeInt(arrival.size());
    for (Entry entry : arrival) {
      out.writeUTF(entry.id);
      out.writeLong(entry.time);
      out.writeLong(entry.exactHash);
      for (int value : entry.signature) {
        out.writeInt(value);
      }
      out.writeInt(entry.shingles);
      out.writeUTF(entry.group.canonical);
      out.writeLong(entry.group.canonicalTime);
    }
    out.writeInt(superseded.size());
    for (Map.Entry<String, String> link : superseded.entrySet()) {
      out.writeUTF(link.getKey());
      out.writeUTF(link.getValue());
    }
  }

  /** Reads a state written by {@link #writeTo}; its seeds are kept, so old and new signatures compare. */
  public static DuplicateDetector readFrom(DataInputStream in, Settings settings) throws IOException {
    int bands = in.readInt();
    int rows = in.readInt();
    long[] seeds = new long[bands * rows];
    for (int i = 0; i < seeds.length; i++) {
      seeds[i] = in.readLong();
    }
    Settings kept = new Settings(bands, rows, settings.threshold(), settings.minShingles(), settings.window(),
        settings.maxArticles());
    DuplicateDetector detector = new DuplicateDetector(kept, new MinHasher(seeds));
    Map<String, Group> groups = new HashMap<>();
    int count = in.readInt();
    for (int i = 0; i < count; i++) {
      String id = in.readUTF();
      long time = in.readLong();
      long exactHash = in.readLong();
      int[] signature = new int[seeds.length];
      for (int j = 0; j < signature.length; j++) {
        signature[j] = in.readInt();
      }
      int shingles = in.readInt();
      String canonical = in.readUTF();
      long canonicalTime = in.readLong();
      Group group = groups.computeIfAbsent(canonical, c -> new Group(c, canonicalTime));
      detector.remember(new Entry(id, time, exactHash, signature, shingles, group));
    }
    int links = in.readInt();
    for (int i = 0; i < links; i++) {
      detector.superseded.put(in.readUTF(), in.readUTF());
    }
    return detector;
  }
}
