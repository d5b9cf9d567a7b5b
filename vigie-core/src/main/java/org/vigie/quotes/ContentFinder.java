package org.vigie.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a speech tag attributes in its sentence: the quotes on the content side of the tag (both
 * sides when the tag splits a quote: "A," he said, "B."), or the clause on that side when other
 * words fill it (reported speech, or a partial quote inside it), without the writer's own words
 * around it: the addressee of "told reporters that", a circumstance before a quote, a clause that
 * goes on after it ("… and encouraged Americans to …", "…, adding that …").
 */
final class ContentFinder {
  /** Words outside the quotes that still leave a side "quotes only": "and", "but then". */
  static final int LOOSE_WORDS = 2;
  /** How far a told/asked verb's addressee may run before what is said. */
  static final int OBJECT_WORDS = 10;

  /**
   * What was said: one part, or two around a speech tag, and the quoted words inside them.
   *
   * @param quoted the quoted words without their marks; empty for reported speech
   */
  record Content(List<TextRange> parts, List<TextRange> quoted) {
    Content {
      parts = List.copyOf(parts);
      quoted = List.copyOf(quoted);
    }
  }

  private final QuoteLanguage language;
  private final SpeakerFinder speakers;

  ContentFinder(QuoteLanguage language, SpeakerFinder speakers) {
    this.language = language;
    this.speakers = speakers;
  }

  /** Words between a tag and its quote that say when or where: "during the debate last week,". */
  private boolean circumstantial(List<Word> words) {
    return words.size() <= 8 && language.prepositions().contains(words.getFirst().lower());
  }

  /** Words between a tag and the quote it introduces that leave the quote direct: "that", "during the debate,". */
  boolean leadIn(List<Word> words) {
    String lead = words.getFirst().lower();
    return words.size() == 1 && language.complementizers().contains(lead)
        || words.size() <= 8 && language.prepositions().contains(lead);
  }

  /**
   * What the tag attributes: the quotes on the content side of the tag (both sides when the tag
   * splits a quote), or the clause on that side when other words fill it (a partial quote inside
   * reported speech), or reported speech without quotes.
   */
  Optional<Content> said(String text, TextRange sentence, List<QuoteMarks.Quoted> inside, Cue cue, TextRange tag) {
    TextRange before = new TextRange(sentence.start(), Math.max(sentence.start(), tag.start()));
    TextRange after = new TextRange(tag.end(), sentence.end());
    boolean quotesBefore = inside.stream().anyMatch(q -> q.range().end() <= tag.start());
    boolean quotesAfter = inside.stream().anyMatch(q -> q.range().start() >= tag.end());
    List<TextRange> sides = new ArrayList<>();
    // "On Tuesday's episode of “The Show,” the nominee said …": a quote in a circumstance is no content.
    if (quotesBefore && opensWithCircumstance(text, before) && !quotesOnly(text, before, inside)) {
      quotesBefore = false;
    }
    if (quotesBefore) {
      sides.add(before);
    }
    if (quotesAfter && (!quotesBefore || splitsQuote(text, before) && quoteOpens(text, after, inside))) {
      sides.add(after);
    }
    if (sides.isEmpty()) {
      sides.addAll(reportedSides(text, before, after, cue));
    }
    List<TextRange> parts = new ArrayList<>();
    List<TextRange> quoted = new ArrayList<>();
    for (TextRange side : sides) {
      boolean afterTag = side == after;
      TextRange trimmed = trim(text, side, afterTag ? cue : null, inside);
      if (Word.in(text, trimmed.start(), trimmed.end()).isEmpty()) {
        continue;
      }
      List<QuoteMarks.Quoted> quotesIn = inside.stream().filter(q -> trimmed.overlaps(q.range())).toList();
      TextRange part = trimmed;
      if (!quotesIn.isEmpty()) {
        List<Word> leading = Word.in(text, trimmed.start(), quotesIn.getFirst().range().start());
        List<QuoteMarks.Quoted> chained = chain(text, quotesIn);
        List<Word> trailing = Word.in(text, chained.getLast().range().end(), trimmed.end());
        boolean quoteFirst = leading.isEmpty() || circumstantial(leading);
        boolean quoteLast = trailing.size() <= LOOSE_WORDS
            || language.subordinators().contains(trailing.getFirst().lower());
        if (afterTag && quoteFirst && quoteLast) {
          quotesIn = chained;
          part = clip(new TextRange(quotesIn.getFirst().range().start(), quotesIn.getLast().range().end()), trimmed);
        } else if (!afterTag && quotesOnly(text, trimmed, quotesIn)) {
          part = clip(new TextRange(quotesIn.getFirst().range().start(), quotesIn.getLast().range().end()), trimmed);
        }
      }
      if (afterTag && part == trimmed) {
        part = endBeforeNextCue(text, part, inside);
        if (!quotesIn.isEmpty()) {
          part = endAtClause(text, part, quotesIn.getFirst(), quotesIn.getLast());
        }
      }
      parts.add(part);
      TextRange within = part;
      quotesIn.stream().filter(q -> within.overlaps(q.range())).forEach(q -> quoted.add(q.inner(text)));
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(new Content(parts, quoted));
  }

  /**
   * Reported words with a partial quote end with what was said: a clause that opens after the last
   * quote with a subordinator or a time ("after she attacked…", "Wednesday on …") is the writer's.
   */
  private TextRange endAtClause(String text, TextRange part, QuoteMarks.Quoted first, QuoteMarks.Quoted last) {
    int from = Math.min(part.end(), first.range().end());
    List<Word> words = Word.in(text, from, part.end());
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      boolean afterLast = word.start() >= last.range().end();
      boolean clause = afterLast && language.subordinators().contains(word.lower());
      // "… “a con” and encouraged Americans to …", "… “St. Petersburg” — a metaphor": the writer goes on.
      if (!clause && i + 1 < words.size() && language.conjunctions().contains(word.lower())) {
        clause = speakers.verbLike(words.get(i + 1)) || isCue(text, words.get(i + 1));
      }
      String gap = text.substring(i == 0 ? from : words.get(i - 1).end(), word.start());
      if (!clause && afterLast && (gap.contains("—") || gap.contains("–") || gap.contains(" - "))) {
        clause = true;
      }
      if (clause) {
        int end = word.start();
        while (end > part.start() && (Sentences.isSpace(text.charAt(end - 1)) || ",—–-".indexOf(text.charAt(end - 1))
            >= 0)) {
          end--;
        }
        return new TextRange(part.start(), end);
      }
    }
    return part;
  }

  /** Reported words end where the same speaker goes on with a cue of their own: "…, adding that…". */
  private TextRange endBeforeNextCue(String text, TextRange part, List<QuoteMarks.Quoted> quotes) {
    for (Cue cue : language.cues().find(text, part, quotes)) {
      if (cue.range().start() > part.start() && (participleAfterComma(text, cue) || afterConjunction(text, cue))) {
        int end = cue.range().start();
        List<Word> before = Word.in(text, part.start(), end);
        if (!before.isEmpty() && language.conjunctions().contains(before.getLast().lower())) {
          end = before.getLast().start();
        }
        while (end > part.start() && (Sentences.isSpace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
          end--;
        }
        return new TextRange(part.start(), end);
      }
    }
    return part;
  }

  private boolean isCue(String text, Word word) {
    return !language.cues().find(text, new TextRange(word.start(), word.end()), List.of()).isEmpty();
  }

  /** The quotes that follow one another from the first, with at most a word or two between them. */
  private static List<QuoteMarks.Quoted> chain(String text, List<QuoteMarks.Quoted> quotes) {
    int end = 1;
    while (end < quotes.size() && Word.in(text, quotes.get(end - 1).range().end(), quotes.get(end).range().start())
        .size() <= LOOSE_WORDS) {
      end++;
    }
    return quotes.subList(0, end);
  }

  private boolean opensWithCircumstance(String text, TextRange stretch) {
    List<Word> words = Word.in(text, stretch.start(), stretch.end());
    return !words.isEmpty() && language.prepositions().contains(words.getFirst().lower());
  }

  /**
   * True when a quote begins the stretch, after punctuation only or after a circumstance of the
   * tag set off by commas: "A," Trump said during a rally in Kenansville, N.C., "B."
   */
  private boolean quoteOpens(String text, TextRange stretch, List<QuoteMarks.Quoted> quotes) {
    for (QuoteMarks.Quoted quote : quotes) {
      if (quote.range().start() < stretch.start()) {
        continue;
      }
      List<Word> between = Word.in(text, stretch.start(), quote.range().start());
      if (between.isEmpty()) {
        return true;
      }
      String lead = between.getFirst().lower();
      boolean circumstance = between.size() <= OBJECT_WORDS + 2
          && (language.prepositions().contains(lead) || lead.endsWith("ing") || lead.endsWith("ant"))
          && text.substring(stretch.start(), quote.range().start()).stripTrailing().endsWith(",");
      return circumstance;
    }
    return false;
  }

  /** "A," he said, "B." — a quote on each side of the tag, the first ending in a comma. */
  private static boolean splitsQuote(String text, TextRange before) {
    String head = text.substring(before.start(), before.end()).stripTrailing();
    return head.endsWith(",") || head.endsWith(",\"") || head.endsWith(",”") || head.endsWith(",»")
        || head.endsWith("\"") || head.endsWith("”") || head.endsWith("»");
  }

  /**
   * Where reported speech lies: after the tag when the tag opens the sentence or the words after it
   * are a clause ("said that…", "selon X, …"); before it when what follows the tag is only a
   * circumstance ("…, he said on Monday"); on both sides when commas set the tag in the middle
   * ("Climate change, Mr. Obama often says, is the greatest threat").
   */
  private List<TextRange> reportedSides(String text, TextRange before, TextRange after, Cue cue) {
    List<Word> wordsBefore = Word.in(text, before.start(), before.end());
    List<Word> wordsAfter = Word.in(text, after.start(), after.end());
    if (wordsBefore.isEmpty()) {
      return List.of(after);
    }
    if (wordsAfter.isEmpty() || circumstance(wordsAfter)) {
      return List.of(before);
    }
    String head = text.substring(before.start(), before.end()).stripTrailing();
    String tail = text.substring(after.start(), after.end()).stripLeading();
    if (head.endsWith(",") && tail.startsWith(",") && cue.kind() == Cue.Kind.VERB && wordsBefore.size() <= 6) {
      return List.of(before, after);
    }
    return List.of(after);
  }

  /** Words after a tag that only say where, when or how it was said: "in a statement", "lundi". */
  private boolean circumstance(List<Word> words) {
    String lead = words.getFirst().lower();
    return language.prepositions().contains(lead) || language.adverbs().contains(lead)
        || words.size() <= 2 && words.getFirst().capitalized();
  }

  /**
   * A side without its edges: punctuation and spaces at both ends, a final stop outside any quote,
   * and after a verb that takes an addressee, the addressee ("told reporters that…" → "that…").
   */
  private TextRange trim(String text, TextRange side, Cue afterCue, List<QuoteMarks.Quoted> inside) {
    int start = side.start();
    int end = side.end();
    while (start < end && (Sentences.isSpace(text.charAt(start)) || ",:;—–-".indexOf(text.charAt(start)) >= 0)) {
      start++;
    }
    if (afterCue != null) {
      // "scolded him: “…”", "in the early morning hours that …": what was said starts at the colon or "that".
      List<Word> words = Word.in(text, start, end);
      for (int i = 0; i < Math.min(words.size(), OBJECT_WORDS); i++) {
        int wordEnd = words.get(i).end();
        String word = words.get(i).lower();
        if (wordEnd < end && text.charAt(wordEnd) == ':') {
          start = wordEnd + 1;
          break;
        }
        if (i > 0 && language.complementizers().contains(word)
            && language.prepositions().contains(words.getFirst().lower())) {
          start = words.get(i).start();
          break;
        }
      }
      while (start < end && Sentences.isSpace(text.charAt(start))) {
        start++;
      }
    }
    if (afterCue != null && afterCue.takesObject()) {
      List<Word> words = Word.in(text, start, end);
      int from = start;
      for (int i = 0; i < Math.min(words.size(), OBJECT_WORDS); i++) {
        int wordStart = words.get(i).start();
        boolean quoteNext = inside.stream().anyMatch(q -> q.range().start() >= from && q.range().start() <= wordStart);
        if (quoteNext) {
          break;
        }
        String word = words.get(i).lower();
        if (language.complementizers().contains(word) || word.equals("how") || word.equals("what")
            || word.equals("why") || word.equals("whether") || word.equals("comment") || word.equals("pourquoi")) {
          start = wordStart;
          break;
        }
      }
    }
    while (end > start) {
      char c = text.charAt(end - 1);
      int last = end - 1;
      boolean inQuote = inside.stream().anyMatch(q -> q.range().start() < last && last < q.range().end());
      if (Sentences.isSpace(c) || (",;:—–".indexOf(c) >= 0 || ".!?".indexOf(c) >= 0) && !inQuote) {
        end--;
      } else {
        break;
      }
    }
    return new TextRange(start, end);
  }

  /** True when the side holds nothing but its quotes and a word or two. */
  private static boolean quotesOnly(String text, TextRange side, List<QuoteMarks.Quoted> quotes) {
    int loose = 0;
    int q = 0;
    for (Word word : Word.in(text, side.start(), side.end())) {
      while (q < quotes.size() && quotes.get(q).range().end() <= word.start()) {
        q++;
      }
      if (q >= quotes.size() || !quotes.get(q).range().contains(word.start())) {
        loose++;
        if (loose > LOOSE_WORDS) {
          return false;
        }
      }
    }
    return true;
  }

  static TextRange clip(TextRange range, TextRange within) {
    int start = Math.max(range.start(), within.start());
    return new TextRange(start, Math.max(start, Math.min(range.end(), within.end())));
  }

  /** "…, saying that …", "…, ajoutant que …": a participle whose subject is the sentence's. */
  static boolean participleAfterComma(String text, Cue cue) {
    String word = cue.range().in(text).toLowerCase(java.util.Locale.ROOT);
    if (!word.endsWith("ing") && !word.endsWith("ant")) {
      return false;
    }
    int i = cue.range().start() - 1;
    while (i >= 0 && Sentences.isSpace(text.charAt(i))) {
      i--;
    }
    return i >= 0 && text.charAt(i) == ',';
  }

  boolean afterConjunction(String text, Cue cue) {
    List<Word> before = Word.in(text, Math.max(0, cue.range().start() - 12), cue.range().start());
    return !before.isEmpty() && language.conjunctions().contains(before.getLast().lower())
        && before.getLast().end() >= cue.range().start() - 2;
  }
}
