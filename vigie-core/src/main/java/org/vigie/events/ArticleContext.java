package org.vigie.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigie.entities.Lexicon;
import org.vigie.geo.GazetteerEntry;
import org.vigie.model.Article;
import org.vigie.model.CountryScore;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Mention;
import org.vigie.model.Place;
import org.vigie.model.Role;
import org.vigie.model.Span;
import org.vigie.model.SpanTarget;

/**
 * What the whole article tells about a sentence's participants: the country of an actor (from the
 * roles the text gives a person, the place a name resolves to, or a demonym after an organisation's
 * name: "le Gouvernement d'union nationale (GNA) libyen"), the person a pronoun stands for (the last
 * person who acted), and the city "la capitale" means (the capital of the country the
 * sentence or the article is about). Made for one article and read by one thread.
 */
final class ArticleContext {
  /** Body, title, captions: the order the stage reads an article's texts in. */
  static final Comparator<Span> READING_ORDER = Comparator.comparingInt((Span s) -> order(s.in()))
      .thenComparingInt(Span::index).thenComparingInt(Span::start);

  private final Article article;
  private final String language;
  private final Map<String, GazetteerEntry> capitals;
  private final Map<String, Entity> entities;
  /** Each entity's mentions, in reading order. */
  private final Map<String, List<Mention>> mentions = new HashMap<>();
  private final Map<String, Optional<String>> countries = new HashMap<>();
  /** The one person the sentence read last named, for the pronouns of the sentence after. */
  private Optional<Participant> onlyPerson = Optional.empty();

  ArticleContext(Article article, String language, Map<String, GazetteerEntry> capitals) {
    this.article = article;
    this.language = language;
    this.capitals = capitals;
    this.entities = article.annotations().entitiesById();
    List<Mention> ordered = new ArrayList<>(article.annotations().mentions());
    ordered.sort(Comparator.comparing(Mention::span, READING_ORDER));
    for (Mention m : ordered) {
      m.entity().ifPresent(id -> mentions.computeIfAbsent(id, k -> new ArrayList<>()).add(m));
    }
  }

  private static int order(SpanTarget in) {
    return switch (in) {
      case BODY -> 0;
      case TITLE -> 1;
      case CAPTION -> 2;
    };
  }

  /** The participant a name is. */
  Participant name(EventSentence s, EventSentence.NameAt name) {
    Mention m = name.mention();
    Optional<Place> place = m.type() == EntityType.LOC || name.type() == EntityType.LOC
        ? s.placeOn(name.first(), name.end()).filter(p -> !p.demonym()).map(EventSentence.PlaceAt::place)
        : Optional.empty();
    Optional<String> country = country(name.entity(), m.text()).or(() -> place.map(Place::country));
    return new Participant(Participant.Kind.NAME, m.text(), m.entity().orElse(m.text()), country, place, m.span(),
        name.first(), name.end());
  }

  /** The one person the sentence read last named, when it named exactly one. */
  Optional<Participant> onlyPersonBefore() {
    return onlyPerson;
  }

  /** Notes the persons a sentence names, once it is read, for the pronouns of the next. */
  void read(EventSentence sentence) {
    List<EventSentence.NameAt> persons = sentence.names.stream().filter(n -> n.type() == EntityType.PER).toList();
    long distinct = persons.stream().map(n -> n.mention().entity().orElse(n.mention().text())).distinct().count();
    onlyPerson = distinct == 1 ? Optional.of(name(sentence, persons.getFirst())) : Optional.empty();
  }

  /** Whether a participant is a person the recogniser named. */
  boolean person(Participant p) {
    return p.kind() == Participant.Kind.NAME
        && Optional.ofNullable(entities.get(p.value())).filter(e -> e.type() == EntityType.PER).isPresent();
  }

  /**
   * The capital "la capitale" stands for: that of the country a demonym after it names ("la
   * capitale libyenne"), else that of the article's first country.
   */
  Optional<Participant> capital(EventSentence s, int first, int end, Optional<String> demonymCountry) {
    Optional<String> country = demonymCountry.or(() -> article.annotations().countries().stream().findFirst()
        .map(CountryScore::code));
    Optional<GazetteerEntry> capital = country.map(capitals::get);
    if (capital.isEmpty()) {
      return Optional.empty();
    }
    GazetteerEntry c = capital.get();
    Span span = s.span(first, end);
    String value = article.annotations().entities().stream()
        .filter(e -> e.type() == EntityType.LOC && (e.name().equals(c.name()) || e.variants().contains(c.name())))
        .map(Entity::id).findFirst()
        .or(() -> article.annotations().places().stream().filter(p -> p.geonameId() == c.geonameId())
            .map(Place::text).findFirst())
        .orElse(c.name());
    Place place = new Place(s.text(first, end), c.geonameId(), c.name(), c.country(), c.lat(), c.lon(), false, span);
    return Optional.of(new Participant(Participant.Kind.CAPITAL, s.text(first, end), value, Optional.of(c.country()),
        Optional.of(place), span, first, end));
  }

  /** The country a demonym names ("turc", "Turkish"), in the article's language. */
  Optional<String> demonym(String word) {
    return Lexicon.shared().demonymCountry(language, word);
  }

  /** An actor's country: from the roles the text gives it, a demonym after an organisation, or its name. */
  private Optional<String> country(Optional<Entity> entity, String text) {
    if (entity.isEmpty()) {
      return Lexicon.shared().countryCode(text);
    }
    Entity e = entity.get();
    return countries.computeIfAbsent(e.id(), id -> e.roles().stream().map(Role::country).flatMap(Optional::stream)
        .findFirst()
        .or(() -> e.type() == EntityType.ORG ? organisationCountry(e) : Optional.empty())
        .or(() -> e.type() != EntityType.PER ? Lexicon.shared().countryCode(e.name()) : Optional.empty()));
  }

  /** A demonym right after one of the organisation's mentions, or after its acronym in brackets. */
  private Optional<String> organisationCountry(Entity entity) {
    for (Mention m : mentions.getOrDefault(entity.id(), List.of())) {
      Optional<String> text = textOf(m.span());
      if (text.isEmpty() || m.span().end() > text.get().length()) {
        continue;
      }
      String after = text.get().substring(m.span().end(), Math.min(text.get().length(), m.span().end() + 40))
          .stripLeading();
      if (after.startsWith("(")) {
        int close = after.indexOf(')');
        after = close < 0 || close > 12 ? "" : after.substring(close + 1).stripLeading();
      }
      int wordEnd = 0;
      while (wordEnd < after.length() && Character.isLetter(after.charAt(wordEnd))) {
        wordEnd++;
      }
      if (wordEnd > 0 && (Character.isLowerCase(after.charAt(0)) || language.equals("en"))) {
        Optional<String> country = demonym(after.substring(0, wordEnd));
        if (country.isPresent()) {
          return country;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> textOf(Span span) {
    return switch (span.in()) {
      case TITLE -> Optional.of(article.title());
      case BODY -> span.index() < article.body().size() ? Optional.of(article.body().get(span.index()).text())
          : Optional.empty();
      case CAPTION -> span.index() < article.captions().size()
          ? Optional.of(article.captions().get(span.index()).text()) : Optional.empty();
    };
  }
}
