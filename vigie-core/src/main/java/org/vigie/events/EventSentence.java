package org.vigie.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.vigie.entities.TextTokenizer;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Mention;
import org.vigie.model.Place;
import org.vigie.model.Span;
import org.vigie.model.SpanTarget;
import org.vigie.model.TimeExpression;

/**
 * One sentence of a title, body block or caption as event reading sees it: its words with their
 * offsets, and the names, places and times the earlier stages found in it, each anchored on the
 * words it covers; also which words belong to a role the text gives someone ("chef du GNA"), since
 * a name inside a role describes a person and does not act.
 */
final class EventSentence {
  record Word(String text, String lower, int start, int end) {}

  /**
   * A name on words {@code [first, end)}, with its entity when the recogniser linked one.
   *
   * @param inRole whether it is an organisation or a place inside a role the text gives someone ("chef du GNA")
   */
  record NameAt(int first, int end, Mention mention, Optional<Entity> entity, boolean inRole) {
    EntityType type() {
      return entity.map(Entity::type).orElse(mention.type());
    }
  }

  record PlaceAt(int first, int end, Place place, boolean demonym) {}

  record TimeAt(int first, int end, TimeExpression time) {}

  final SpanTarget in;
  final int index;
  final String text;
  final List<Word> words;
  final List<String> lower;
  final List<NameAt> names;
  final List<PlaceAt> places;
  final List<TimeAt> times;
  private final int[] nameAt;
  private final int[] timeAt;
  private final int[] roleStart;
  /** Which words stand inside quotation marks, computed on first use. */
  private boolean[] quoteDepth;

  private EventSentence(SpanTarget in, int index, String text, List<Word> words, List<NameAt> names,
      List<PlaceAt> places, List<TimeAt> times, int[] roleStart) {
    this.in = in;
    this.index = index;
    this.text = text;
    this.words = List.copyOf(words);
    this.lower = this.words.stream().map(Word::lower).toList();
    this.names = List.copyOf(names);
    this.places = List.copyOf(places);
    this.times = List.copyOf(times);
    this.roleStart = roleStart;
    this.nameAt = new int[words.size()];
    this.timeAt = new int[words.size()];
    Arrays.fill(nameAt, -1);
    Arrays.fill(timeAt, -1);
    for (int n = 0; n < names.size(); n++) {
      for (int w = names.get(n).first(); w < names.get(n).end(); w++) {
        nameAt[w] = n;
      }
    }
    for (int t = 0; t < times.size(); t++) {
      for (int w = times.get(t).first(); w < times.get(t).end(); w++) {
        timeAt[w] = t;
      }
    }
  }

  /**
   * What the article says in one text (a title, a body block, a caption): its names, places, times
   * and the spans of the roles it gives, each list in the order of the text.
   */
  record Annotated(List<Mention> mentions, Map<String, Entity> entities, List<Place> places,
      List<TimeExpression> times, List<Span> roles, EventLanguage language) {}

  /** The sentences of one text, cut as the name recogniser cuts them. */
  static List<EventSentence> of(SpanTarget in, int index, String text, Annotated annotated) {
    List<EventSentence> sentences = new ArrayList<>();
    int[] next = new int[4];
    for (List<TextTokenizer.Token> tokens : new TextTokenizer().sentences(text)) {
      List<Word> words = tokens.stream()
          .map(t -> new Word(t.text(), TriggerLexicon.lower(t.text()), t.start(), t.end())).toList();
      WordRange range = new WordRange(in, index, words);
      int to = words.getLast().end();
      int[] roleStart = new int[words.size()];
      Arrays.fill(roleStart, -1);
      for (Span role : inSentence(annotated.roles(), Function.identity(), next, 0, to)) {
        range.of(role).ifPresent(r -> Arrays.fill(roleStart, r[0], r[1], r[0]));
      }
      List<NameAt> names = new ArrayList<>();
      for (Mention m : inSentence(annotated.mentions(), Mention::span, next, 1, to)) {
        if (m.type() == EntityType.MISC && org.vigie.entities.Lexicon.shared()
            .demonymCountry(annotated.language().code(), m.text()).isPresent()) {
          continue;  // a nationality ("Kenyan police") says whose, not who
        }
        range.of(m.span()).ifPresent(r -> names.add(new NameAt(r[0], r[1], m,
            m.entity().map(annotated.entities()::get), roleStart[r[0]] >= 0 && m.type() != EntityType.PER)));
      }
      List<PlaceAt> places = new ArrayList<>();
      for (Place p : inSentence(annotated.places(), Place::span, next, 2, to)) {
        boolean demonym = org.vigie.entities.Lexicon.shared().demonymCountry(annotated.language().code(), p.text())
            .isPresent() || Character.isLowerCase(p.text().charAt(0));
        range.of(p.span()).ifPresent(r -> places.add(new PlaceAt(r[0], r[1], p, demonym)));
      }
      List<TimeAt> times = new ArrayList<>();
      for (TimeExpression t : inSentence(annotated.times(), TimeExpression::span, next, 3, to)) {
        range.of(t.span()).ifPresent(r -> times.add(new TimeAt(r[0], r[1], t)));
      }
      names.sort((a, b) -> a.first() - b.first());
      removeOverlaps(names);
      sentences.add(new EventSentence(in, index, text, words, names, places, times, roleStart));
    }
    return sentences;
  }

  /**
   * The items of a list in the order of the text that start before {@code to}, from where the
   * previous sentence stopped ({@code next[which]}): each text is swept once, however many
   * sentences and annotations it holds.
   */
  private static <T> List<T> inSentence(List<T> items, Function<T, Span> span, int[] next, int which, int to) {
    int from = next[which];
    int end = from;
    while (end < items.size() && span.apply(items.get(end)).start() < to) {
      end++;
    }
    next[which] = end;
    return items.subList(from, end);
  }

  private static void removeOverlaps(List<NameAt> names) {
    for (int i = names.size() - 1; i > 0; i--) {
      if (names.get(i).first() < names.get(i - 1).end()) {
        names.remove(i);
      }
    }
  }

  /** The words a span covers in one sentence, {@code [first, end)}, when it lies in the sentence. */
  private record WordRange(SpanTarget in, int index, List<Word> words) {
    Optional<int[]> of(Span span) {
      if (!inside(span, in, index, words.getFirst().start(), words.getLast().end())) {
        return Optional.empty();
      }
      int first = firstWord(words, span.start());
      int end = endWord(words, span.end());
      return first < end ? Optional.of(new int[] {first, end}) : Optional.empty();
    }
  }

  private static boolean inside(Span span, SpanTarget in, int index, int from, int to) {
    return span.in() == in && span.index() == index && span.start() >= from && span.end() <= to;
  }

  /** The first word that ends after {@code offset}. */
  private static int firstWord(List<Word> words, int offset) {
    int low = 0;
    int high = words.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (words.get(middle).end() <= offset) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** One past the last word that starts before {@code offset}. */
  private static int endWord(List<Word> words, int offset) {
    int low = 0;
    int high = words.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (words.get(middle).start() < offset) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  int size() {
    return words.size();
  }

  /** The sentence's span in its text. */
  Span span() {
    return new Span(in, index, words.getFirst().start(), words.getLast().end());
  }

  /** The span of words {@code [first, end)}. */
  Span span(int first, int end) {
    return new Span(in, index, words.get(first).start(), words.get(end - 1).end());
  }

  /** The text of words {@code [first, end)} as written. */
  String text(int first, int end) {
    return text.substring(words.get(first).start(), words.get(end - 1).end());
  }

  Optional<NameAt> nameAt(int word) {
    return word < 0 || word >= nameAt.length || nameAt[word] < 0 ? Optional.empty()
        : Optional.of(names.get(nameAt[word]));
  }

  Optional<TimeAt> timeAt(int word) {
    return word < 0 || word >= timeAt.length || timeAt[word] < 0 ? Optional.empty()
        : Optional.of(times.get(timeAt[word]));
  }

  /**
   * Whether the word stands inside quotation marks: an odd number of marks before it in the
   * sentence ("“", "”", "«", "»", '"' and doubled single quotes counted alike).
   */
  boolean quoted(int word) {
    if (quoteDepth == null) {
      quoteDepth = new boolean[words.size()];
      boolean inside = false;
      for (int k = 0; k < words.size(); k++) {
        String w = lower.get(k);
        boolean mark = w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("«") || w.equals("»")
            || w.equals("''");
        if (mark) {
          inside = w.equals("“") || w.equals("«") || !w.equals("”") && !w.equals("»") && !inside;
        }
        quoteDepth[k] = inside && !mark;
      }
    }
    return word >= 0 && word < quoteDepth.length && quoteDepth[word];
  }

  /** Whether the word stands between brackets, an aside ("(20 h 30 en France)"). */
  boolean bracketed(int word) {
    for (int k = word - 1; k >= 0 && k > word - 12; k--) {
      if (lower.get(k).equals(")")) {
        return false;
      }
      if (lower.get(k).equals("(")) {
        return true;
      }
    }
    return false;
  }

  /** The first word of the role the word belongs to, or -1. */
  int roleStart(int word) {
    return word < 0 || word >= roleStart.length ? -1 : roleStart[word];
  }

  /** The places that start on words {@code [from, to)}. */
  List<PlaceAt> placesIn(int from, int to) {
    return between(places, PlaceAt::first, from, to);
  }

  /** The times that start on words {@code [from, to)}. */
  List<TimeAt> timesIn(int from, int to) {
    return between(times, TimeAt::first, from, to);
  }

  private static <T> List<T> between(List<T> items, java.util.function.ToIntFunction<T> first, int from, int to) {
    int low = 0;
    int high = items.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (first.applyAsInt(items.get(middle)) < from) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    int end = low;
    while (end < items.size() && first.applyAsInt(items.get(end)) < to) {
      end++;
    }
    return items.subList(low, end);
  }

  /** The place on exactly or around these words, when the places stage resolved one. */
  Optional<PlaceAt> placeOn(int first, int end) {
    return placesIn(Math.max(0, first - 8), end).stream().filter(p -> p.first() < end && first < p.end()).findFirst();
  }
}
