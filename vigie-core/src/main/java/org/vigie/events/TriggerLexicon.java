package org.vigie.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigie.entities.TextTokenizer;
import org.vigie.model.CameoRoot;

/**
 * The words that say an event happened in one language, read from {@code triggers-LANG.txt}: each
 * lemma with every inflection, looked up by its first word so that a scan stays linear in the
 * words of the text. A match says which entry it is, and what the matched form is (finite,
 * participle, infinitive, noun…), which decides how the sentence is read around it.
 */
final class TriggerLexicon {
  private static final TextTokenizer TOKENIZER = new TextTokenizer();

  /** A verb or a noun that names an event, or a light verb that lends its tense to a noun. */
  enum Kind { VERB, NOUN, LIGHT }

  /** What a verb's direct object is. */
  enum ObjectRole { PARTY, PLACE, THEME }

  /**
   * How an entry takes its arguments (see the frame words in {@code triggers-fr.txt}).
   *
   * @param prepositions those that introduce the target ("avec", "contre"; "auprès de" as "auprès")
   */
  record Frame(Set<ObjectRole> object, Set<String> prepositions, boolean weak, boolean etre, boolean genitiveTarget,
      boolean lightOnly) {
    static final Frame NONE = new Frame(Set.of(), Set.of(), false, false, false, false);

    boolean movement() {
      return object.contains(ObjectRole.PLACE) && etre;
    }
  }

  /** One line of a lexicon, for one lemma. */
  record Entry(CameoRoot root, String type, Kind kind, String lemma, boolean reflexive, Frame frame) {}

  /** One way to write an entry: its words in lower case, and what the inflected form is. */
  record Pattern(List<String> words, Set<Form> forms, Entry entry) {}

  /** A pattern found at words {@code [start, end)} of a sentence. */
  record Match(Pattern pattern, int start, int end) {
    Entry entry() {
      return pattern.entry();
    }

    boolean is(Form form) {
      return pattern.forms().contains(form);
    }
  }

  private final Map<String, List<Pattern>> byFirstWord;
  private final Set<String> prepositions;

  private TriggerLexicon(Map<String, List<Pattern>> byFirstWord, Set<String> prepositions) {
    this.byFirstWord = byFirstWord;
    this.prepositions = Set.copyOf(prepositions);
  }

  /** Every preposition some entry takes its target with. */
  Set<String> prepositions() {
    return prepositions;
  }

  /** The patterns that match the words from {@code i}, longest first. */
  List<Match> at(List<String> lowerWords, int i) {
    List<Pattern> candidates = byFirstWord.get(lowerWords.get(i));
    if (candidates == null) {
      return List.of();
    }
    List<Match> matches = new ArrayList<>(2);
    for (Pattern p : candidates) {
      int n = p.words().size();
      if (i + n <= lowerWords.size() && lowerWords.subList(i, i + n).equals(p.words())) {
        matches.add(new Match(p, i, i + n));
      }
    }
    matches.sort((a, b) -> (b.end() - b.start()) - (a.end() - a.start()));
    return matches;
  }

  /** Whether the word is a form of a light verb ("lancé", "hold", "carried" with "out" after it). */
  boolean isLight(List<String> lowerWords, int i) {
    return at(lowerWords, i).stream().anyMatch(m -> m.entry().kind() == Kind.LIGHT);
  }

  /** A word in lower case, typographic apostrophes made straight, as patterns hold them. */
  static String lower(String word) {
    return word.toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  static TriggerLexicon load(String resource, String language) {
    Map<String, List<Pattern>> byFirstWord = new HashMap<>();
    Set<String> prepositions = new HashSet<>();
    boolean french = language.equals("fr");
    for (String line : Inflections.lines(resource)) {
      String[] columns = line.split("\\|", -1);
      if (columns.length != 5) {
        throw new IllegalStateException(resource + ": five columns expected in \"" + line + "\"");
      }
      Kind kind = Kind.valueOf(columns[2].strip().toUpperCase(Locale.ROOT));
      CameoRoot root = kind == Kind.LIGHT ? CameoRoot.MAKE_PUBLIC_STATEMENT
          : CameoRoot.of(columns[0].strip()).orElseThrow(() -> new IllegalStateException(
              resource + ": no CAMEO root \"" + columns[0].strip() + "\""));
      Frame frame = frame(columns[4]);
      prepositions.addAll(frame.prepositions());
      for (String lemma : columns[3].split(",")) {
        String written = lemma.strip();
        if (written.isEmpty()) {
          continue;
        }
        if (kind == Kind.NOUN) {
          addNoun(byFirstWord, new Entry(root, columns[1].strip(), kind, written, false, frame), written, french);
        } else {
          addVerb(byFirstWord, root, columns[1].strip(), kind, frame, written, french);
        }
      }
    }
    byFirstWord.replaceAll((k, v) -> List.copyOf(v));
    return new TriggerLexicon(Map.copyOf(byFirstWord), prepositions);
  }

  private static void addVerb(Map<String, List<Pattern>> byFirstWord, CameoRoot root, String type, Kind kind,
      Frame frame, String written, boolean french) {
    boolean reflexive = false;
    String rest = written;
    if (rest.startsWith("se ")) {
      reflexive = true;
      rest = rest.substring(3);
    } else if (rest.startsWith("s'")) {
      reflexive = true;
      rest = rest.substring(2);
    }
    int space = rest.indexOf(' ');
    String verb = space < 0 ? rest : rest.substring(0, space);
    List<String> fixed = space < 0 ? List.of() : words(rest.substring(space + 1));
    Entry entry = new Entry(root, type, kind, written, reflexive, frame);
    Map<String, Set<Form>> forms = french ? Inflections.frenchVerb(verb) : Inflections.englishVerb(verb);
    forms.forEach((form, what) -> {
      List<String> pattern = new ArrayList<>(1 + fixed.size());
      pattern.add(form);
      pattern.addAll(fixed);
      add(byFirstWord, new Pattern(List.copyOf(pattern), what, entry));
    });
  }

  private static void addNoun(Map<String, List<Pattern>> byFirstWord, Entry entry, String written, boolean french) {
    List<String> forms = new ArrayList<>();
    int slash = written.indexOf('/');
    if (slash >= 0) {
      forms.add(written.substring(0, slash).strip());
      forms.add(written.substring(slash + 1).strip());
    } else if (written.indexOf(' ') < 0 || !french) {
      forms.addAll(french ? Inflections.frenchNoun(written) : Inflections.englishNoun(written));
    } else {
      forms.add(written);
    }
    for (String form : forms) {
      add(byFirstWord, new Pattern(words(form), EnumSet.of(Form.NOUN), entry));
    }
  }

  private static void add(Map<String, List<Pattern>> byFirstWord, Pattern pattern) {
    byFirstWord.computeIfAbsent(pattern.words().getFirst(), k -> new ArrayList<>()).add(pattern);
  }

  /** A phrase as the tokenizer cuts text ("prise d'otages" → "prise", "d'", "otages"), in lower case. */
  private static List<String> words(String phrase) {
    List<String> words = new ArrayList<>();
    for (List<TextTokenizer.Token> sentence : TOKENIZER.sentences(phrase)) {
      sentence.forEach(t -> words.add(lower(t.text())));
    }
    return List.copyOf(words);
  }

  private static Frame frame(String column) {
    Set<ObjectRole> object = EnumSet.noneOf(ObjectRole.class);
    Set<String> prepositions = new HashSet<>();
    boolean weak = false;
    boolean etre = false;
    boolean genitiveTarget = false;
    boolean light = false;
    for (String word : column.strip().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (word.startsWith("obj=")) {
        for (String role : word.substring(4).split("\\+")) {
          object.add(ObjectRole.valueOf(role.toUpperCase(Locale.ROOT)));
        }
      } else if (word.startsWith("to=")) {
        for (String preposition : word.substring(3).split("\\+")) {
          // "auprès_de": the first word is the one that tells the target.
          prepositions.add(preposition.split("_")[0]);
        }
      } else if (word.equals("of=target")) {
        genitiveTarget = true;
      } else {
        switch (word) {
          case "weak" -> weak = true;
          case "etre" -> etre = true;
          case "light" -> light = true;
          default -> throw new IllegalStateException("unknown frame word \"" + word + "\"");
        }
      }
    }
    return new Frame(object, prepositions, weak, etre, genitiveTarget, light);
  }
}
