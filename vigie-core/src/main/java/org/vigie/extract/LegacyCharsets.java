package org.vigie.extract;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Reads text in a legacy charset that nobody declared (Shift_JIS, EUC-JP, GB18030, Big5, EUC-KR,
 * windows-1251, KOI8-R, ISO-8859-7 and their kin) by statistics over its bytes: Mozilla's
 * universal charset detector (Li and Momoi, "A composite approach to language/encoding
 * detection", 19th Unicode Conference, 2001) in the juniversalchardet port. It weighs
 * multi-byte coding state machines, character distributions and two-letter sequence models.
 *
 * <p>Its answer is then checked on the decoded text, because on Latin text with a few
 * windows-1252 punctuation marks it can answer a CJK charset (a curly quote and the letter after
 * it form a valid GB18030 pair): letters of the detected script stand in runs of their own, while
 * a misreading puts them inside Latin words ("He said 揂nd"). An answer whose non-ASCII letters
 * mostly touch ASCII letters is refused. Of two charsets that differ in a few positions only
 * (ISO-8859-7 and windows-1253, ISO-8859-8 and windows-1255), the detector cannot tell which; the
 * one that decodes more letters is taken.
 */
final class LegacyCharsets {
  /** Bytes looked at: enough for any article, with the scripts and styles that come first on big pages. */
  private static final int MAX_BYTES = 2 << 20;
  /** Share of non-ASCII letters beside an ASCII letter above which a decoding is a misreading. */
  private static final double MAX_MIXED_SHARE = 0.25;
  /** Share of non-ASCII characters that may be undecodable (stray bytes are common on legacy pages). */
  private static final double MAX_BAD_SHARE = 0.02;
  private static final List<List<String>> LOOKALIKES = List.of(
      List.of("iso-8859-7", "windows-1253"),
      List.of("iso-8859-8", "windows-1255"));

  private LegacyCharsets() {}

  /** The text in the charset the bytes statistically are in, when it is not windows-1252 and reads as text. */
  static Optional<DecodedText> detect(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, Math.min(bytes.length, MAX_BYTES));
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    if (name == null) {
      return Optional.empty();
    }
    String label = name.toLowerCase(Locale.ROOT);
    if (label.startsWith("utf") || label.startsWith("x-iso-10646") || label.equals("us-ascii")
        || label.equals("windows-1252")) {
      return Optional.empty();
    }
    Charset best = null;
    Reading bestReading = null;
    for (String candidate : lookalikes(label)) {
      Optional<Charset> charset = TextDecoder.charsetNamed(candidate);
      if (charset.isEmpty()) {
        continue;
      }
      Reading reading = Reading.of(new String(bytes, charset.get()));
      if (bestReading == null || reading.letters() > bestReading.letters()) {
        best = charset.get();
        bestReading = reading;
      }
    }
    if (bestReading == null || !bestReading.plausible()) {
      return Optional.empty();
    }
    return Optional.of(new DecodedText(bestReading.text(), best, "detected"));
  }

  private static List<String> lookalikes(String label) {
    for (List<String> group : LOOKALIKES) {
      if (group.contains(label)) {
        return group;
      }
    }
    return List.of(label);
  }

  /**
   * What a decoding looks like: its non-ASCII letters, how many of them touch an ASCII letter, and
   * its undecodable characters (replacement characters and C1 controls).
   */
  private record Reading(String text, int letters, int mixed, int nonAscii, int bad) {
    static Reading of(String text) {
      int letters = 0;
      int mixed = 0;
      int nonAscii = 0;
      int bad = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c < 0x80) {
          continue;
        }
        nonAscii++;
        if (c == '\uFFFD' || c < 0xA0) {
          bad++;
        } else if (Character.isLetter(c)) {
          letters++;
          if (isAsciiLetterAt(text, i - 1) || isAsciiLetterAt(text, i + 1)) {
            mixed++;
          }
        }
      }
      return new Reading(text, letters, mixed, nonAscii, bad);
    }

    private static boolean isAsciiLetterAt(String text, int i) {
      if (i < 0 || i >= text.length()) {
        return false;
      }
      char c = text.charAt(i);
      return c < 0x80 && Character.isLetter(c);
    }

    boolean plausible() {
      return letters > 0 && mixed <= MAX_MIXED_SHARE * letters && bad <= MAX_BAD_SHARE * nonAscii;
    }
  }
}
