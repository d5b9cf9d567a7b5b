package org.vigie.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The forms of trigger words, so that a lexicon lists a lemma once and the text matches it in any
 * inflection. French verbs take the pattern of their longest ending in {@code conjugations-fr.txt}
 * (third persons of the indicative and conditional, participles, infinitive), with the spelling
 * changes of the first group ("lança", "appelle", "mène", "libère"); English verbs add -s, -ed, -ing
 * by rule, irregular and doubling verbs from {@code verbs-en.txt}. Nouns get their plural.
 */
final class Inflections {
  private static final List<FrenchPattern> FRENCH = frenchPatterns();
  private static final Map<String, String[]> ENGLISH = englishIrregulars();

  private Inflections() {}

  /** A French conjugation pattern: the lemma ending it applies to and the endings of each form. */
  private record FrenchPattern(String ending, List<String> finite, List<String> future, List<String> participles,
      String gerund, String infinitive) {}

  /** The forms of a French verb given as its infinitive (without "se"), each with what it may be. */
  static Map<String, Set<Form>> frenchVerb(String lemma) {
    Map<String, Set<Form>> forms = new LinkedHashMap<>();
    FrenchPattern pattern = FRENCH.stream().filter(p -> lemma.endsWith(p.ending())).findFirst().orElse(null);
    if (pattern == null) {
      add(forms, lemma, Form.INFINITIVE);
      return forms;
    }
    String stem = lemma.substring(0, lemma.length() - pattern.ending().length());
    boolean firstGroup = pattern.ending().equals("er");
    for (String e : pattern.finite()) {
      add(forms, firstGroup ? frenchFirstGroup(stem, e) : stem + e, Form.FINITE);
    }
    for (String e : pattern.future()) {
      add(forms, firstGroup ? frenchFirstGroup(stem, e) : stem + e, Form.FUTURE);
    }
    for (String e : pattern.participles()) {
      add(forms, stem + e, Form.PARTICIPLE);
    }
    add(forms, firstGroup ? frenchFirstGroup(stem, pattern.gerund()) : stem + pattern.gerund(), Form.GERUND);
    add(forms, stem + pattern.infinitive(), Form.INFINITIVE);
    return forms;
  }

  /**
   * A first-group form with its spelling changes: "c" → "ç" and "g" → "ge" before a and o (lança,
   * engagea); before a mute e, "el"/"et" double (appelle, rejette), "e" or "é" before the last
   * consonant becomes "è" (mène, libère), and "oy"/"uy" become "oi"/"ui" (emploie).
   */
  private static String frenchFirstGroup(String stem, String ending) {
    char first = ending.isEmpty() ? ' ' : ending.charAt(0);
    if (first == 'a' || first == 'o') {
      if (stem.endsWith("c")) {
        return stem.substring(0, stem.length() - 1) + "ç" + ending;
      }
      if (stem.endsWith("g")) {
        return stem + "e" + ending;
      }
      return stem + ending;
    }
    boolean muteE = ending.equals("e") || ending.equals("ent") || ending.startsWith("er") && !ending.equals("er");
    if (!muteE) {
      return stem + ending;
    }
    if (stem.endsWith("oy") || stem.endsWith("uy")) {
      return stem.substring(0, stem.length() - 1) + "i" + ending;
    }
    if ((stem.endsWith("el") || stem.endsWith("et")) && stem.length() > 3) {
      return stem + stem.charAt(stem.length() - 1) + ending;
    }
    int last = stem.length() - 1;
    int vowel = last;
    while (vowel >= 0 && "aeiouyéèêâîôû".indexOf(stem.charAt(vowel)) < 0) {
      vowel--;
    }
    boolean lastSyllable = vowel > 0 && vowel == last - 1;
    if (lastSyllable && (stem.charAt(vowel) == 'e' || stem.charAt(vowel) == 'é' && !ending.startsWith("er"))) {
      return stem.substring(0, vowel) + "è" + stem.substring(vowel + 1) + ending;
    }
    return stem + ending;
  }

  /** The forms of an English verb given as its base form. */
  static Map<String, Set<Form>> englishVerb(String base) {
    Map<String, Set<Form>> forms = new LinkedHashMap<>();
    String[] irregular = ENGLISH.get(base);
    add(forms, base, Form.BASE);
    add(forms, thirdPerson(base), Form.FINITE);
    if (irregular != null) {
      add(forms, irregular[1], Form.PAST);
      add(forms, irregular[2], irregular[1].equals(irregular[2]) ? Form.PAST : Form.PARTICIPLE);
      add(forms, irregular.length > 3 ? irregular[3] : ing(base), Form.GERUND);
    } else {
      add(forms, past(base), Form.PAST);
      add(forms, ing(base), Form.GERUND);
      if (base.endsWith("el")) {
        // British spelling doubles the l: "travelled", "cancelling".
        add(forms, base + "led", Form.PAST);
        add(forms, base + "ling", Form.GERUND);
      }
    }
    return forms;
  }

  private static String thirdPerson(String base) {
    if (base.matches(".*[^aeiou]y")) {
      return base.substring(0, base.length() - 1) + "ies";
    }
    if (base.matches(".*(s|x|z|ch|sh|o)")) {
      return base + "es";
    }
    return base + "s";
  }

  private static String past(String base) {
    if (base.endsWith("e")) {
      return base + "d";
    }
    if (base.matches(".*[^aeiou]y")) {
      return base.substring(0, base.length() - 1) + "ied";
    }
    return base + "ed";
  }

  private static String ing(String base) {
    if (base.endsWith("ie")) {
      return base.substring(0, base.length() - 2) + "ying";
    }
    if (base.endsWith("e") && !base.endsWith("ee") && !base.endsWith("ye") && !base.endsWith("oe")) {
      return base.substring(0, base.length() - 1) + "ing";
    }
    return base + "ing";
  }

  /** A French noun and its plural ("visite" → "visites", "journal" → "journaux"). */
  static List<String> frenchNoun(String noun) {
    if (noun.matches(".*[sxz]")) {
      return List.of(noun);
    }
    if (noun.endsWith("al")) {
      return List.of(noun, noun.substring(0, noun.length() - 2) + "aux");
    }
    if (noun.endsWith("eau") || noun.endsWith("eu")) {
      return List.of(noun, noun + "x");
    }
    return List.of(noun, noun + "s");
  }

  /** An English noun and its plural, the last word of a compound taking it ("air strike" → "air strikes"). */
  static List<String> englishNoun(String noun) {
    if (noun.endsWith("s") && !noun.endsWith("ss")) {
      return List.of(noun);
    }
    if (noun.matches(".*[^aeiou]y")) {
      return List.of(noun, noun.substring(0, noun.length() - 1) + "ies");
    }
    if (noun.matches(".*(ss|x|z|ch|sh)")) {
      return List.of(noun, noun + "es");
    }
    return List.of(noun, noun + "s");
  }

  private static void add(Map<String, Set<Form>> forms, String form, Form kind) {
    forms.computeIfAbsent(form, f -> EnumSet.noneOf(Form.class)).add(kind);
  }

  private static List<FrenchPattern> frenchPatterns() {
    List<FrenchPattern> patterns = new ArrayList<>();
    for (String line : lines("conjugations-fr.txt")) {
      String[] columns = line.split("\\|");
      if (columns.length != 6) {
        throw new IllegalStateException("conjugations-fr.txt: six columns expected in \"" + line + "\"");
      }
      patterns.add(new FrenchPattern(columns[0].strip(), words(columns[1]), words(columns[2]), words(columns[3]),
          columns[4].strip(), columns[5].strip()));
    }
    // The longest ending first, so that "prendre" wins over "dre" and "envoyer" over "er".
    patterns.sort((a, b) -> b.ending().length() - a.ending().length());
    return List.copyOf(patterns);
  }

  private static Map<String, String[]> englishIrregulars() {
    Map<String, String[]> verbs = new LinkedHashMap<>();
    for (String line : lines("verbs-en.txt")) {
      String[] columns = line.strip().split("\\s+");
      verbs.put(columns[0], columns);
    }
    return Map.copyOf(verbs);
  }

  private static List<String> words(String column) {
    String trimmed = column.strip();
    return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
  }

  /** The lines of a resource of this package, without comments and blank lines. */
  static List<String> lines(String resource) {
    try (InputStream in = Inflections.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/vigie/events/" + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/vigie/events/" + resource, e);
    }
  }
}
