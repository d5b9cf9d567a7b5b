package org.vigie.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Optional;
import org.vigie.pipeline.FailureCause;
import org.vigie.pipeline.Outcome;

/**
 * Turns bytes into text without mojibake, or says why it cannot. Order of evidence: a byte-order
 * mark, then the charsets the source declared, most authoritative first (for a web page: the HTTP
 * header, then the page's own {@code <meta>}), each if the bytes agree with it, then strict UTF-8,
 * then the UTF-16 pattern of alternating zero bytes, and last windows-1252, the superset of
 * Latin-1 that web text labelled ISO-8859-1 really uses (WHATWG Encoding Standard, section 4.2).
 *
 * <p>Bytes agree with a declared charset when they decode in it strictly; and a declaration of
 * anything but UTF-8 does not hold against bytes that are valid UTF-8 with non-ASCII sequences,
 * since text in another charset almost never forms valid UTF-8 by chance while servers that label
 * every page ISO-8859-1 are common.
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int SNIFF_BYTES = 8192;

  public Outcome<DecodedText> decode(byte[] bytes, Optional<String> declaredCharset) {
    return decode(bytes, declaredCharset.map(List::of).orElse(List.of()));
  }

  /** Decodes with several declarations, most authoritative first; see the class comment for the order. */
  public Outcome<DecodedText> decode(byte[] bytes, List<String> declaredCharsets) {
    if (bytes.length == 0) {
      return Outcome.failed(FailureCause.EMPTY, "the document has no bytes");
    }
    Optional<DecodedText> bom = decodeWithBom(bytes);
    if (bom.isPresent()) {
      return Outcome.done(bom.get());
    }
    Optional<String> magic = BinarySignatures.identify(bytes);
    if (magic.isPresent()) {
      return Outcome.failed(FailureCause.BINARY, "the bytes are " + magic.get() + ", not text");
    }
    Optional<Charset> utf16 = utf16Pattern(bytes);
    if (utf16.isPresent()) {
      return strict(bytes, utf16.get()).map(text -> Outcome.done(new DecodedText(text, utf16.get(), "utf-16-pattern")))
          .orElseGet(() -> Outcome.failed(FailureCause.UNDECODABLE, "looks like UTF-16 but does not decode as it"));
    }
    if (looksBinary(bytes)) {
      return Outcome.failed(FailureCause.BINARY, "the bytes hold zero bytes or control characters, not text");
    }
    Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
    boolean multiByteUtf8 = utf8.isPresent() && hasNonAscii(bytes);
    for (String label : declaredCharsets) {
      Optional<Charset> declared = charsetNamed(label);
      if (declared.isEmpty() || multiByteUtf8 && !declared.get().equals(StandardCharsets.UTF_8)) {
        continue;
      }
      Optional<String> text = declared.get().equals(StandardCharsets.UTF_8) ? utf8 : strict(bytes, declared.get());
      if (text.isPresent()) {
        return Outcome.done(new DecodedText(text.get(), declared.get(), "declared"));
      }
    }
    // Seven-bit ISO-2022 text (Japanese mail-era pages) is valid UTF-8 too; its escape sequences tell it.
    if (utf8.isPresent() && (multiByteUtf8 || !hasEscape(bytes))) {
      return Outcome.done(new DecodedText(utf8.get(), StandardCharsets.UTF_8, "valid-utf-8"));
    }
    Optional<DecodedText> detected = LegacyCharsets.detect(bytes);
    if (detected.isPresent()) {
      return Outcome.done(detected.get());
    }
    if (utf8.isPresent()) {
      return Outcome.done(new DecodedText(utf8.get(), StandardCharsets.UTF_8, "valid-utf-8"));
    }
    // windows-1252 leaves five bytes unmapped; decode leniently so those become U+FFFD, not a failure.
    return Outcome.done(new DecodedText(new String(bytes, WINDOWS_1252), WINDOWS_1252, "fallback"));
  }

  /**
   * A charset by its label, read as browsers read it (WHATWG Encoding Standard, section 4.2): a
   * label names the superset that pages so labelled really use, so ISO-8859-1 and US-ASCII mean
   * windows-1252, Shift_JIS means windows-31j, EUC-KR windows-949, GB2312 and GBK GB18030, Big5
   * Big5-HKSCS, TIS-620 windows-874 and ISO-8859-9 windows-1254.
   */
  static Optional<Charset> charsetNamed(String label) {
    String name = label.strip().replace("\"", "").replace("'", "").toLowerCase(java.util.Locale.ROOT);
    String superset = switch (name) {
      case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252" -> "windows-1252";
      case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis" -> "windows-31j";
      case "euc-kr", "ks_c_5601-1987", "korean", "cseuckr" -> "x-windows-949";
      case "gb2312", "gbk", "x-gbk", "chinese", "csgb2312", "euc-cn" -> "GB18030";
      case "big5", "csbig5", "x-x-big5" -> "Big5-HKSCS";
      case "tis-620", "tis620", "iso-8859-11" -> "x-windows-874";
      case "iso-8859-9", "latin5" -> "windows-1254";
      case "maccyrillic" -> "x-MacCyrillic";
      case "euc-tw" -> "x-EUC-TW";
      default -> name;
    };
    try {
      return Optional.of(Charset.forName(superset));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static Optional<DecodedText> decodeWithBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return Optional.of(new DecodedText(new String(b, 3, b.length - 3, StandardCharsets.UTF_8),
          StandardCharsets.UTF_8, "bom"));
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return Optional.of(new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE),
          StandardCharsets.UTF_16BE, "bom"));
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return Optional.of(new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE),
          StandardCharsets.UTF_16LE, "bom"));
    }
    return Optional.empty();
  }

  private static boolean hasNonAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasEscape(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0x1B) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> strict(byte[] bytes, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      // The JDK's replacing UTF-8 decoder is much faster than a strict CharsetDecoder; a result
      // without U+FFFD had nothing to replace, so it is the strict result too.
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        return Optional.of(text);
      }
    }
    try {
      return Optional.of(charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** UTF-16 text of Latin script has a zero in every other byte; which half tells the byte order. */
  private static Optional<Charset> utf16Pattern(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
    if (n < 4) {
      return Optional.empty();
    }
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int i = 0; i < n; i += 2) {
      if (bytes[i] == 0) {
        zeroEven++;
      }
      if (bytes[i + 1] == 0) {
        zeroOdd++;
      }
    }
    int pairs = n / 2;
    if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  /** Text has no NUL and few C0 controls besides tab, line feed, form feed and carriage return. */
  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int c = bytes[i] & 0xFF;
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) {
        controls++;
      }
    }
    return controls > n / 20;
  }
}
