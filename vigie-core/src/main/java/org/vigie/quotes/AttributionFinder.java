package org.vigie.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds attributed speech block by block, sentence by sentence, in the manner of the rule-based
 * quotation extractors of Pouliquen, Steinberger and Best ("Automatic detection of quotations in
 * multilingual news", RANLP 2007) and Pareti et al. (PARC, 2013): a cue in the sentence, its speaker
 * around it ({@link SpeakerFinder}), and what was said on the other side of the speech tag — the
 * quotes when the sentence is quotes and tag only, else the clause (reported speech, or a partial
 * quote inside it). A sentence that is a quote with no cue goes on with the quote before it, in the
 * same paragraph or, for a quote that runs over paragraphs, the next.
 */
final class AttributionFinder {
  /** A sentence is a quote when at least this share of its letters is quoted. */
  private static final double QUOTED_SHARE = 0.6;
  /** Words outside the quotes that still leave a side "quotes only": "and", "but then". */
  private static final int LOOSE_WORDS = 2;
  /** The most cues of one sentence tried as its speech tag. */
  private static final int MAX_CUES = 8;
  /** The longest sentence read as a speech tag for the quote sentence before it. */
  private static final int TAG_SENTENCE_WORDS = 12;
  /** How far a told/asked verb's addressee may run before what is said. */
  private static final int OBJECT_WORDS = 10;
  private static final Pattern SIGNATURE = Pattern.compile("^\\s*[―—–]\\s*(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}"
      + "[\\p{L}'’.\\-]*){0,3})");

  private final QuoteLanguage language;
  private final SpeakerFinder speakers;

  AttributionFinder(QuoteLanguage language) {
    this.language = language;
    this.speakers = new SpeakerFinder(language);
  }

  /** The attributions of the blocks (title, paragraphs) in reading order. */
  List<Attribution> find(List<String> blocks) {
    List<Attribution> found = new ArrayList<>();
    Optional<Attribution> carried = Optional.empty();
    Optional<Tagged> announced = Optional.empty();  // "X said:" closing a paragraph, its quote in the next
    for (int block = 0; block < blocks.size(); block++) {
      String text = blocks.get(block);
      List<QuoteMarks.Quoted> quotes = QuoteMarks.find(text);
      List<TextRange> sentences = Sentences.split(text, quotes);
      int open = -1;  // index in found of the direct attribution a following quote continues
      TextRange pending = null;  // a quote sentence without a tag, which a short tag sentence may claim
      int firstQuote = 0;
      for (int s = 0; s < sentences.size(); s++) {
        TextRange sentence = sentences.get(s);
        while (firstQuote < quotes.size() && quotes.get(firstQuote).range().end() <= sentence.start()) {
          firstQuote++;
        }
        List<QuoteMarks.Quoted> inside = overlapping(quotes, firstQuote, sentence);
        List<Attribution> attributions = attribute(text, block, sentence, inside, quotes);
        Optional<Attribution> attribution = attributions.isEmpty() ? Optional.empty()
            : Optional.of(attributions.getFirst());
        if (attribution.isEmpty() && pending != null && Word.in(text, sentence.start(), sentence.end()).size()
            <= TAG_SENTENCE_WORDS) {
          // “How many times…?” Clinton said. — the quote's own stop ended a sentence before its tag.
          TextRange joined = new TextRange(pending.start(), sentence.end());
          attributions = attribute(text, block, joined, overlapping(quotes, 0, joined), quotes);
        }
        pending = null;
        if (attributions.isEmpty() && open < 0 && !inside.isEmpty()) {
          incise(text, block, sentence, inside).ifPresent(attributions::add);
        }
        if (!attributions.isEmpty()) {
          found.addAll(attributions);
          open = attributions.getLast().direct() ? found.size() - 1 : -1;
          continue;
        }
        if (inside.isEmpty() || !mostlyQuoted(text, sentence, inside)) {
          open = -1;
          continue;
        }
        if (open < 0) {
          pending = sentence;
        }
        List<TextRange> parts = inside.stream().map(q -> clip(q.range(), sentence)).toList();
        List<TextRange> words = inside.stream().map(q -> q.inner(text)).toList();
        if (open >= 0) {
          found.set(open, found.get(open).continuedBy(parts, words));
        } else if (s == 0 && announced.isPresent()) {
          // The cue is in the paragraph before: this one has only what was said.
          found.add(new Attribution(block, parts, words, announced.get().speaker(), Optional.empty()));
          open = found.size() - 1;
        } else if (s == 0 && carried.isPresent()) {
          found.add(new Attribution(block, parts, words, carried.get().speaker(), Optional.empty()));
          open = found.size() - 1;
        }
      }
      carried = open >= 0 ? Optional.of(found.get(open)) : Optional.empty();
      announced = sentences.isEmpty() ? Optional.empty() : announcing(text, block, sentences.getLast(), quotes);
    }
    return found;
  }

  /**
   * The attributions of a sentence: the one of its speech tag, then those of the cues that go on
   * with the same speaker after it ("…," the mayor said, adding that it would take "more hours").
   */
  private List<Attribution> attribute(String text, int block, TextRange sentence,
      List<QuoteMarks.Quoted> inside, List<QuoteMarks.Quoted> quotes) {
    List<Cue> cues = new ArrayList<>(language.cues().find(text, sentence, quotes));
    if (!inside.isEmpty()) {
      signed(text, block, sentence, inside).ifPresent(cues::addFirst);
    }
    List<Tagged> tagged = new ArrayList<>();
    if (cues.size() > MAX_CUES) {
      cues = new ArrayList<>(cues.subList(0, MAX_CUES));  // no prose sentence has more; a list of verbs is no speech
    }
    for (Cue cue : cues) {
      Optional<Speaker> speaker = speakerOf(text, block, sentence, cue, quotes);
      if (speaker.isPresent() || cue.kind() == Cue.Kind.SOURCE) {
        tagged.add(new Tagged(cue, speaker, tag(block, sentence, cue, speaker)));
      }
    }
    // The tag that touches a quote is the speech tag; other cues belong to the reported words.
    tagged.sort(Comparator.comparing((Tagged t) -> !touches(text, t.tag(), inside)));
    List<Attribution> found = new ArrayList<>();
    for (Tagged candidate : tagged) {
      Optional<Attribution> attribution = said(text, block, sentence, inside, candidate);
      if (attribution.isPresent()) {
        found.add(attribution.get());
        found.addAll(goingOn(text, block, sentence, inside, cues, attribution.get(), candidate));
        break;
      }
    }
    return found;
  }

  /** Attributions of participles and coordinated verbs after the tag, with the tag's speaker. */
  private List<Attribution> goingOn(String text, int block, TextRange sentence, List<QuoteMarks.Quoted> inside,
      List<Cue> cues, Attribution first, Tagged tag) {
    List<Attribution> more = new ArrayList<>();
    int consumed = Math.max(tag.tag().end(), first.envelope().end());
    for (Cue cue : cues) {
      if (cue.range().start() < consumed || cue.kind() != Cue.Kind.VERB
          || !participleAfterComma(text, cue) && !afterConjunction(text, cue)) {
        continue;
      }
      TextRange rest = new TextRange(cue.range().start(), sentence.end());
      List<QuoteMarks.Quoted> quotesIn = inside.stream().filter(q -> q.range().overlaps(rest)).toList();
      Optional<Attribution> next = said(text, block, rest, quotesIn,
          new Tagged(cue, first.speaker(), cue.range()));
      if (next.isPresent()) {
        more.add(next.get());
        consumed = next.get().envelope().end();
      }
    }
    return more;
  }

  private boolean afterConjunction(String text, Cue cue) {
    List<Word> before = Word.in(text, Math.max(0, cue.range().start() - 12), cue.range().start());
    return !before.isEmpty() && language.conjunctions().contains(before.getLast().lower())
        && before.getLast().end() >= cue.range().start() - 2;
  }

  /** "…, saying that …", "…, ajoutant que …": a participle whose subject is the sentence's. */
  private static boolean participleAfterComma(String text, Cue cue) {
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

  /**
   * The French incise: a speech tag set inside the quotation marks between commas, « Nous
   * reconstruirons l'école, a déclaré le maire, et vite. » The quote is what stands around it.
   */
  private Optional<Attribution> incise(String text, int block, TextRange sentence,
      List<QuoteMarks.Quoted> inside) {
    for (QuoteMarks.Quoted quote : inside) {
      TextRange words = quote.inner(text);
      for (Cue cue : language.cues().find(text, words, List.of())) {
        int comma = text.lastIndexOf(',', cue.range().start());
        if (comma <= words.start() || !Word.in(text, comma, cue.range().start()).isEmpty()) {
          continue;
        }
        Optional<Speaker> speaker = cue.pronoun().map(p -> new Speaker(block, p, p))
            .or(() -> speakers.after(text, block, sentence, cue.range().end(), List.of(), false));
        if (speaker.isEmpty()) {
          continue;
        }
        int tagEnd = Math.max(cue.range().end(), speaker.get().written().end());
        int resume = tagEnd;
        while (resume < words.end() && (Sentences.isSpace(text.charAt(resume)) || ",.;".indexOf(text.charAt(resume))
            >= 0)) {
          resume++;
        }
        List<TextRange> parts = new ArrayList<>(List.of(new TextRange(quote.range().start(), comma)));
        List<TextRange> quoted = new ArrayList<>(List.of(new TextRange(words.start(), comma)));
        if (resume < words.end()) {
          parts.add(new TextRange(resume, quote.range().end()));
          quoted.add(new TextRange(resume, words.end()));
        }
        return Optional.of(new Attribution(block, parts, quoted, speaker, Optional.of(cue.range())));
      }
    }
    return Optional.empty();
  }

  /** A sentence that ends in a colon after a cue and its speaker: "Trump said:", "the ad reads:". */
  private Optional<Tagged> announcing(String text, int block, TextRange sentence, List<QuoteMarks.Quoted> quotes) {
    if (!text.substring(sentence.start(), sentence.end()).stripTrailing().endsWith(":")) {
      return Optional.empty();
    }
    for (Cue cue : language.cues().find(text, sentence, quotes)) {
      Optional<Speaker> speaker = speakerOf(text, block, sentence, cue, quotes);
      if (speaker.isPresent() && Word.in(text, cue.range().end(), sentence.end()).size() <= OBJECT_WORDS) {
        return Optional.of(new Tagged(cue, speaker, cue.range()));
      }
    }
    return Optional.empty();
  }

  /** A cue, its speaker, and the speech tag they make together. */
  private record Tagged(Cue cue, Optional<Speaker> speaker, TextRange tag) {}

  private static TextRange tag(int block, TextRange sentence, Cue cue, Optional<Speaker> speaker) {
    int start = cue.range().start();
    int end = cue.range().end();
    if (speaker.isPresent() && speaker.get().block() == block && sentence.contains(speaker.get().written().start())) {
      start = Math.min(start, speaker.get().written().start());
      end = Math.max(end, speaker.get().written().end());
    }
    if (cue.kind() == Cue.Kind.SIGNATURE) {
      end = sentence.end();
    }
    return new TextRange(start, Math.min(Math.max(start, end), sentence.end()));
  }

  /** True when only punctuation, or a circumstance ("during the debate,"), separates the tag from a quote. */
  private boolean touches(String text, TextRange tag, List<QuoteMarks.Quoted> quotes) {
    QuoteMarks.Quoted before = null;
    QuoteMarks.Quoted after = null;
    for (QuoteMarks.Quoted quote : quotes) {
      if (quote.range().end() <= tag.start()) {
        before = quote;
      } else if (quote.range().start() >= tag.end() && after == null) {
        after = quote;
      }
    }
    if (before != null && Word.in(text, before.range().end(), tag.start()).isEmpty()) {
      return true;
    }
    if (after != null) {
      List<Word> between = Word.in(text, tag.end(), after.range().start());
      return between.isEmpty() || leadIn(between);
    }
    return false;
  }

  /** Words between a tag and its quote that say when or where: "during the debate last week,". */
  private boolean circumstantial(List<Word> words) {
    return words.size() <= 8 && language.prepositions().contains(words.getFirst().lower());
  }

  /** Words between a tag and the quote it introduces that leave the quote direct: "that", "during the debate,". */
  private boolean leadIn(List<Word> words) {
    String lead = words.getFirst().lower();
    return words.size() == 1 && language.complementizers().contains(lead)
        || words.size() <= 8 && language.prepositions().contains(lead);
  }

  /** "“…” ― Carlos Raúl (@crgarcia) September 27, 2016": a quoted post signed after a dash. */
  private static Optional<Cue> signed(String text, int block, TextRange sentence, List<QuoteMarks.Quoted> inside) {
    int after = inside.getLast().range().end();
    int limit = Math.min(text.length(), sentence.end() + 80);
    if (after >= limit) {
      return Optional.empty();
    }
    Matcher matcher = SIGNATURE.matcher(text).region(after, limit);
    if (!matcher.find()) {
      return Optional.empty();
    }
    int dash = after;
    while (dash < limit && Sentences.isSpace(text.charAt(dash))) {
      dash++;
    }
    return Optional.of(new Cue(new TextRange(dash, dash + 1), Cue.Kind.SIGNATURE,
        Optional.of(new TextRange(matcher.start(1), matcher.end(1))), false));
  }

  private Optional<Speaker> speakerOf(String text, int block, TextRange sentence, Cue cue,
      List<QuoteMarks.Quoted> quotes) {
    if (cue.pronoun().isPresent()) {
      TextRange pronoun = cue.pronoun().get();
      return Optional.of(new Speaker(block, pronoun, pronoun));
    }
    if (cue.kind() == Cue.Kind.SOURCE) {
      return speakers.after(text, block, sentence, cue.range().end(), quotes, true);
    }
    if (participleAfterComma(text, cue)) {
      return speakers.subject(text, block, sentence, cue.range().start());
    }
    return speakers.before(text, block, sentence, cue.range().start(), quotes)
        .or(() -> speakers.after(text, block, sentence, cue.range().end(), quotes, false));
  }

  /**
   * What the tag attributes: the quotes on the content side of the tag (both sides when the tag
   * splits a quote), or the clause on that side when other words fill it (a partial quote inside
   * reported speech), or reported speech without quotes.
   */
  private Optional<Attribution> said(String text, int block, TextRange sentence, List<QuoteMarks.Quoted> inside,
      Tagged tagged) {
    TextRange tag = tagged.tag();
    Cue cue = tagged.cue();
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
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    Optional<TextRange> cueRange = cue.kind() == Cue.Kind.SIGNATURE ? Optional.empty() : Optional.of(cue.range());
    return Optional.of(new Attribution(block, parts, quoted, tagged.speaker(), cueRange));
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

  private static boolean mostlyQuoted(String text, TextRange sentence, List<QuoteMarks.Quoted> quotes) {
    int letters = letters(text, sentence.start(), sentence.end());
    int quoted = 0;
    for (QuoteMarks.Quoted quote : quotes) {
      TextRange inside = clip(quote.range(), sentence);
      quoted += letters(text, inside.start(), inside.end());
    }
    return letters > 0 && quoted >= QUOTED_SHARE * letters;
  }

  private static int letters(String text, int start, int end) {
    int count = 0;
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        count++;
      }
    }
    return count;
  }

  /** The quotes from index {@code from} on that overlap the stretch (quotes are in order and apart). */
  private static List<QuoteMarks.Quoted> overlapping(List<QuoteMarks.Quoted> quotes, int from, TextRange stretch) {
    int first = from;
    while (first < quotes.size() && quotes.get(first).range().end() <= stretch.start()) {
      first++;
    }
    int last = first;
    while (last < quotes.size() && quotes.get(last).range().start() < stretch.end()) {
      last++;
    }
    return quotes.subList(first, last);
  }

  private static TextRange clip(TextRange range, TextRange within) {
    int start = Math.max(range.start(), within.start());
    return new TextRange(start, Math.max(start, Math.min(range.end(), within.end())));
  }
}
