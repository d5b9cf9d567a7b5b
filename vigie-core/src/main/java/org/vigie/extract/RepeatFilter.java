package org.vigie.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.text.TextShape;

/**
 * Drops the copies that pages carry around an article's body: a paragraph printed twice (the lead
 * repeated under the body, a title repeated as a paragraph) and truncated teasers, a prefix of a
 * paragraph cut off with an ellipsis ("...", "…", "(...)...", "[…]"). An ellipsis inside a
 * paragraph, as in a quote "(...)", is content and is never touched: only whole blocks are dropped.
 *
 * <p>Cost is linear in the text: exact copies through a hash set, prefixes through buckets keyed by
 * a block's first characters, so a page with thousands of blocks stays cheap.
 */
public final class RepeatFilter {
  /** A teaser must keep this many characters of the paragraph it cuts, so "Il a dit..." is no teaser. */
  static final int MIN_PREFIX_CHARS = 30;
  private static final int BUCKET_CHARS = 24;
  private static final Pattern TRUNCATION = Pattern.compile(
      "(?:\\s*(?:\\(\\s*(?:\\.\\.\\.|…)\\s*\\)|\\[\\s*(?:\\.\\.\\.|…)\\s*\\]))?\\s*(?:\\.{2,}|…)+\\s*$|"
          + "\\s*(?:\\(\\s*(?:\\.\\.\\.|…)\\s*\\)|\\[\\s*(?:\\.\\.\\.|…)\\s*\\])\\s*$");

  private RepeatFilter() {}

  /** Why a block was dropped. */
  public enum Reason { REPEAT, TEASER }

  /** The decision for one block: kept, or dropped with a reason. */
  public record Verdict(int index, Reason reason) {}

  /**
   * Which of the blocks, in reading order, are copies of another block or of one of the {@code
   * others} (the title, say). The first full copy of a text is kept; later copies and every
   * truncated prefix of a longer block are dropped.
   */
  public static List<Verdict> copies(List<String> blocks, List<String> others) {
    List<String> keys = new ArrayList<>(blocks.size());
    for (String block : blocks) {
      keys.add(TextShape.comparisonKey(block));
    }
    Set<String> otherKeys = new HashSet<>();
    for (String other : others) {
      otherKeys.add(TextShape.comparisonKey(other));
    }
    Map<String, List<Integer>> buckets = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      if (key.length() >= BUCKET_CHARS) {
        buckets.computeIfAbsent(key.substring(0, BUCKET_CHARS), k -> new ArrayList<>()).add(i);
      }
    }
    List<Verdict> dropped = new ArrayList<>();
    BitSet gone = new BitSet(keys.size());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      if (otherKeys.contains(key) || !seen.add(key)) {
        dropped.add(new Verdict(i, Reason.REPEAT));
        gone.set(i);
        continue;
      }
      Matcher cut = TRUNCATION.matcher(key);
      boolean truncated = cut.find();
      String stem = truncated ? key.substring(0, cut.start()).strip() : key;
      if (stem.length() >= MIN_PREFIX_CHARS && isPrefixOfAnother(stem, i, keys, buckets, gone)) {
        dropped.add(new Verdict(i, truncated ? Reason.TEASER : Reason.REPEAT));
        gone.set(i);
      }
    }
    return dropped;
  }

  /** True when the text ends with a truncation mark, as a teaser does. */
  public static boolean endsTruncated(String text) {
    return TRUNCATION.matcher(text).find();
  }

  private static boolean isPrefixOfAnother(String stem, int self, List<String> keys,
      Map<String, List<Integer>> buckets, BitSet gone) {
    List<Integer> bucket = buckets.get(stem.substring(0, BUCKET_CHARS));
    if (bucket == null) {
      return false;
    }
    for (int j : bucket) {
      if (j != self && !gone.get(j)) {
        String other = keys.get(j);
        if (other.length() > stem.length() && other.startsWith(stem)) {
          return true;
        }
      }
    }
    return false;
  }
}
