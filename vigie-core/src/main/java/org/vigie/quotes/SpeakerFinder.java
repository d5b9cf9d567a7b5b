package org.vigie.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the speaker a cue points to. Before a verb: the noun phrase that ends right before it (only
 * adverbs between), reaching back over an apposition or a relative clause set off by commas to the
 * name it describes ("Victor Cha, who served …, said"). After a verb (inversion, "a affirmé le
 * vice-ministre …, Salah al-Namrouch", "said Mr. Obama") and after a source preposition ("selon le
 * GNA"): the noun phrase up to the next comma, stop or preposition, with a name in apposition after
 * a role. The head is the last run of capitalised words, titles left out; without one, the phrase.
 */
final class SpeakerFinder {
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "m", "mme", "mlle", "me", "sen", "rep",
      "gov", "gen", "lt", "col", "capt", "sgt", "prof", "rev", "president", "président", "présidente", "pres",
      "sir", "lord", "dame", "pope", "king", "queen", "prince", "princess", "secretary", "senator", "governor",
      "minister", "ministre", "general", "général", "maréchal", "marshal", "judge", "juge", "mayor", "maire",
      "chancellor", "chancelier", "chancelière", "premier", "former", "ancien", "ancienne", "sheikh", "cheikh");
  /** Words inside a noun phrase that introduce its complement: "chef du GNA", "spokesman for the campaign". */
  private static final Set<String> INNER = Set.of("de", "du", "des", "d'", "of", "for", "from", "at", "à", "au",
      "aux", "la", "le", "les", "l'", "the", "et", "and");
  private static final Set<String> NAME_PARTICLES = Set.of("al", "el", "ben", "bin", "ibn", "de", "du", "da", "di",
      "van", "von", "der", "la", "le", "abu", "abou", "ould", "bint", "y", "del", "dos", "das", "st");
  private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "today", "yesterday", "tonight", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
      "samedi", "dimanche", "hier", "aujourd'", "last", "earlier", "later", "this", "ce", "cette", "lors", "on", "dans", "in", "during", "à", "en");
  private static final String BOUNDARIES = ",;:—–―";
  private static final int MAX_WORDS = 14;

  private final QuoteLanguage language;

  SpeakerFinder(QuoteLanguage language) {
    this.language = language;
  }

  /** The subject before a verb cue, if it ends right before it. */
  Optional<Speaker> before(String text, int block, TextRange sentence, int cueStart, List<QuoteMarks.Quoted> quotes) {
    int floor = sentence.start();
    for (QuoteMarks.Quoted quote : quotes) {
      if (quote.range().end() <= cueStart) {
        floor = Math.max(floor, quote.range().end());
      }
    }
    List<TextRange> segments = segmentsBefore(text, floor, cueStart);
    if (segments.isEmpty()) {
      return Optional.empty();
    }
    List<Word> adjacent = trimAdverbs(Word.in(text, segments.getFirst().start(), segments.getFirst().end()));
    if (!adjacent.isEmpty()) {
      // "Donald Trump … bemoaned the unrest and said": a second verb of the sentence's subject.
      if (language.conjunctions().contains(adjacent.getLast().lower()) || adjacent.stream().anyMatch(this::verbLike)) {
        return subject(text, block, sentence, cueStart);
      }
      return phraseEndingAt(text, block, adjacent);
    }
    // "Victor Cha, who served …, said": the words right before the verb are an aside; the name is before it.
    if (segments.size() >= 3) {
      List<Word> aside = Word.in(text, segments.get(1).start(), segments.get(1).end());
      List<Word> named = Word.in(text, segments.get(2).start(), segments.get(2).end());
      if (!aside.isEmpty() && !named.isEmpty() && isAside(aside) && named.getLast().capitalized()) {
        Optional<Speaker> name = phraseEndingAt(text, block, named);
        return name.map(n -> new Speaker(block, new TextRange(n.written().start(), aside.getLast().end()), n.head()));
      }
    }
    return Optional.empty();
  }

  /**
   * The subject the sentence opens with, for a cue that has none of its own: a participle after a
   * comma ("Clinton chimed in on Twitter, saying …"), a verb coordinated with an earlier one. It is
   * the words before the first verb-like word, over an apposition set off by commas.
   */
  Optional<Speaker> subject(String text, int block, TextRange sentence, int cueStart) {
    List<Word> words = Word.in(text, sentence.start(), cueStart);
    int end = 0;
    while (end < words.size() && end < MAX_WORDS && !verbLike(words.get(end))
        && !language.prepositions().contains(words.get(end).lower())
        && !language.complementizers().contains(words.get(end).lower())) {
      end++;
    }
    if (end == 0) {
      return Optional.empty();
    }
    List<Word> phrase = words.subList(0, end);
    // "Donald Trump, her Republican opponent, bemoaned": the name, not the apposition.
    int comma = text.indexOf(',', phrase.getFirst().start());
    if (comma > 0 && comma < phrase.getLast().end()) {
      List<Word> named = Word.in(text, phrase.getFirst().start(), comma);
      if (!named.isEmpty()) {
        phrase = named;
      }
    }
    if (language.conjunctions().contains(phrase.getFirst().lower())) {
      return Optional.empty();
    }
    TextRange written = new TextRange(phrase.getFirst().start(), phrase.getLast().end());
    return Optional.of(new Speaker(block, written, head(text, phrase)));
  }

  /** A lower-case auxiliary or past form: where a verb phrase begins. */
  boolean verbLike(Word word) {
    String lower = word.lower();
    return !word.capitalized() && (language.auxiliaries().contains(lower)
        || "en".equals(language.code()) && lower.length() > 4 && lower.endsWith("ed"));
  }

  /** The noun phrase after a cue: the inverted subject of a verb, or what a source preposition names. */
  Optional<Speaker> after(String text, int block, TextRange sentence, int cueEnd, List<QuoteMarks.Quoted> quotes,
      boolean source) {
    int ceiling = sentence.end();
    for (QuoteMarks.Quoted quote : quotes) {
      if (quote.range().start() >= cueEnd) {
        ceiling = Math.min(ceiling, quote.range().start());
      }
    }
    TextRange first = segmentAfter(text, cueEnd, ceiling);
    List<Word> words = Word.in(text, first.start(), first.end());
    if (words.isEmpty()) {
      return Optional.empty();
    }
    String lead = words.getFirst().lower();
    boolean opens = language.determiners().contains(lead) || language.pronouns().contains(lead)
        || words.getFirst().capitalized() || source
        || words.stream().limit(3).anyMatch(Word::capitalized);  // "said 9/11 widow Terry Strada"
    if (!opens || TIME_WORDS.contains(lead) && !source || language.prepositions().contains(lead) && !source
        || language.adverbs().contains(lead) && !source || language.complementizers().contains(lead)) {
      return Optional.empty();
    }
    int end = words.size();
    for (int i = 1; i < words.size(); i++) {
      String word = words.get(i).lower();
      boolean cut = language.relatives().contains(word) || language.prepositions().contains(word) && !INNER.contains(word)
          || !words.get(i).capitalized() && (word.endsWith("ed") || word.endsWith("é") || word.endsWith("ée"))
          && !language.determiners().contains(words.get(i - 1).lower()) && i > 1;
      if (cut) {
        end = i;
        break;
      }
    }
    words = words.subList(0, Math.min(end, MAX_WORDS));
    TextRange written = new TextRange(words.getFirst().start(), words.getLast().end());
    // "le vice-ministre libyen de la Défense du GNA, Salah al-Namrouch,": a role, then the name it belongs to.
    if (language.determiners().contains(lead) && first.end() < ceiling && text.charAt(first.end()) == ',') {
      TextRange next = segmentAfter(text, first.end() + 1, ceiling);
      List<Word> name = Word.in(text, next.start(), next.end());
      if (isName(name)) {
        return Optional.of(new Speaker(block, new TextRange(written.start(), name.getLast().end()),
            new TextRange(name.getFirst().start(), name.getLast().end())));
      }
    }
    return Optional.of(new Speaker(block, written, head(text, words)));
  }

  private Optional<Speaker> phraseEndingAt(String text, int block, List<Word> words) {
    int start = 0;
    // Leading conjunctions and subordinators are no part of the subject: "and he said", "as Trump said".
    while (start < words.size() && (language.conjunctions().contains(words.get(start).lower())
        || language.complementizers().contains(words.get(start).lower()))) {
      start++;
    }
    List<Word> phrase = words.subList(start, words.size());
    if (phrase.isEmpty()) {
      return Optional.empty();
    }
    // A long segment or one that opens with a preposition holds more than the subject: keep its end.
    if (phrase.size() > MAX_WORDS || language.prepositions().contains(phrase.getFirst().lower())) {
      int from = phrase.size() - 1;
      while (from > 0 && (phrase.get(from - 1).capitalized() || phrase.get(from - 1).bracketed()
          || language.determiners().contains(phrase.get(from - 1).lower()))
          && !language.pronouns().contains(phrase.get(from).lower())) {
        from--;
      }
      phrase = phrase.subList(from, phrase.size());
    }
    if (phrase.size() > MAX_WORDS || phrase.stream().allMatch(w -> language.prepositions().contains(w.lower())
        || language.determiners().contains(w.lower()) || language.conjunctions().contains(w.lower()))) {
      return Optional.empty();
    }
    String lastWord = phrase.getLast().lower();
    if (phrase.size() == 1 && TIME_WORDS.contains(lastWord)) {
      return Optional.empty();
    }
    TextRange written = new TextRange(phrase.getFirst().start(), phrase.getLast().end());
    return Optional.of(new Speaker(block, written, head(text, phrase)));
  }

  /**
   * The last run of capitalised words, titles left out; the whole phrase when it has none. A name
   * inside a complement is not the head: "a narrator in the Clinton ad" is a narrator.
   */
  private TextRange head(String text, List<Word> words) {
    List<Word> phrase = words;
    for (int i = 1; i < words.size(); i++) {
      String word = words.get(i).lower();
      if (language.prepositions().contains(word) && !INNER.contains(word)) {
        phrase = words.subList(0, i);
        break;
      }
    }
    int end = -1;
    for (int i = phrase.size() - 1; i >= 0; i--) {
      Word word = phrase.get(i);
      if (nameWord(word) && !TITLES.contains(word.lower()) && !(i == 0 && isDeterminer(word))) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      return new TextRange(phrase.getFirst().start(), phrase.getLast().end());
    }
    int start = end;
    while (start > 0) {
      Word previous = phrase.get(start - 1);
      boolean particle = NAME_PARTICLES.contains(previous.lower()) && start - 1 > 0
          && phrase.get(start - 2).capitalized();
      if (!(nameWord(previous) && !TITLES.contains(previous.lower()) && !isDeterminer(previous)) && !particle) {
        break;
      }
      start--;
    }
    return new TextRange(phrase.get(start).start(), phrase.get(end).end());
  }

  private boolean isDeterminer(Word word) {
    return language.determiners().contains(word.lower()) || language.pronouns().contains(word.lower());
  }

  /**
   * An apposition or a relative clause: "who served as…", "the director of…", "un proche de…", an
   * age ("74"), a party and state ("R-Ky.").
   */
  private boolean isAside(List<Word> words) {
    String lead = words.getFirst().lower();
    return language.relatives().contains(lead) || !words.getFirst().capitalized()
        && language.determiners().contains(lead) || words.size() == 1 && PARTY_STATE.matcher(words.getFirst().text())
        .matches() || words.size() <= 2 && Character.isDigit(words.getFirst().text().charAt(0));
  }

  private static final java.util.regex.Pattern PARTY_STATE = java.util.regex.Pattern.compile(
      "[A-Z]-[A-Z][A-Za-z.]{1,12}");

  /** A short run of capitalised words, name particles allowed inside: "Salah al-Namrouch". */
  private static boolean isName(List<Word> words) {
    if (words.isEmpty() || words.size() > 5 || !words.getFirst().capitalized() || !nameWord(words.getLast())) {
      return false;
    }
    return words.stream().allMatch(w -> nameWord(w) || NAME_PARTICLES.contains(w.lower()));
  }

  /** A capitalised word, or a particle joined to one: "al-Namrouch", "el-Sisi". */
  private static boolean nameWord(Word word) {
    int hyphen = word.text().indexOf('-');
    return word.capitalized() || hyphen > 0 && hyphen + 1 < word.text().length()
        && NAME_PARTICLES.contains(word.lower().substring(0, hyphen))
        && Character.isUpperCase(word.text().charAt(hyphen + 1));
  }

  private List<Word> trimAdverbs(List<Word> words) {
    int end = words.size();
    while (end > 0 && language.adverbs().contains(words.get(end - 1).lower())) {
      end--;
    }
    return new ArrayList<>(words.subList(0, end));
  }

  /** The comma-separated segments before {@code end}, nearest first, down to {@code floor}. */
  private static List<TextRange> segmentsBefore(String text, int floor, int end) {
    List<TextRange> segments = new ArrayList<>();
    int segmentEnd = end;
    for (int i = end - 1; i >= floor && segments.size() < 3; i--) {
      if (BOUNDARIES.indexOf(text.charAt(i)) >= 0) {
        segments.add(new TextRange(i + 1, segmentEnd));
        segmentEnd = i;
      }
    }
    if (segments.size() < 3 && segmentEnd > floor) {
      segments.add(new TextRange(floor, segmentEnd));
    }
    return segments;
  }

  private static TextRange segmentAfter(String text, int start, int ceiling) {
    int i = start;
    while (i < ceiling && BOUNDARIES.indexOf(text.charAt(i)) < 0 && text.charAt(i) != '.'
        && text.charAt(i) != '(' || i < ceiling && text.charAt(i) == '.' && i > 0 && abbreviationDot(text, i)) {
      i++;
    }
    return new TextRange(start, i);
  }

  /** The dot of "Mr." or of an initial, which does not end a phrase. */
  private static boolean abbreviationDot(String text, int dot) {
    int i = dot;
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    String word = text.substring(i, dot).toLowerCase(java.util.Locale.ROOT);
    return word.length() == 1 || TITLES.contains(word);
  }
}
