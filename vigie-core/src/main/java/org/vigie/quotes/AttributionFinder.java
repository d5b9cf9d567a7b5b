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
 * around it ({@link SpeakerFinder}), and what was said on the other side of the speech tag
 * ({@link ContentFinder}). The tag that touches a quote wins over other cues of the sentence. A
 * sentence that is a quote with no cue goes on with the quote before it, in the same paragraph or,
 * for a quote that runs over paragraphs, the next; a short tag sentence claims the quote before it
 * ("…?" Clinton said.); a paragraph ending "X said:" gives its speaker to the quote that follows;
 * the French incise inside the guillemets is read too.
 */
final class AttributionFinder {
  /** A sentence is a quote when at least this share of its letters is quoted. */
  private static final double QUOTED_SHARE = 0.6;
  /** The most cues of one sentence tried as its speech tag. */
  private static final int MAX_CUES = 8;
  /** The longest sentence read as a speech tag for the quote sentence before it. */
  private static final int TAG_SENTENCE_WORDS = 12;
  private static final Pattern SIGNATURE = Pattern.compile("^\\s*[―—–]\\s*(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}"
      + "[\\p{L}'’.\\-]*){0,3})");

  private final QuoteLanguage language;
  private final SpeakerFinder speakers;
  private final ContentFinder contents;

  AttributionFinder(QuoteLanguage language) {
    this.language = language;
    this.speakers = new SpeakerFinder(language);
    this.contents = new ContentFinder(language, speakers);
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
        List<TextRange> parts = inside.stream().map(q -> ContentFinder.clip(q.range(), sentence)).toList();
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
          || !ContentFinder.participleAfterComma(text, cue) && !contents.afterConjunction(text, cue)) {
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
      if (speaker.isPresent() && Word.in(text, cue.range().end(), sentence.end()).size() <= ContentFinder.OBJECT_WORDS) {
        return Optional.of(new Tagged(cue, speaker, cue.range()));
      }
    }
    return Optional.empty();
  }

  private Optional<Attribution> said(String text, int block, TextRange sentence, List<QuoteMarks.Quoted> inside,
      Tagged tagged) {
    Optional<TextRange> cue = tagged.cue().kind() == Cue.Kind.SIGNATURE ? Optional.empty()
        : Optional.of(tagged.cue().range());
    return contents.said(text, sentence, inside, tagged.cue(), tagged.tag())
        .map(content -> new Attribution(block, content.parts(), content.quoted(), tagged.speaker(), cue));
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
      return between.isEmpty() || contents.leadIn(between);
    }
    return false;
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
    if (ContentFinder.participleAfterComma(text, cue)) {
      return speakers.subject(text, block, sentence, cue.range().start());
    }
    return speakers.before(text, block, sentence, cue.range().start(), quotes)
        .or(() -> speakers.after(text, block, sentence, cue.range().end(), quotes, false));
  }













  private static boolean mostlyQuoted(String text, TextRange sentence, List<QuoteMarks.Quoted> quotes) {
    int letters = letters(text, sentence.start(), sentence.end());
    int quoted = 0;
    for (QuoteMarks.Quoted quote : quotes) {
      TextRange inside = ContentFinder.clip(quote.range(), sentence);
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

}
