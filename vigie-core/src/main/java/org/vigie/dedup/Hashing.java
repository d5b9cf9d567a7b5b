package org.vigie.dedup;

/** Fast 64-bit hashing of strings and longs, stable across runs and JVMs (unlike {@code String.hashCode} mixing). */
public final class Hashing {
  private Hashing() {}

  /** FNV-1a over the UTF-16 code units, then a finaliser so that similar strings spread over all bits. */
  public static long hash(CharSequence text) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** The SplitMix64 finaliser (Steele, Lea and Flood 2014): a bijection that spreads every input bit. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
