package org.vigie.extract;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.model.Caption;
import org.vigie.text.TextShape;
import org.vigie.time.AbsoluteDates;

/**
 * Tells a photo caption from body text by its credit: a short tail after the caption's last
 * sentence that names who supplied the picture ("Photo AFP /TURKISH DEFENCE MINISTRY",
 * "© Reuters", "Crédit : Jean Dupont", "REUTERS/Ismail Zitouny", "Mahmud Turkia/AFP via Getty
 * Images"), or in brackets after a caption that has no full stop ("Protesters in Hong Kong (Image:
 * GETTY)"). A credit is recognised by a credit word at its start or by a picture agency's name in
 * it; a long paragraph is never a caption.
 */
public final class CaptionDetector {
  static final int MAX_CAPTION_CHARS = 600;
  private static final int MAX_CREDIT_CHARS = 90;

  /** Words that introduce a credit, in the languages of European news. */
  private static final Pattern CREDIT_WORD = Pattern.compile(
      "^(?:(?:photos?|photograph(?:ie|y)?|image|images|picture|pictures|foto|fotos|illustration|infographie|"
          + "graphic|vid[eé]o|cr[eé]dits?(?:\\s+photos?)?|copyright|source|bild|quelle)\\b|^©)\\s*(?:[:/©-]\\s*)*(?:©\\s*)?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Picture agencies and wires whose name alone marks a credit. */
  private static final Pattern AGENCY = Pattern.compile(
      "\\b(?:AFP|Reuters|REUTERS|AP|EPA|EPA-EFE|EFE|Getty Images|Getty|dpa|DPA|ANSA|Anadolu|AA|Xinhua|SIPA|Sipa|"
          + "Maxppp|MAXPPP|Belga|BELGA|ANP|Keystone|KEYSTONE|Shutterstock|Alamy|Bloomberg|Abaca|ABACA|Hans Lucas|"
          + "IP3|Divergence|Imago|IMAGO|PA Images|PA|Kyodo|Yonhap|TASS|Sputnik|AP Photo|AFP PHOTO|Wikimedia Commons)\\b");

  /** A credit in brackets after the caption: "(Image: GETTY )", "[Photo: AFP]". */
  private static final Pattern ENCLOSING_PARENTHESES = Pattern.compile("^[(\\[](.*)[)\\]]$");

  private CaptionDetector() {}

  /** The caption and credit in a block that ends with a credit, or empty when it is not a caption. */
  public static Optional<Caption> caption(String block) {
    if (block.length() > MAX_CAPTION_CHARS) {
      return Optional.empty();
    }
    int tailStart = lastSentenceEnd(block);
    if (tailStart <= 0 || tailStart >= block.length()) {
      tailStart = block.endsWith(")") ? block.lastIndexOf('(') : -1;
      if (tailStart <= 0) {
        return Optional.empty();
      }
    }
    String text = block.substring(0, tailStart).strip();
    Optional<String> credit = credit(block.substring(tailStart));
    if (credit.isEmpty() || TextShape.words(text) < 3) {
      return Optional.empty();
    }
    return Optional.of(new Caption(text, credit, captionDate(text)));
  }

  /** The credit when the whole line is one ("© Reuters", "Photo : AFP", "AFP PHOTO / MAHMUD TURKIA"). */
  public static Optional<String> standaloneCredit(String line) {
    if (line.length() > MAX_CREDIT_CHARS) {
      return Optional.empty();
    }
    return credit(line);
  }

  public static Optional<LocalDate> captionDate(String text) {
    return AbsoluteDates.latest(text);
  }

  private static Optional<String> credit(String tail) {
    String candidate = ENCLOSING_PARENTHESES.matcher(tail.strip()).replaceAll("$1").strip();
    if (candidate.isEmpty() || candidate.length() > MAX_CREDIT_CHARS || TextShape.words(candidate) > 12) {
      return Optional.empty();
    }
    Matcher word = CREDIT_WORD.matcher(candidate);
    if (word.find()) {
      String rest = candidate.substring(word.end()).strip();
      rest = rest.replaceAll("^[:/\\-–—]\\s*", "");
      return rest.isEmpty() || !Character.isLetterOrDigit(rest.codePointAt(0)) && !rest.startsWith("©")
          ? Optional.empty() : Optional.of(rest);
    }
    if (candidate.endsWith(".") || candidate.endsWith("!") || candidate.endsWith("?")) {
      return Optional.empty();
    }
    if (AGENCY.matcher(candidate).find() && looksLikeName(candidate)) {
      return Optional.of(candidate);
    }
    return Optional.empty();
  }

  /** A credit is names and slashes, capitalised: not a clause with verbs in lower case. */
  private static boolean looksLikeName(String candidate) {
    int lowerWords = 0;
    for (String token : candidate.split("[\\s/()]+")) {
      if (!token.isEmpty() && Character.isLowerCase(token.codePointAt(0)) && !token.equals("via")
          && !token.equals("for") && !token.equals("pour") && !token.equals("de") && !token.equals("by")) {
        lowerWords++;
      }
    }
    return lowerWords == 0;
  }

  /**
   * Where the tail after the last sentence starts: the index after the last full stop, question
   * or exclamation mark (with its closing quotes and brackets) that is followed by a space.
   */
  private static int lastSentenceEnd(String block) {
    for (int i = block.length() - 2; i >= 0; i--) {
      char c = block.charAt(i);
      if ((c == '.' || c == '!' || c == '?' || c == '…') && isSentenceBoundary(block, i)) {
        int j = i + 1;
        while (j < block.length() && (block.charAt(j) == '"' || block.charAt(j) == '»' || block.charAt(j) == '”'
            || block.charAt(j) == ')')) {
          j++;
        }
        if (j < block.length() && Character.isWhitespace(block.charAt(j))) {
          return j;
        }
        // A credit set in its own element may follow the caption's full stop without a space:
        // "The road to retiring early isn't easy.Kathrin Ziegler/Getty".
        if (j == i + 1 && j < block.length() && Character.isUpperCase(block.charAt(j)) && i > 0
            && Character.isLowerCase(block.charAt(i - 1))) {
          return j;
        }
      }
    }
    return -1;
  }

  /** Not the dot of an initial or abbreviation inside a credit ("J. Smith", "Getty Images/AFP"). */
  private static boolean isSentenceBoundary(String block, int i) {
    if (block.charAt(i) != '.') {
      return true;
    }
    int start = i;
    while (start > 0 && Character.isLetter(block.charAt(start - 1))) {
      start--;
    }
    int length = i - start;
    return !(length == 1 && Character.isUpperCase(block.charAt(start)));
  }
}
