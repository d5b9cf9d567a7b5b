package org.vigie.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigie.model.SpanTarget;

/**
 * Finds place names in a text with the gazetteer alone: the longest run of capitalised words (with
 * the small words place names contain, "Saint-Denis-de-la-Réunion", "Côte d'Ivoire") that is a
 * gazetteer name, and the demonyms and adjectives of countries ("libyen", "Turkish").
 *
 * <p>Two hundred thousand place names include many ordinary words and first names ("Reading",
 * "Police", "Florence", "Jackson"), so a name is dropped when it is a function word, a month or a
 * weekday, follows a title ("M.", "President") or another capitalised word that is no place (a
 * first name: "George Washington", "Hulusi Akar"); a common English word or a sentence's capitalised
 * first word is only kept as {@link Toponym#weak()}, for the resolver to confirm from context.
 * Thread-safe.
 */
public final class PlaceFinder {
  private static final int MAX_TOKENS = 7;
  private final Gazetteer gazetteer;

  public PlaceFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** A word of the text. */
  private record Token(int start, int end, boolean capitalised, boolean allCaps, boolean sentenceStart,
      boolean elision, boolean unreliableCase) {
  }

  public List<Toponym> find(String text, SpanTarget in, int index) {
    List<Token> tokens = tokenize(text);
    List<Toponym> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token first = tokens.get(i);
      if (first.elision()) {
        continue;
      }
      Match match = first.capitalised() ? longest(text, tokens, i) : demonym(text, first, i);
      if (match == null) {
        continue;
      }
      Toponym toponym = judge(text, tokens, i, match, in, index);
      if (toponym != null) {
        found.add(toponym);
        i = match.last;
      }
    }
    return found;
  }

  private record Match(int last, int end, List<NameHit> hits) {
  }

  /** The longest gazetteer name starting at token {@code i}. */
  private Match longest(String text, List<Token> tokens, int i) {
    Match best = null;
    Token first = tokens.get(i);
    for (int j = i; j < tokens.size() && j < i + MAX_TOKENS; j++) {
      Token t = tokens.get(j);
      if (j > i) {
        String gap = text.substring(tokens.get(j - 1).end(), t.start());
        if (!(gap.equals(" ") || gap.equals("-") || gap.isEmpty())) {
          break;
        }
      }
      String key = NameKey.fold(text.substring(first.start(), t.end()));
      if (key == null) {
        break;
      }
      if (t.capitalised() || t.allCaps()) {
        List<NameHit> hits = usable(gazetteer.lookup(key), text, first.start(), t.end());
        if (!hits.isEmpty() && !(best != null && organisation(text, tokens, j, hits, best))) {
          best = new Match(j, t.end(), hits);
        }
      } else if (j == i || !Lexicon.CONNECTORS.contains(key.substring(key.lastIndexOf(' ') + 1))
          && !t.elision()) {
        break;
      }
      if (!gazetteer.hasNameStartingWith(key.endsWith("'") ? key : key + " ")) {
        break;
      }
    }
    return best;
  }

  /**
   * A longer name known only as another place's alternate name, right before a capitalised word,
   * is the start of an organisation's name that the shorter place name begins: "Dublin City
   * Council" in Ohio is Dublin's council, not that of Dublin City, Ireland.
   */
  private static boolean organisation(String text, List<Token> tokens, int j, List<NameHit> longer, Match shorter) {
    if (j + 1 >= tokens.size() || !longer.stream().allMatch(NameHit::alternate)
        || shorter.hits().stream().allMatch(NameHit::alternate)) {
      return false;
    }
    Token next = tokens.get(j + 1);
    return next.capitalised() && !next.unreliableCase() && text.substring(tokens.get(j).end(), next.start()).equals(" ");
  }

  /** A lower-case word that is a country's adjective ("libyen", "turque", "nord-coréen"). */
  private Match demonym(String text, Token token, int i) {
    String key = NameKey.fold(text.substring(token.start(), token.end()));
    if (key == null) {
      return null;
    }
    List<NameHit> hits = gazetteer.lookup(key).stream().filter(NameHit::demonym).toList();
    return hits.isEmpty() ? null : new Match(i, token.end(), hits);
  }

  /**
   * Abbreviations count only in capitals or with periods ("US", "Ga."), not as "us" or "Ga". A
   * county's bare name ("Baker", "Johnson") is a surname as often as a place: only a recogniser's
   * place mention reads it as the county.
   */
  private List<NameHit> usable(List<NameHit> hits, String text, int start, int end) {
    hits = hits.stream().filter(h -> !(h.alternate() && gazetteer.kind(h.entry()) == PlaceKind.COUNTY)).toList();
    if (hits.stream().noneMatch(NameHit::abbreviation)) {
      return hits;
    }
    String written = text.substring(start, end);
    boolean capitals = written.length() >= 2 && written.equals(written.toUpperCase(Locale.ROOT));
    boolean periods = written.indexOf('.') >= 0 || (end < text.length() && text.charAt(end) == '.');
    return capitals || periods ? hits : hits.stream().filter(h -> !h.abbreviation()).toList();
  }

  private Toponym judge(String text, List<Token> tokens, int i, Match match, SpanTarget in, int index) {
    Token first = tokens.get(i);
    int end = match.end();
    boolean onlyAbbreviations = match.hits().stream().allMatch(NameHit::abbreviation);
    if (onlyAbbreviations && end < text.length() && text.charAt(end) == '.' && text.substring(first.start(), end)
        .length() <= 5) {
      end++; // "Ga." is the name, period included
    }
    String written = text.substring(first.start(), end);
    String key = NameKey.fold(written);
    boolean single = match.last() == i;
    if (single && (Lexicon.STOP_WORDS.contains(key) || Lexicon.CALENDAR.contains(key))) {
      return null;
    }
    Token previous = i > 0 ? tokens.get(i - 1) : null;
    if (previous != null && previous.end() >= first.start() - 2) {
      String before = NameKey.fold(text.substring(previous.start(), previous.end()));
      if (before != null && first.capitalised() && Lexicon.TITLES.contains(before)) {
        return null; // "M. Paris", "President Jackson"; not "le ministre turc"
      }
      if (personName(text, previous, first, before)) {
        return null;
      }
    }
    if (streetName(text, tokens, i, match.last())) {
      return null;
    }
    boolean descriptorOnly = single && Lexicon.DESCRIPTORS.contains(key);
    if (descriptorOnly && match.last() + 1 < tokens.size()) {
      Token next = tokens.get(match.last() + 1);
      if (next.capitalised() && text.substring(end, next.start()).equals(" ")) {
        return null; // "South Ossetia", "Eastern Ghouta", "West Bank": a longer name the gazetteer lacks, not Cameroon's "South"
      }
    }
    boolean bigPlace = match.hits().stream().anyMatch(h -> !h.alternate() && !h.demonym()
        && gazetteer.kind(h.entry()) != PlaceKind.CITY);
    boolean uncertainCase = first.sentenceStart() || first.unreliableCase();
    boolean weak = descriptorOnly; // "the South" is a Cameroonian region only in an article about Cameroon
    if (single && !bigPlace && !first.allCaps()) {
      if (gazetteer.isCommonWord(key)) {
        if (uncertainCase) {
          return null;
        }
        weak = true;
      } else if (uncertainCase && match.hits().stream().allMatch(h -> gazetteer.population(h.entry()) < 10_000)) {
        weak = true; // a capitalised first word that only names villages
      }
    }
    if (single && first.allCaps() && match.hits().stream().noneMatch(NameHit::abbreviation)
        && gazetteer.isCommonWord(key)) {
      return null; // a shouted common word in a headline, not a dateline
    }
    if (single && uncertainCase && match.last() + 1 < tokens.size()) {
      Token next = tokens.get(match.last() + 1);
      if (next.capitalised() && !next.unreliableCase() && text.substring(end, next.start()).equals(" ")) {
        weak = true; // "George Washington said": a first name at the start of a sentence
      }
    }
    return new Toponym(in, index, first.start(), end, written, match.hits(), weak, false);
  }

  /**
   * A capitalised word just before the name that is neither a place, a descriptor ("North"), nor a
   * sentence's capitalised first word: the name is a surname ("George Washington", "Hulusi Akar").
   */
  /** "Clarksville St.", "Main Street", "rue de Paris": the name is a street's, not the place's. */
  private static boolean streetName(String text, List<Token> tokens, int first, int last) {
    if (last + 1 < tokens.size()) {
      Token next = tokens.get(last + 1);
      String after = NameKey.fold(text.substring(next.start(), next.end()));
      if (after != null && text.substring(tokens.get(last).end(), next.start()).equals(" ") && next.capitalised()
          && Lexicon.STREET_AFTER.contains(after)) {
        return true;
      }
    }
    if (first >= 2) {
      Token of = tokens.get(first - 1);
      Token street = tokens.get(first - 2);
      String ofKey = NameKey.fold(text.substring(of.start(), tokens.get(first).start()).strip());
      String streetKey = NameKey.fold(text.substring(street.start(), street.end()));
      return ofKey != null && streetKey != null && Lexicon.STREET_BEFORE.contains(streetKey)
          && (ofKey.equals("de") || ofKey.equals("du") || ofKey.equals("des") || ofKey.equals("d'"));
    }
    return false;
  }

  private boolean personName(String text, Token previous, Token first, String before) {
    if (!previous.capitalised() || previous.unreliableCase() || before == null
        || !text.substring(previous.end(), first.start()).equals(" ")) {
      return false;
    }
    if (Lexicon.DESCRIPTORS.contains(before) || Lexicon.STOP_WORDS.contains(before)
        || Lexicon.CONNECTORS.contains(before)) {
      return false;
    }
    if (previous.sentenceStart() && gazetteer.isCommonWord(before)) {
      return false; // "Visiting Tripoli, …"
    }
    return gazetteer.lookup(before).stream().noneMatch(NameHit::demonym);
  }

  private static boolean elisionPrefix(String text, int start, int end) {
    String prefix = text.substring(start, end).toLowerCase(Locale.ROOT);
    return switch (prefix) {
      case "l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu", "presqu" -> true;
      default -> false;
    };
  }

  private static boolean apostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static List<Token> tokenize(String text) {
    List<int[]> spans = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
          i++;
        } else if (apostrophe(c) && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
          if ((text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
              && (i + 2 >= n || !Character.isLetter(text.charAt(i + 2)))) {
            break; // "Atlanta's": the possessive is not part of the name
          }
          if (elisionPrefix(text, start, i)) {
            spans.add(new int[] {start, i + 1, 1});
            start = i + 1;
          }
          i++;
        } else if (c == '.' && i + 1 < n && Character.isLetter(text.charAt(i + 1)) && i - start <= 2
            && Character.isUpperCase(text.charAt(i + 1))) {
          i++; // "U.S", "N.Y", "W.Va"
        } else {
          break;
        }
      }
      if (i > start) {
        spans.add(new int[] {start, i, 0});
      }
      if (i < n && text.charAt(i) == '.' && i - start <= 3 && i > start && text.indexOf('.', start) < i) {
        i++; // the last period of "U.S." belongs to the word
        spans.get(spans.size() - 1)[1] = i;
      }
    }
    boolean[] unreliable = headlineCase(text, spans);
    List<Token> tokens = new ArrayList<>(spans.size());
    for (int k = 0; k < spans.size(); k++) {
      int[] s = spans.get(k);
      char c = text.charAt(s[0]);
      boolean capitalised = Character.isUpperCase(c);
      boolean allCaps = capitalised && s[1] - s[0] >= 2 && allUpper(text, s[0], s[1]);
      tokens.add(new Token(s[0], s[1], capitalised, allCaps, sentenceStart(text, s[0]), s[2] == 1, unreliable[k]));
    }
    return tokens;
  }

  private static boolean allUpper(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** First word of a text, a line or a sentence, or of a quotation: capitals say nothing there. */
  private static boolean sentenceStart(String text, int start) {
    int i = start - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0' || text.charAt(i) == '\t')) {
      i--;
    }
    if (i < 0) {
      return true;
    }
    char c = text.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '\u00AB' || c == '\u201C'
        || c == '(' || c == '\u2014' || c == '\u2013' || c == '-' && i > 0 && text.charAt(i - 1) == ' ';
  }

  /**
   * Marks the words of headline-cased sentences ("Turkish Minister Visits Tripoli"), where most
   * words are capitalised and capitals no longer tell names apart.
   */
  private static boolean[] headlineCase(String text, List<int[]> spans) {
    boolean[] marks = new boolean[spans.size()];
    int sentence = 0;
    for (int k = 0; k <= spans.size(); k++) {
      boolean boundary = k == spans.size() || (k > sentence && endsSentence(text, spans.get(k - 1)[1],
          spans.get(k)[0]));
      if (!boundary) {
        continue;
      }
      int words = 0;
      int capitalised = 0;
      for (int m = sentence; m < k; m++) {
        int[] s = spans.get(m);
        if (s[1] - s[0] >= 4) {
          words++;
          if (Character.isUpperCase(text.charAt(s[0]))) {
            capitalised++;
          }
        }
      }
      if (words >= 4 && capitalised >= 0.7 * words) {
        for (int m = sentence; m < k; m++) {
          marks[m] = true;
        }
      }
      sentence = k;
    }
    return marks;
  }

  private static boolean endsSentence(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\n') {
        return true;
      }
    }
    return false;
  }
}
