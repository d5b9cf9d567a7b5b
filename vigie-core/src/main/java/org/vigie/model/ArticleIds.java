package org.vigie.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * How articles are named. An article with a URL is named after it, so a re-fetched page replaces
 * its earlier version; an article without one (a bare text file) is named after its content, so
 * that ingesting the same text twice stores it once wherever the file lies.
 */
public final class ArticleIds {
  private ArticleIds() {}

  public static String of(Optional<String> url, String contentHash) {
    return url.map(u -> "u" + sha256Hex(u).substring(0, 15)).orElseGet(() -> "c" + contentHash.substring(0, 15));
  }

  /** Hash of what a reader sees: title and body text, whitespace folded. */
  public static String contentHash(String title, List<Block> body) {
    StringBuilder text = new StringBuilder(fold(title));
    for (Block block : body) {
      text.append('\n').append(fold(block.text()));
    }
    return sha256Hex(text.toString());
  }

  public static String sha256Hex(String text) {
    return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
  }

  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  private static String fold(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
