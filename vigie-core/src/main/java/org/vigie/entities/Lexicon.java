package org.vigie.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigie.model.EntityType;

/**
 * The word lists document-level correction and roles read, French and English, from this package's
 * resources: function words, words that are never names, interface words, titles, role heads,
 * organisation heads, name particles ({@code words.txt}); demonyms with their country ({@code
 * demonyms.txt}); places ({@code places.txt}; countries from the JDK's CLDR names and {@code countries.txt}) and
 * organisations ({@code organisations.txt}). Loaded once; immutable, so shared by all threads.
 */
public final class Lexicon {
  /** The kinds of word lists in {@code words.txt}. */
  public enum Kind { FUNCTION, NOT_A_NAME, INTERFACE, TITLE, ROLE, ROLE_PART, ORG_HEAD, PARTICLE }

  private static final Pattern HYPHEN = Pattern.compile("\\s*-\\s*");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Lexicon SHARED = load();

  /** Lower-cased words by kind, for each language; "*" holds words of every language. */
  private final Map<Kind, Map<String, Set<String>>> words;
  /** Lower-cased, accent-kept demonym → country code, per language. */
  private final Map<String, Map<String, String>> demonyms;
  /** Lower-cased country and place name → country code (all languages). */
  private final Map<String, String> places;
  /** Lower-cased country names only → code. */
  private final Map<String, String> countries;
  /** Lower-cased organisation name → the canonical first form of its line. */
  private final Map<String, String> organisations;

  private Lexicon(Map<Kind, Map<String, Set<String>>> words, Map<String, Map<String, String>> demonyms,
      Map<String, String> places, Map<String, String> countries, Map<String, String> organisations) {
    this.words = words;
    this.demonyms = demonyms;
    this.places = places;
    this.countries = countries;
    this.organisations = organisations;
  }

  public static Lexicon shared() {
    return SHARED;
  }

  /** Whether the word (any case) is of the kind in the language. */
  public boolean is(Kind kind, String language, String word) {
    Set<String> set = words.get(kind).get(language);
    String lower = word.toLowerCase(Locale.ROOT);
    if (set != null && set.contains(lower)) {
      return true;
    }
    Set<String> any = words.get(kind).get("*");
    return any != null && any.contains(lower);
  }

  /** The country a demonym names ("turque" → TR, "Libyans" → LY), in the language or else in any. */
  public Optional<String> demonymCountry(String language, String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    Map<String, String> own = demonyms.get(language);
    if (own != null && own.containsKey(lower)) {
      return Optional.of(own.get(lower));
    }
    for (Map<String, String> other : demonyms.values()) {
      if (other.containsKey(lower)) {
        return Optional.of(other.get(lower));
      }
    }
    return Optional.empty();
  }

  /** The country of a place name (a country, a capital, a large city), when listed. */
  public Optional<String> placeCountry(String name) {
    return Optional.ofNullable(places.get(fold(name)));
  }

  /** The code of a country name ("Turquie", "Turkey"), when it is one. */
  public Optional<String> countryCode(String name) {
    return Optional.ofNullable(countries.get(fold(name)));
  }

  /** Whether the name is a listed organisation. */
  public boolean isOrganisation(String name) {
    return organisations.containsKey(fold(name));
  }

  /** The type the gazetteer gives a name, when it lists it. */
  public Optional<EntityType> gazetteerType(String name) {
    String key = fold(name);
    if (organisations.containsKey(key)) {
      return Optional.of(EntityType.ORG);
    }
    if (places.containsKey(key)) {
      return Optional.of(EntityType.LOC);
    }
    return Optional.empty();
  }

  /** Lower case, apostrophes unified, spaces around hyphens removed: the key of gazetteer look-ups. */
  static String fold(String name) {
    String lower = name.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
    if (lower.indexOf(' ') < 0) {
      return lower;
    }
    return SPACES.matcher(HYPHEN.matcher(lower).replaceAll("-")).replaceAll(" ");
  }


  private static Lexicon load() {
    Map<Kind, Map<String, Set<String>>> words = new HashMap<>();
    for (Kind kind : Kind.values()) {
      words.put(kind, new HashMap<>());
    }
    for (String line : lines("words.txt")) {
      int colon = line.indexOf(':');
      String[] head = line.substring(0, colon).strip().split("\\s+");
      Kind kind = Kind.valueOf(head[0].toUpperCase(Locale.ROOT).replace('-', '_'));
      Set<String> set = words.get(kind).computeIfAbsent(head[1], l -> new HashSet<>());
      for (String word : line.substring(colon + 1).strip().split("\\s+")) {
        set.add(word.toLowerCase(Locale.ROOT));
      }
    }
    Map<String, Map<String, String>> demonyms = new HashMap<>();
    for (String line : lines("demonyms.txt")) {
      String[] parts = line.split("\\|");
      String code = parts[0].strip();
      addDemonyms(demonyms.computeIfAbsent("fr", l -> new HashMap<>()), code, parts[1], true);
      addDemonyms(demonyms.computeIfAbsent("en", l -> new HashMap<>()), code, parts[2], false);
    }
    Map<String, String> countries = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      Locale country = Locale.of("", code);
      for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
        String name = country.getDisplayCountry(language);
        if (!name.isBlank() && !name.equals(code)) {
          countries.putIfAbsent(fold(name), code);
          // CLDR writes "États-Unis"; older and all-caps text drops the accent.
          countries.putIfAbsent(fold(Words.stripAccents(name)), code);
        }
      }
    }
    for (String line : lines("countries.txt")) {
      String[] parts = line.split("\\|");
      for (int i = 1; i < parts.length; i++) {
        countries.putIfAbsent(fold(parts[i]), parts[0].strip());
      }
    }
    Map<String, String> places = new HashMap<>(countries);
    for (String line : lines("places.txt")) {
      String[] parts = line.split("\\|");
      for (int i = 1; i < parts.length; i++) {
        places.putIfAbsent(fold(parts[i]), parts[0].strip());
      }
    }
    Map<String, String> organisations = new HashMap<>();
    for (String line : lines("organisations.txt")) {
      String[] parts = line.split("\\|");
      for (String part : parts) {
        organisations.putIfAbsent(fold(part), parts[0].strip());
      }
    }
    return new Lexicon(freeze(words), demonyms, Map.copyOf(places), Map.copyOf(countries), Map.copyOf(organisations));
  }

  private static Map<Kind, Map<String, Set<String>>> freeze(Map<Kind, Map<String, Set<String>>> words) {
    Map<Kind, Map<String, Set<String>>> frozen = new HashMap<>();
    words.forEach((kind, byLanguage) -> {
      Map<String, Set<String>> copy = new HashMap<>();
      byLanguage.forEach((language, set) -> copy.put(language, Set.copyOf(set)));
      frozen.put(kind, Map.copyOf(copy));
    });
    return Map.copyOf(frozen);
  }

  /** Adds each form and, for French adjectives, its plural; English forms are listed in full. */
  private static void addDemonyms(Map<String, String> table, String code, String forms, boolean french) {
    for (String form : forms.strip().split("\\s+")) {
      String lower = form.toLowerCase(Locale.ROOT);
      table.putIfAbsent(lower, code);
      if (french) {
        table.putIfAbsent(lower.endsWith("s") || lower.endsWith("x") ? lower : lower + "s", code);
      }
    }
  }

  private static List<String> lines(String resource) {
    InputStream stream = Lexicon.class.getResourceAsStream(resource);
    if (stream == null) {
      throw new IllegalStateException("missing resource org/vigie/entities/" + resource);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/vigie/entities/" + resource, e);
    }
    return lines;
  }
}
