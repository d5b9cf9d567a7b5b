package org.vigie.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.vigie.events.TriggerLexicon.ObjectRole;
import org.vigie.geo.Gazetteer;
import org.vigie.geo.GazetteerEntry;
import org.vigie.model.Annotations;
import org.vigie.model.Article;
import org.vigie.model.Entity;
import org.vigie.model.Event;
import org.vigie.model.EventArgument;
import org.vigie.model.Mention;
import org.vigie.model.Place;
import org.vigie.model.Quote;
import org.vigie.model.Role;
import org.vigie.model.Span;
import org.vigie.model.SpanTarget;
import org.vigie.model.TimeExpression;
import org.vigie.pipeline.Outcome;
import org.vigie.pipeline.Stage;

/**
 * The events stage: reads who did what to whom, where and when in a French or English article,
 * sentence by sentence ({@link EventReader}), from the names, entities and roles, places and times
 * the earlier stages found, and the quotes (a speaker's words are a public statement, CAMEO 01).
 * Then the article is read as a whole: a visit that names no place takes that of the visit told
 * before it ("La visite … fait suite à celle … du chef de la diplomatie turque"), and the same event
 * told twice (in a caption, or by a noun that names it again: "l'offensive du maréchal Haftar") is
 * kept once. Articles in other languages pass unchanged. Runs after the quotes stage; thread-safe.
 */
public final class EventStage implements Stage<Article, Article> {
  private static final TriggerLexicon.Entry STATEMENT = new TriggerLexicon.Entry(
      org.vigie.model.CameoRoot.MAKE_PUBLIC_STATEMENT, "statement", TriggerLexicon.Kind.VERB, "", false,
      TriggerLexicon.Frame.NONE);

  private static final int MERGE_WINDOW = 64;

  private final Gazetteer gazetteer;
  private final Map<String, GazetteerEntry> capitals;

  /** @param gazetteer where "la capitale" of a country is looked up, and which places are countries */
  public EventStage(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.capitals = capitals(gazetteer);
  }

  @Override
  public String name() {
    return "events";
  }

  /** Whether events are read in the language of this ISO 639-1 code. */
  public static boolean reads(String language) {
    return EventLanguage.forCode(language).isPresent();
  }

  @Override
  public Outcome<Article> apply(Article article) {
    Optional<EventLanguage> language = EventLanguage.forCode(article.language().orElse(""));
    if (language.isEmpty()) {
      return Outcome.done(article);
    }
    List<Event> events = read(article, language.get());
    return Outcome.done(article.withAnnotations(article.annotations().withEvents(events)));
  }

  private List<Event> read(Article article, EventLanguage language) {
    Annotations a = article.annotations();
    Map<String, Entity> entities = a.entitiesById();
    Map<TextBlock, List<Mention>> mentions = byBlock(a.mentions(), Mention::span);
    Map<TextBlock, List<Place>> places = byBlock(a.places(), Place::span);
    Map<TextBlock, List<TimeExpression>> times = byBlock(a.times(), TimeExpression::span);
    Map<TextBlock, List<Span>> roles = byBlock(a.entities().stream().flatMap(e -> e.roles().stream())
        .map(Role::span).toList(), span -> span);
    Map<TextBlock, List<Quote>> quotes = byBlock(a.quotes(), Quote::span);
    ArticleContext context = new ArticleContext(article, language.code(), capitals);
    List<Candidate> candidates = new ArrayList<>();
    List<TextBlock> blocks = new ArrayList<>();
    for (int i = 0; i < article.body().size(); i++) {
      blocks.add(new TextBlock(SpanTarget.BODY, i));
    }
    blocks.add(new TextBlock(SpanTarget.TITLE, 0));
    for (int i = 0; i < article.captions().size(); i++) {
      blocks.add(new TextBlock(SpanTarget.CAPTION, i));
    }
    for (TextBlock block : blocks) {
      String text = block.in() == SpanTarget.BODY ? article.body().get(block.index()).text()
          : block.in() == SpanTarget.TITLE ? article.title() : article.captions().get(block.index()).text();
      EventSentence.Annotated annotated = new EventSentence.Annotated(mentions.getOrDefault(block, List.of()),
          entities, places.getOrDefault(block, List.of()), times.getOrDefault(block, List.of()),
          roles.getOrDefault(block, List.of()), language);
      List<Quote> blockQuotes = quotes.getOrDefault(block, List.of());
      for (EventSentence sentence : EventSentence.of(block.in(), block.index(), text, annotated)) {
        List<Candidate> read = onePerSpeaker(new EventReader(language, sentence, context).read());
        List<Candidate> said = statements(entities, blockQuotes, sentence, read, language, context);
        candidates.addAll(read);
        candidates.addAll(said);
        context.read(sentence);
      }
    }
    return merge(inheritPlaces(candidates)).stream().map(c -> event(c, article)).toList();
  }

  /** One statement a speaker a sentence: "X said she felt … , she said" says one thing once. */
  private static List<Candidate> onePerSpeaker(List<Candidate> read) {
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : read) {
      boolean again = c.entry().root() == org.vigie.model.CameoRoot.MAKE_PUBLIC_STATEMENT && kept.stream()
          .anyMatch(k -> k.entry().root() == c.entry().root() && !k.actors().isEmpty()
              && k.actors().getFirst().value().equals(c.actors().getFirst().value()));
      if (!again) {
        kept.add(c);
      }
    }
    return kept;
  }

  /** A text of the article: the title, a body block or a caption. */
  private record TextBlock(SpanTarget in, int index) {}

  /** The items of each text, in the order of the text. */
  private static <T> Map<TextBlock, List<T>> byBlock(List<T> items, Function<T, Span> span) {
    Map<TextBlock, List<T>> byBlock = new HashMap<>();
    for (T item : items) {
      Span s = span.apply(item);
      byBlock.computeIfAbsent(new TextBlock(s.in(), s.index()), k -> new ArrayList<>()).add(item);
    }
    byBlock.values().forEach(list -> list.sort(Comparator.comparingInt(item -> span.apply(item).start())));
    return byBlock;
  }

  /**
   * The public statements of a sentence: a quote's speaker with its cue verb there ("a affirmé",
   * "said") when the speaker is an entity, unless a trigger of its own reads the cue ("a dénoncé" is a
   * criticism). "Selon X" and "according to X" source a report and are not statements.
   */
  private static List<Candidate> statements(Map<String, Entity> entities, List<Quote> quotes,
      EventSentence sentence, List<Candidate> read, EventLanguage language, ArticleContext context) {
    List<Candidate> statements = new ArrayList<>();
    Set<Integer> cues = new LinkedHashSet<>();
    Span within = sentence.span();
    // A cue stands within a sentence or two of its quote: only quotes that start near the sentence.
    int low = 0;
    int high = quotes.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (quotes.get(middle).span().start() < within.start() - 2000) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    for (int q = low; q < quotes.size() && quotes.get(q).span().start() <= within.end() + 200; q++) {
      Quote quote = quotes.get(q);
      // Quoted words only: reported speech the quotes stage finds after verbs of evaluation ("described",
      // "attacked … as") is no statement, and the lexicon reads verbs of saying with their own subject.
      if (!quote.direct() || quote.speaker().isEmpty() || quote.cue().filter(c -> !c.isBlank()).isEmpty()) {
        continue;
      }
      String cue = quote.cue().get().strip();
      int cut = 0;
      while (cut < cue.length() && !Character.isWhitespace(cue.charAt(cut)) && cue.charAt(cut) != '\''
          && cue.charAt(cut) != '’') {
        cut++;
      }
      String first = TriggerLexicon.lower(cue.substring(0, cut));
      if (language.clauseEnds().contains(first) || first.equals("d") || first.equals("aux") || first.equals("cité")
          || first.equals("citée")) {
        continue;
      }
      int offset = nearest(sentence.text, cue, quote.span());
      if (offset < 0) {
        continue;
      }
      int cueFirst = -1;
      int cueEnd = -1;
      for (int w = 0; w < sentence.size(); w++) {
        EventSentence.Word word = sentence.words.get(w);
        if (word.start() >= offset && word.end() <= offset + cue.length()) {
          cueFirst = cueFirst < 0 ? w : cueFirst;
          cueEnd = w + 1;
        }
      }
      int from = cueFirst;
      int to = cueEnd;
      boolean entity = entities.containsKey(quote.speaker().get());
      if (from < 0 || !entity || !Character.isLowerCase(cue.charAt(0)) || !cues.add(from)
          || read.stream().anyMatch(c -> c.first() < to && from < c.end()) || knows(language, sentence, from, to)
          || sentence.names.stream().anyMatch(n -> n.first() < to && from < n.end())) {
        continue;
      }
      if (cue.endsWith("ing")) {
        continue;  // "…, saying that": the speaker is the main clause's subject, read with its verb
      }
      speaker(quote.speaker().get(), sentence, context, quote.span())
          .flatMap(p -> new EventReader(language, sentence, context).statement(STATEMENT, from, to, p))
          .ifPresent(statements::add);
    }
    return statements;
  }

  /** Whether the lexicon reads a verb among the cue's words: its own reading stands, event or none. */
  private static boolean knows(EventLanguage language, EventSentence sentence, int from, int to) {
    for (int w = from; w < to; w++) {
      if (language.triggers().at(sentence.lower, w).stream()
          .anyMatch(m -> m.entry().kind() == TriggerLexicon.Kind.VERB && !m.is(Form.NOUN))) {
        return true;
      }
    }
    return false;
  }

  /** The offset of the occurrence of {@code cue} nearest to the quote, or -1. */
  private static int nearest(String text, String cue, Span quote) {
    int best = -1;
    for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
      int distance = at >= quote.end() ? at - quote.end() : at < quote.start() ? quote.start() - at : 0;
      int bestDistance = best < 0 ? Integer.MAX_VALUE
          : best >= quote.end() ? best - quote.end() : best < quote.start() ? quote.start() - best : 0;
      if (distance < bestDistance) {
        best = at;
      }
    }
    return best;
  }

  /**
   * The speaker as a participant: a mention of the speaker in the sentence, outside the quoted words.
   * A speaker the quotes stage found elsewhere (a pronoun it resolved) is not taken: without gender,
   * "he said" after two people is a guess.
   */
  private static Optional<Participant> speaker(String speaker, EventSentence sentence, ArticleContext context,
      Span quoted) {
    for (EventSentence.NameAt name : sentence.names) {
      Span at = name.mention().span();
      boolean inQuote = at.start() >= quoted.start() && at.end() <= quoted.end();
      if (!inQuote && (name.mention().entity().filter(speaker::equals).isPresent()
          || name.mention().text().equals(speaker))) {
        return Optional.of(context.name(sentence, name));
      }
    }
    return Optional.empty();
  }

  /**
   * A visit that names no place took place where the visit told before it did: news tells a
   * second visit by reference to the first ("fait suite à celle, le 17 juin, du chef …").
   */
  private static List<Candidate> inheritPlaces(List<Candidate> candidates) {
    List<Candidate> placed = new ArrayList<>(candidates.size());
    Optional<Place> lastVisit = Optional.empty();
    for (Candidate c : candidates) {
      boolean visit = c.entry().frame().object().contains(ObjectRole.PLACE) && c.entry().type().equals("visit");
      if (visit && c.place().isEmpty() && lastVisit.isPresent()) {
        c = c.withPlace(lastVisit);
      }
      if (visit && c.place().isPresent()) {
        lastVisit = c.place();
      }
      placed.add(c);
    }
    return placed;
  }

  /**
   * One event for each happening: a later candidate of the same type that shares a participant and
   * agrees on the time, the place and the target joins an earlier one, when it names the event again
   * (a noun: "l'offensive du maréchal Haftar") or agrees on a stated time or place (a caption).
   */
  private List<Candidate> merge(List<Candidate> candidates) {
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : candidates) {
      int into = -1;
      // The same event is told again within a few sentences or in a caption: the last events kept suffice.
      for (int k = Math.max(0, kept.size() - MERGE_WINDOW); k < kept.size() && into < 0; k++) {
        if (same(kept.get(k), c)) {
          into = k;
        }
      }
      if (into < 0) {
        kept.add(c);
      } else {
        Candidate first = kept.get(into);
        List<Participant> actors = new ArrayList<>(first.actors());
        c.actors().stream().filter(p -> actors.stream().noneMatch(a -> a.value().equals(p.value())))
            .filter(p -> first.target().filter(t -> t.value().equals(p.value())).isEmpty())
            .forEach(actors::add);
        kept.set(into, new Candidate(first.entry(), first.sentence(), first.first(), first.end(), actors,
            first.target().or(c::target), first.place().or(c::place), first.time().or(c::time),
            first.factuality(), first.nominal(), first.edge()));
      }
    }
    return kept;
  }

  private boolean same(Candidate a, Candidate b) {
    if (!a.entry().type().equals(b.entry().type()) || a.factuality() != b.factuality()) {
      return false;
    }
    boolean timeStated = a.time().isPresent() && b.time().isPresent();
    boolean placeStated = a.place().isPresent() && b.place().isPresent();
    if (timeStated && !a.time().get().value().equals(b.time().get().value())
        || placeStated && !samePlace(a.place().get(), b.place().get())) {
      return false;
    }
    Set<String> aParties = parties(a);
    Set<String> bParties = parties(b);
    if (aParties.stream().noneMatch(bParties::contains)) {
      return false;
    }
    boolean targetsAgree = a.target().isEmpty() || b.target().isEmpty()
        || a.target().get().value().equals(b.target().get().value())
        || a.actors().stream().anyMatch(p -> p.value().equals(b.target().get().value()))
        || b.actors().stream().anyMatch(p -> p.value().equals(a.target().get().value()));
    return targetsAgree && (a.nominal() || b.nominal() || timeStated || placeStated);
  }

  /** The same place, or a place and the country it is in ("à Tripoli" and "en Libye" agree). */
  private boolean samePlace(Place a, Place b) {
    return a.geonameId() == b.geonameId() && a.name().equals(b.name())
        || a.country().equals(b.country()) && (country(a) || country(b));
  }

  private boolean country(Place place) {
    return gazetteer.country(place.country()).filter(c -> c.name().equals(place.name())).isPresent();
  }

  private static Set<String> parties(Candidate c) {
    Set<String> parties = new LinkedHashSet<>();
    c.actors().forEach(p -> parties.add(p.value()));
    c.target().ifPresent(t -> parties.add(t.value()));
    return parties;
  }

  /** The event of a candidate; each part's words are read back from the article at its span. */
  private static Event event(Candidate c, Article article) {
    EventSentence s = c.sentence();
    List<EventArgument> evidence = new ArrayList<>();
    evidence.add(argument(article, EventArgument.Role.TRIGGER, s.span(c.first(), c.end()), c.entry().type(),
        Optional.empty()));
    Set<String> countries = new LinkedHashSet<>();
    for (Participant actor : c.actors()) {
      evidence.add(argument(article, EventArgument.Role.ACTOR, actor.span(), actor.value(), actor.country()));
      actor.country().ifPresent(countries::add);
    }
    c.target().ifPresent(t -> evidence.add(argument(article, EventArgument.Role.TARGET, t.span(), t.value(),
        t.country())));
    c.place().ifPresent(p -> evidence.add(argument(article, EventArgument.Role.PLACE, p.span(),
        Long.toString(p.geonameId()), Optional.of(p.country()))));
    c.time().ifPresent(t -> evidence.add(argument(article, EventArgument.Role.TIME, t.span(), t.value(),
        Optional.empty())));
    return new Event(c.entry().type(), c.entry().root(), c.factuality(),
        c.actors().stream().map(Participant::value).toList(), List.copyOf(countries),
        c.target().map(Participant::value), c.place().map(Place::name), c.time().map(TimeExpression::value),
        evidence, s.span());
  }

  private static EventArgument argument(Article article, EventArgument.Role role, Span span, String value,
      Optional<String> country) {
    return new EventArgument(role, span.textIn(article).orElse(""), value, country, span);
  }

  /** Each country's capital, the most populous when the gazetteer lists several. */
  private static Map<String, GazetteerEntry> capitals(Gazetteer gazetteer) {
    Map<String, GazetteerEntry> capitals = new HashMap<>();
    for (int i = 0; i < gazetteer.size(); i++) {
      if ("PPLC".equals(gazetteer.featureCode(i))) {
        GazetteerEntry entry = gazetteer.entry(i);
        capitals.merge(entry.country(), entry, (x, y) -> x.population() >= y.population() ? x : y);
      }
    }
    return Map.copyOf(capitals);
  }
}
