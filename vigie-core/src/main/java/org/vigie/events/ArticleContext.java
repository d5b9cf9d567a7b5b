package org.vigie.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigie.entities.Lexicon;
import org.vigie.geo.GazetteerEntry;
import org.vigie.model.Annotations;
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
 * person named before it), and the city "la capitale" means (the capital of the country the
 * sentence or the article is about).
 */
final class ArticleContext {
  private final Article article;
  private final String language;
  private final Map<String, GazetteerEntry> capitals;
  private final List<Mention> persons;

  ArticleContext(Article article, String language, Map<String, GazetteerEntry> capitals) {
    this.article = article;
    this.language = language;
    this.capitals = capitals;
    List<Mention> people = new ArrayList<>(article.annotations().mentions().stream()
        .filter(m -> m.type() == EntityType.PER).toList());
    people.sort(Comparator.comparing((Mention m) -> order(m.span().in())).thenComparingInt(m -> m.span().index())
        .thenComparingInt(m -> m.span().start()));
    this.persons = List.copyOf(people);
  }

  /** Title, then body, then captions: the order the stage reads them in. */
  static int order(SpanTarget in) {
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

  /**
   * An entity or a name the sentence does not write (a speaker named by a quote: "a précisé le
   * communiqué"), its evidence the sentence.
   */
  Participant named(String idOrName, EventSentence s) {
    Optional<Entity> entity = entity(idOrName);
    Optional<String> country = country(entity, entity.map(Entity::name).orElse(idOrName));
    // The evidence is the last mention of the entity up to this sentence ("un communiqué du GNA" for
    // "a précisé le communiqué"), else the sentence itself.
    Mention last = null;
    for (Mention m : article.annotations().mentions()) {
      if (m.entity().filter(idOrName::equals).isPresent() && before(m.span(), s)
          && (last == null || before(last.span(), m.span()))) {
        last = m;
      }
    }
    return last == null
        ? new Participant(Participant.Kind.NAME, s.text(0, s.size()), idOrName, country, Optional.empty(), s.span(),
            -1, -1)
        : new Participant(Participant.Kind.NAME, last.text(), idOrName, country, Optional.empty(), last.span(), -1,
            -1);
  }

  private static boolean before(Span span, EventSentence s) {
    return before(span, s.span()) || span.in() == s.in && span.index() == s.index && span.start() < s.span().end();
  }

  private static boolean before(Span a, Span b) {
    int c = Integer.compare(order(a.in()), order(b.in()));
    if (c == 0) {
      c = Integer.compare(a.index(), b.index());
    }
    return c < 0 || c == 0 && a.start() < b.start();
  }

  /** An actor's country: from the roles the text gives it, a demonym after an organisation, or its name. */
  private Optional<String> country(Optional<Entity> entity, String text) {
    return entity.flatMap(this::roleCountry)
        .or(() -> entity.filter(e -> e.type() == EntityType.ORG).flatMap(this::organisationCountry))
        .or(() -> entity.filter(e -> e.type() != EntityType.PER).flatMap(e -> Lexicon.shared().countryCode(e.name())))
        .or(() -> entity.isPresent() ? Optional.empty() : Lexicon.shared().countryCode(text));
  }

  /** The last person named before a word of a sentence, for a pronoun that stands for them. */
  Optional<Participant> personBefore(EventSentence s, int word) {
    int offset = s.words.get(word).start();
    Mention last = null;
    for (Mention m : persons) {
      Span span = m.span();
      int c = Integer.compare(order(span.in()), order(s.in));
      if (c == 0) {
        c = Integer.compare(span.index(), s.index);
      }
      if (c > 0 || c == 0 && span.start() >= offset) {
        break;
      }
      last = m;
    }
    if (last == null) {
      return Optional.empty();
    }
    Mention found = last;
    Optional<Entity> entity = found.entity().flatMap(id -> entity(id));
    Optional<String> country = entity.flatMap(this::roleCountry);
    return Optional.of(new Participant(Participant.Kind.NAME, found.text(), found.entity().orElse(found.text()),
        country, Optional.empty(), s.span(word, word + 1), word, word + 1));
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

  private Optional<Entity> entity(String id) {
    return article.annotations().entities().stream().filter(e -> e.id().equals(id)).findFirst();
  }

  private Optional<String> roleCountry(Entity entity) {
    return entity.roles().stream().map(Role::country).flatMap(Optional::stream).findFirst();
  }

  /** A demonym right after one of the organisation's mentions, or after its acronym in brackets. */
  private Optional<String> organisationCountry(Entity entity) {
    Annotations annotations = article.annotations();
    for (Mention m : annotations.mentions()) {
      if (!m.entity().filter(entity.id()::equals).isPresent()) {
        continue;
      }
      Optional<String> text = textOf(m.span());
      if (text.isEmpty()) {
        continue;
      }
      String after = text.get().substring(m.span().end()).stripLeading();
      if (after.startsWith("(")) {
        int close = after.indexOf(')');
        after = close < 0 || close > 12 ? "" : after.substring(close + 1).stripLeading();
      }
      int wordEnd = 0;
      while (wordEnd < after.length() && Character.isLetter(after.charAt(wordEnd))) {
        wordEnd++;
      }
      if (wordEnd > 0 && Character.isLowerCase(after.charAt(0)) || language.equals("en") && wordEnd > 0) {
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
