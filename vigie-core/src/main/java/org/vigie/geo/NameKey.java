package org.vigie.geo;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form under which a place name is looked up: accents, case, periods and hyphens do not
 * matter ("Saint-Étienne", "saint etienne" and "ST. ETIENNE" share a form except for the saint),
 * so a name written any of these ways finds the gazetteer entry. Names in scripts other than Latin
 * have no key: the texts Vigie resolves places in are written in Latin script.
 */
public final class NameKey {
  private NameKey() {}

  /** The lookup form of a name, or null when it has letters outside the Latin script. */
  public static String fold(CharSequence name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean space = false;
    boolean plain = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 0x80) {
        plain = false;
        break;
      }
    }
    CharSequence source = plain ? name : Normalizer.normalize(name, Normalizer.Form.NFKD);
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
        continue;
      }
      switch (c) {
        case '.' -> { } // "St. Louis" and "St Louis", "U.S." and "US" are one name
        case ' ', '-', '\u2010', '\u2011', '\u2013', '\u2014', '\u00A0', '\t', '\n', '/', ',' -> space = true;
        case '\'', '\u2019', '\u2018', '\u02BC', '`', '\u00B4' -> {
          if (out.length() > 0 && !space) {
            out.append('\'');
          }
        }
        default -> {
          if (Character.getType(c) == Character.NON_SPACING_MARK) {
            continue;
          }
          String special = special(c);
          if (special == null) {
            return null;
          }
          if (space && out.length() > 0) {
            out.append(' ');
          }
          space = false;
          out.append(special);
        }
      }
    }
    return out.isEmpty() ? null : out.toString();
  }

  private static String special(char c) {
    return switch (Character.toLowerCase(c)) {
      case 'ß' -> "ss";
      case 'æ' -> "ae";
      case 'œ' -> "oe";
      case 'ø' -> "o";
      case 'ł' -> "l";
      case 'đ', 'ð' -> "d";
      case 'þ' -> "th";
      case 'ı' -> "i";
      case 'ħ' -> "h";
      case 'ŀ' -> "l";
      case '(', ')', '"', '«', '»', '&' -> "";
      // A Latin letter without an ASCII base ("ə", "ǝ") has no key: the index holds ASCII keys in byte order.
      default -> {
        String lower = String.valueOf(Character.toLowerCase(c)).toLowerCase(Locale.ROOT);
        yield Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN
            && lower.chars().allMatch(x -> x < 0x80) ? lower : null;
      }
    };
  }
}
