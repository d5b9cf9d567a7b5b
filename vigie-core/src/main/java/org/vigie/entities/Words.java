package org.vigie.entities;

import java.text.Normalizer;
import java.util.Locale;

/** Small facts about words: case, accents, keys for comparing forms of a name. */
final class Words {
  private Words() {}

  /** Whether the word starts with an upper-case letter ("Tripoli", "GNA", "Ç"). */
  static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  /** Whether the word holds an upper-case letter anywhere ("ex-England", "McDonald"). */
  static boolean hasCapital(String word) {
    return word.chars().anyMatch(Character::isUpperCase);
  }

  /** Whether the word has letters and all of them are upper case ("GNA", "PARIS", "U.S."). */
  static boolean allCaps(String word) {
    boolean letter = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        if (!Character.isUpperCase(c)) {
          return false;
        }
      }
    }
    return letter;
  }

  /** Whether the word has a letter or a digit (not bare punctuation). */
  static boolean wordLike(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetterOrDigit(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The text without diacritics, letters that NFD does not split mapped by hand (ı, ł, ø, œ, æ, ß, đ). */
  static String stripAccents(String text) {
    if (ascii(text)) {
      return text; // most words of English and many of French: no normalisation to pay for
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      switch (c) {
        case 'ı' -> out.append('i');
        case 'ł' -> out.append('l');
        case 'Ł' -> out.append('L');
        case 'ø' -> out.append('o');
        case 'Ø' -> out.append('O');
        case 'œ' -> out.append("oe");
        case 'Œ' -> out.append("OE");
        case 'æ' -> out.append("ae");
        case 'Æ' -> out.append("AE");
        case 'ß' -> out.append("ss");
        case 'đ' -> out.append('d');
        case 'Đ' -> out.append('D');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean ascii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Lower case without accents: "Çavuşoğlu" and "Cavusoglu" share it. */
  static String folded(String text) {
    return stripAccents(text).toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
