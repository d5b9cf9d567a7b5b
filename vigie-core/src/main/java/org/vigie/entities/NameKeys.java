package org.vigie.entities;

import java.util.Locale;
import org.vigie.model.EntityType;

/**
 * Keys under which forms of one name meet, across articles and languages. The key folds what
 * spelling varies without changing the name: case, accents and the letters NFD does not split
 * ("Çavuşoğlu" = "Cavusoglu"), punctuation, and the Arabic article ("al-Sarraj" = "el-Sarraj" =
 * "Sarraj"). The skeleton goes further for transliterations of one name, which disagree mostly on
 * vowels and doubled letters ("Sarraj" / "Serraj", "Haftar" / "Hifter"): each word's first letter
 * and its consonants, doubles collapsed. A skeleton alone proves little, so the registry uses it
 * only for names of two words or more.
 */
public final class NameKeys {
  private NameKeys() {}

  public static String key(String name) {
    String folded = Words.folded(name).replace('.', ' ').replace('-', ' ').replace('\'', ' ');
    StringBuilder key = new StringBuilder();
    for (String word : folded.trim().split("\\s+")) {
      if (word.isEmpty() || isArabicArticle(word)) {
        continue;
      }
      if (!key.isEmpty()) {
        key.append(' ');
      }
      key.append(word);
    }
    return key.toString();
  }

  private static boolean isArabicArticle(String word) {
    return switch (word) {
      case "al", "el", "ul", "as", "ash", "ad", "ar", "an", "at", "az" -> true;
      default -> false;
    };
  }

  public static String skeleton(String key) {
    StringBuilder skeleton = new StringBuilder();
    for (String word : key.split(" ")) {
      if (!skeleton.isEmpty()) {
        skeleton.append(' ');
      }
      char previous = 0;
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        boolean vowel = "aeiouy".indexOf(c) >= 0;
        if ((i == 0 || !vowel) && c != previous) {
          skeleton.append(c);
        }
        previous = c;
      }
    }
    return skeleton.toString();
  }

  /** The last word of the key: a person's surname. */
  public static String surname(String key) {
    int space = key.lastIndexOf(' ');
    return space < 0 ? key : key.substring(space + 1);
  }

  /** The id an entity of this type and canonical name gets: "per:hulusi-akar". */
  public static String id(EntityType type, String canonical) {
    String slug = key(canonical).replace(' ', '-');
    return type.name().toLowerCase(Locale.ROOT) + ":" + (slug.isEmpty() ? "unnamed" : slug);
  }
}
