package org.vigie.app.http;

import java.text.BreakIterator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.vigie.model.Article;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Event;
import org.vigie.model.EventArgument;
import org.vigie.model.Mention;
import org.vigie.model.Place;
import org.vigie.model.Quote;
import org.vigie.model.Role;
import org.vigie.model.Span;
import org.vigie.model.SpanTarget;
import org.vigie.model.TimeExpression;

/**
 * An article's text with what the stages found marked on it (people, organisations, places, dates,
 * quotes), and the list of those facts, each with the sentence it was read in. Marks nest (a name
 * inside a quote); a mark that would cross another is left out rather than break the markup.
 */
final class ArticleMarkup {
  /** What a mark is, as the page's CSS and tests name it. */
  enum Kind {
    PERSON, ORGANISATION, LOCATION, MISC, PLACE, DATE, QUOTE, ROLE;

    String css() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One mark on one text: where, what kind, what a reader is told on hover, and where it links. */
  record Mark(Span span, Kind kind, String title, Optional<String> link) {}

  /** A fact of the list under the article: its kind, what it says, where it links, and the span it was read at. */
  record Fact(Kind kind, String text, String detail, Optional<String> link, Span span) {}

  private final Article article;
  private final Messages words;
  private final List<Mark> marks;
  private final Map<String, Entity> entities;

  ArticleMarkup(Article article, Messages words) {
    this.article = article;
    this.words = words;
    this.entities = article.annotations().entitiesById();
    this.marks = collectMarks();
  }

  private List<Mark> collectMarks() {
    List<Mark> all = new ArrayList<>();
    for (Quote quote : article.annotations().quotes()) {
      all.add(new Mark(quote.span(), Kind.QUOTE, words.quoteBy() + " " + speakerName(quote), Optional.empty()));
    }
    for (Mention mention : article.annotations().mentions()) {
      Optional<Entity> entity = mention.entity().map(entities::get);
      Kind kind = kindOf(mention.type());
      all.add(new Mark(mention.span(), kind, entity.map(Entity::name).orElse(mention.text()),
          mention.entity().map(id -> "/entity/" + Html.segment(id))));
    }
    for (Entity entity : article.annotations().entities()) {
      for (Role role : entity.roles()) {
        all.add(new Mark(role.span(), Kind.ROLE, entity.name() + " — " + role.text(), Optional.empty()));
      }
    }
    for (Place place : article.annotations().places()) {
      all.add(new Mark(place.span(), Kind.PLACE, place.name() + " (" + words.countryName(place.country()) + ")",
          Optional.of("/country/" + Html.segment(place.country()))));
    }
    for (TimeExpression time : article.annotations().times()) {
      all.add(new Mark(time.span(), Kind.DATE, time.value(), Optional.empty()));
    }
    return all;
  }

  private static Kind kindOf(EntityType type) {
    return switch (type) {
      case PER -> Kind.PERSON;
      case ORG -> Kind.ORGANISATION;
      case LOC -> Kind.LOCATION;
      case MISC -> Kind.MISC;
    };
  }

  String speakerName(Quote quote) {
    return quote.speaker().map(s -> entities.containsKey(s) ? entities.get(s).name() : s).orElse("?");
  }

  /** The title, a body block or a caption with its marks. */
  Html.Safe render(SpanTarget target, int index) {
    String text = textOf(target, index);
    List<Mark> here = marks.stream()
        .filter(m -> m.span().in() == target && m.span().index() == index && m.span().end() <= text.length())
        .sorted(Comparator.comparingInt((Mark m) -> m.span().start())
            .thenComparing(Comparator.comparingInt((Mark m) -> m.span().end()).reversed()))
        .toList();
    return render(text, here);
  }

  private String textOf(SpanTarget target, int index) {
    return switch (target) {
      case TITLE -> article.title();
      case BODY -> article.body().get(index).text();
      case CAPTION -> article.captions().get(index).text();
    };
  }

  private record Open(Mark mark, boolean linked) {}

  /** Text with nested marks; every piece of text goes through the escaping template. */
  static Html.Safe render(String text, List<Mark> sorted) {
    StringBuilder out = new StringBuilder();
    Deque<Open> open = new ArrayDeque<>();
    int at = 0;
    for (Mark mark : sorted) {
      while (!open.isEmpty() && open.peek().mark().span().end() <= mark.span().start()) {
        at = close(text, out, open.pop(), at);
      }
      if (!open.isEmpty() && open.peek().mark().span().end() < mark.span().end()) {
        continue;
      }
      if (mark.span().start() < at) {
        continue;
      }
      out.append(Html.escape(text.substring(at, mark.span().start())));
      at = mark.span().start();
      boolean insideLink = open.stream().anyMatch(Open::linked);
      boolean linked = mark.link().isPresent() && !insideLink;
      out.append(Html.t("<mark class=\"m m-{}\" data-kind=\"{}\" title=\"{}\">", mark.kind().css(), mark.kind().css(),
          mark.title()).html());
      if (linked) {
        out.append(Html.t("<a href=\"{}\">", mark.link().get()).html());
      }
      open.push(new Open(mark, linked));
    }
    while (!open.isEmpty()) {
      at = close(text, out, open.pop(), at);
    }
    out.append(Html.escape(text.substring(at)));
    return new Html.Safe(out.toString());
  }

  private static int close(String text, StringBuilder out, Open open, int at) {
    int end = open.mark().span().end();
    out.append(Html.escape(text.substring(at, end)));
    out.append(open.linked() ? "</a></mark>" : "</mark>");
    return end;
  }

  /** The facts in reading order: each entity once (with its roles), each place once, every date and quote. */
  List<Fact> facts() {
    List<Fact> facts = new ArrayList<>();
    Map<String, Boolean> seen = new LinkedHashMap<>();
    for (Mention mention : article.annotations().mentions()) {
      if (mention.entity().isEmpty() || seen.putIfAbsent("e" + mention.entity().get(), true) != null) {
        continue;
      }
      Entity entity = entities.get(mention.entity().get());
      String name = entity != null ? entity.name() : mention.text();
      String roles = entity == null ? "" : String.join(" ; ", entity.roles().stream().map(Role::text).toList());
      facts.add(new Fact(kindOf(mention.type()), name, roles,
          Optional.of("/entity/" + Html.segment(mention.entity().get())), mention.span()));
    }
    for (Place place : article.annotations().places()) {
      if (seen.putIfAbsent("p" + place.geonameId(), true) == null) {
        facts.add(new Fact(Kind.PLACE, place.name(), words.countryName(place.country()),
            Optional.of("/country/" + Html.segment(place.country())), place.span()));
      }
    }
    for (TimeExpression time : article.annotations().times()) {
      facts.add(new Fact(Kind.DATE, time.text(), time.value(), Optional.empty(), time.span()));
    }
    for (Quote quote : article.annotations().quotes()) {
      facts.add(new Fact(Kind.QUOTE, quote.text(), speakerName(quote) + quote.cue().map(c -> " (" + c + ")").orElse(""),
          quote.speaker().filter(entities::containsKey).map(s -> "/entity/" + Html.segment(s)), quote.span()));
    }
    facts.sort(Comparator.comparing((Fact f) -> f.span().in()).thenComparingInt(f -> f.span().index())
        .thenComparingInt(f -> f.span().start()));
    return facts;
  }

  /** The sentence a span was read in, with the span's words marked. */
  Html.Safe sentence(Span span) {
    Optional<String> covered = span.textIn(article);
    if (covered.isEmpty()) {
      return Html.Safe.EMPTY;
    }
    String text = textOf(span.in(), span.index());
    BreakIterator sentences = BreakIterator.getSentenceInstance(words.locale());
    sentences.setText(text);
    int end = sentences.following(Math.min(span.start(), Math.max(0, text.length() - 1)));
    int start = sentences.previous();
    // A quote or a name that runs over a sentence end: widen to its end.
    int stop = Math.max(end == BreakIterator.DONE ? text.length() : end, span.end());
    start = Math.max(0, Math.min(start == BreakIterator.DONE ? 0 : start, span.start()));
    return marked(text, start, span, stop);
  }

  /**
   * An event's sentence as the event stage cut it, its trigger marked; the sentence found around the
   * trigger when the two spans do not fit one inside the other (a record from elsewhere).
   */
  Html.Safe sentence(Event event) {
    Span sentence = event.span();
    Optional<Span> trigger = event.trigger().map(EventArgument::span);
    if (sentence.textIn(article).isEmpty()) {
      return trigger.map(this::sentence).orElse(Html.Safe.EMPTY);
    }
    if (trigger.isEmpty() || trigger.get().in() != sentence.in() || trigger.get().index() != sentence.index()
        || trigger.get().start() < sentence.start() || trigger.get().end() > sentence.end()) {
      return trigger.filter(t -> t.textIn(article).isPresent()).map(this::sentence)
          .orElse(Html.t("{}", sentence.textIn(article).get().strip()));
    }
    return marked(textOf(sentence.in(), sentence.index()), sentence.start(), trigger.get(), sentence.end());
  }

  private static Html.Safe marked(String text, int start, Span span, int stop) {
    return Html.t("{}<mark class=\"m m-evidence\">{}</mark>{}", text.substring(start, span.start()),
        text.substring(span.start(), span.end()), text.substring(span.end(), stop).stripTrailing());
  }

  /** Who an actor or a target is: the entity's name and page for an entity id, the words as written otherwise. */
  Party party(String value) {
    Entity entity = entities.get(value);
    return entity == null ? new Party(value, Optional.empty())
        : new Party(entity.name(), Optional.of("/entity/" + Html.segment(value)));
  }

  /** An event's actor or target as a reader sees it. */
  record Party(String name, Optional<String> link) {}
}
