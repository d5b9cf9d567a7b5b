package org.vigie.geo;

/**
 * Tells when a capital or a country stands for its government or its people rather than the place
 * ("Ankara a signé", "Moscow said", "signé par Tripoli et Ankara", "l'accord conclu avec Ankara"):
 * the name is followed by a verb of saying or doing, or joined by "et"/"and" to another such name,
 * or is the partner after "avec"/"with"/"entre"/"between".
 */
final class Metonymy {
  private Metonymy() {}

  static boolean standsForGovernment(String text, int start, int end, GazetteerEntry entry) {
    if (!(entry.capital() || entry.kind() == PlaceKind.COUNTRY)) {
      return false;
    }
    String next = wordAfter(text, end);
    if (next != null && Lexicon.GOVERNMENT_VERBS.contains(next)) {
      return true;
    }
    String before = wordBefore(text, start);
    if (before == null) {
      return false;
    }
    if (entry.capital() && (before.equals("avec") || before.equals("with") || before.equals("entre")
        || before.equals("between") || before.equals("par") || before.equals("by"))) {
      return true;
    }
    return (before.equals("et") || before.equals("and")) && capitalisedWordBefore(text, start);
  }

  /** "Tripoli et Ankara": the word before "et" is itself capitalised. */
  private static boolean capitalisedWordBefore(String text, int start) {
    int i = start - 1;
    while (i >= 0 && !Character.isLetter(text.charAt(i))) {
      i--;
    }
    while (i >= 0 && Character.isLetter(text.charAt(i))) {
      i--; // skip "et"
    }
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    int end = i + 1;
    while (i >= 0 && Character.isLetter(text.charAt(i))) {
      i--;
    }
    return end > i + 1 && Character.isUpperCase(text.charAt(i + 1));
  }

  private static String wordAfter(String text, int end) {
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    int start = i;
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i > start ? text.substring(start, i).toLowerCase(java.util.Locale.ROOT) : null;
  }

  private static String wordBefore(String text, int start) {
    int i = start - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    int end = i + 1;
    while (i >= 0 && Character.isLetter(text.charAt(i))) {
      i--;
    }
    return end > i + 1 ? text.substring(i + 1, end).toLowerCase(java.util.Locale.ROOT) : null;
  }
}
