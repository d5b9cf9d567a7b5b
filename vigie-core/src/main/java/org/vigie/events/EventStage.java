package org.vigie.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigie.events.TriggerLexicon.ObjectRole;
import org.vigie.geo.Gazetteer;
import org.vigie.geo.GazetteerEntry;
import org.vigie.model.Annotations;
import org.vigie.model.Article;
import org.vigie.model.Entity;
import org.vigie.model.Event;
import org.vigie.model.EventArgument;
import org.vigie.model.Place;
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

  private final Map<String, GazetteerEntry> capitals;

  /** @param gazetteer where "la capitale" of a country is looked up */
  public EventStage(Gazetteer gazetteer) {
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
    List<Span> roles = a.entities().stream().flatMap(e -> e.roles().stream()).map(Role::span).toList();
    EventSentence.Annotated annotated = new EventSentence.Annotated(a.mentions(), a.entities(), a.places(), a.times(),
        roles, language);
    ArticleContext context = new ArticleContext(article, language.code(), capitals);
    List<EventSentence> sentences = new ArrayList<>();
    for (int i = 0; i < article.body().size(); i++) {
      sentences.addAll(EventSentence.of(SpanTarget.BODY, i, article.body().get(i).text(), annotated));
    }
    sentences.addAll(EventSentence.of(SpanTarget.TITLE, 0, article.title(), annotated));
    for (int i = 0; i < article.captions().size(); i++) {
      sentences.addAll(EventSentence.of(SpanTarget.CAPTION, i, article.captions().get(i).text(), annotated));
    }
    List<Candidate> candidates = new ArrayList<>();
    for (EventSentence sentence : sentences) {
      List<Candidate> read = new EventReader(language, sentence, context).read();
      candidates.addAll(read);
      candidates.addAll(statements(article, sentence, read, language, context));
    }
    return merge(inheritPlaces(candidates)).stream().map(c -> event(c, a.entities())).toList();
  }

  /**
   * The public statements of a sentence: a quote's speaker with its cue verb there ("a affirmé",
   * "said"), unless a trigger of its own reads the cue ("a dénoncé" is a criticism). "Selon X" and
   * "according to X" source a report and are not statements.
   */
  private static List<Candidate> statements(Article article, EventSentence sentence, List<Candidate> read,
      EventLanguage language, ArticleContext context) {
    List<Candidate> statements = new ArrayList<>();
    Set<Integer> cues = new LinkedHashSet<>();
    for (org.vigie.model.Quote quote : article.annotations().quotes()) {
      if (quote.speaker().isEmpty() || quote.cue().isEmpty() || quote.span().in() != sentence.in
          || quote.span().index() != sentence.index) {
        continue;
      }
      String cue = quote.cue().get();
      String first = TriggerLexicon.lower(cue.split("[\\s']")[0]);
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
      if (from < 0 || !cues.add(from) || read.stream().anyMatch(c -> c.first() < to && from < c.end())) {
        continue;
      }
      Optional<Participant> speaker = speaker(quote.speaker().get(), sentence, context);
      speaker.flatMap(p -> new EventReader(language, sentence, context).statement(STATEMENT, from, to, p))
          .ifPresent(statements::add);
    }
    return statements;
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

  /** The speaker as a participant: its mention in the sentence when there is one, else the entity or the name. */
  private static Optional<Participant> speaker(String speaker, EventSentence sentence,
      ArticleContext context) {
    for (EventSentence.NameAt name : sentence.names) {
      if (name.mention().entity().filter(speaker::equals).isPresent() || name.mention().text().equals(speaker)) {
        return Optional.of(context.name(sentence, name));
      }
    }
    return Optional.of(context.named(speaker, sentence));
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
  private static List<Candidate> merge(List<Candidate> candidates) {
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : candidates) {
      int into = -1;
      for (int k = 0; k < kept.size() && into < 0; k++) {
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

  private static boolean same(Candidate a, Candidate b) {
    if (!a.entry().type().equals(b.entry().type()) || a.factuality() != b.factuality()) {
      return false;
    }
    boolean timeStated = a.time().isPresent() && b.time().isPresent();
    boolean placeStated = a.place().isPresent() && b.place().isPresent();
    if (timeStated && !a.time().get().value().equals(b.time().get().value())
        || placeStated && a.place().get().geonameId() != b.place().get().geonameId()) {
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

  private static Set<String> parties(Candidate c) {
    Set<String> parties = new LinkedHashSet<>();
    c.actors().forEach(p -> parties.add(p.value()));
    c.target().ifPresent(t -> parties.add(t.value()));
    return parties;
  }

  private static Event event(Candidate c, List<Entity> entities) {
    EventSentence s = c.sentence();
    List<EventArgument> evidence = new ArrayList<>();
    evidence.add(new EventArgument(EventArgument.Role.TRIGGER, s.text(c.first(), c.end()), c.entry().type(),
        Optional.empty(), s.span(c.first(), c.end())));
    Set<String> countries = new LinkedHashSet<>();
    for (Participant actor : c.actors()) {
      evidence.add(new EventArgument(EventArgument.Role.ACTOR, actor.text(), actor.value(), actor.country(),
          actor.span()));
      actor.country().ifPresent(countries::add);
    }
    c.target().ifPresent(t -> evidence.add(new EventArgument(EventArgument.Role.TARGET, t.text(), t.value(),
        t.country(), t.span())));
    c.place().ifPresent(p -> evidence.add(new EventArgument(EventArgument.Role.PLACE, p.text(),
        Long.toString(p.geonameId()), Optional.of(p.country()), p.span())));
    c.time().ifPresent(t -> evidence.add(new EventArgument(EventArgument.Role.TIME, t.text(), t.value(),
        Optional.empty(), t.span())));
    return new Event(c.entry().type(), c.entry().root(), c.factuality(),
        c.actors().stream().map(Participant::value).toList(), List.copyOf(countries),
        c.target().map(Participant::value), c.place().map(Place::name), c.time().map(TimeExpression::value),
        evidence, s.span());
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
