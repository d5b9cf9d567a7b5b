package org.vigie.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigie.model.Annotations;
import org.vigie.model.Article;
import org.vigie.model.ArticleIds;
import org.vigie.model.Block;
import org.vigie.model.CameoRoot;
import org.vigie.model.Caption;
import org.vigie.model.CountryScore;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Event;
import org.vigie.model.EventArgument;
import org.vigie.model.Grouping;
import org.vigie.model.Mention;
import org.vigie.model.Place;
import org.vigie.model.Precision;
import org.vigie.model.Published;
import org.vigie.model.Quote;
import org.vigie.model.Role;
import org.vigie.model.Span;
import org.vigie.model.SpanTarget;
import org.vigie.model.TimeExpression;
import org.vigie.model.TimeType;

/**
 * Articles annotated by hand, as the understanding stages will annotate them: entities with roles,
 * places, countries, dates, quotes and a story, each span pointing at the words it names. Search,
 * the API, the feeds and the pages are tested on these until the stages fill real articles.
 */
public final class AnnotatedArticles {
  public static final String HAFTAR = "Q455843";
  public static final String AKAR = "Q6111937";
  public static final String NATO = "Q7184";
  public static final String STORY = "s-akar-tripoli";

  private AnnotatedArticles() {}

  /** The seed's story: Turkish ministers in Tripoli (French, AFP). */
  public static Article akarInTripoli() {
    String title = "Le ministre turc de la Défense Hulusi Akar en visite à Tripoli";
    String p0 = "Le ministre turc de la Défense Hulusi Akar est arrivé vendredi 3 juillet 2020 à Tripoli, où il a"
        + " rencontré des responsables du gouvernement libyen.";
    String p1 = "« Nous continuerons à soutenir le gouvernement légitime », a déclaré Hulusi Akar, selon l'agence"
        + " Anadolu, alors que les forces du maréchal Khalifa Haftar reculent.";
    String p2 = "L'Otan suit de près la situation en Libye.";
    return builder("https://www.afp.com/fr/akar-tripoli", "AFP", title, "fr", "2020-07-03", p0, p1, p2)
        .caption("Hulusi Akar à son arrivée à Tripoli, le 3 juillet 2020.", "AFP / TURKISH DEFENCE MINISTRY")
        .entity(AKAR, "Hulusi Akar", EntityType.PER, List.of("Akar"), "ministre turc de la Défense", "TR", title)
        .entity(HAFTAR, "Khalifa Haftar", EntityType.PER, List.of("maréchal Haftar"), "maréchal", "LY", p1)
        .entity(NATO, "Organisation du traité de l'Atlantique nord", EntityType.ORG, List.of("Otan"), null, null, p2)
        .place("Tripoli", 2210247, "Tripoli", "LY", 32.89, 13.19, p0)
        .place("Libye", 2215636, "Libye", "LY", 27.0, 17.0, p2)
        .country("LY", 0.9).country("TR", 0.4)
        .time("vendredi 3 juillet 2020", "2020-07-03", p0)
        .quote("Nous continuerons à soutenir le gouvernement légitime", AKAR, "a déclaré", p1)
        .event("visit", CameoRoot.CONSULT, Event.Factuality.ASSERTED, AKAR, "est arrivé", p0)
        .story(STORY)
        .build();
  }

  /** The same story in English, from another outlet, two days later. */
  public static Article akarInEnglish() {
    String title = "Turkish defence minister Hulusi Akar visits Tripoli";
    String p0 = "Turkey's defence minister Hulusi Akar visited Tripoli on Friday to meet officials of the Libyan"
        + " government.";
    String p1 = "\"We will keep supporting the legitimate government,\" Akar said, as the forces of Khalifa Haftar"
        + " retreat.";
    return builder("https://example.org/news/akar-tripoli", "Example News", title, "en", "2020-07-05", p0, p1)
        .entity(AKAR, "Hulusi Akar", EntityType.PER, List.of("Akar"), "defence minister", "TR", p0)
        .entity(HAFTAR, "Khalifa Haftar", EntityType.PER, List.of("Haftar"), null, null, p1)
        .place("Tripoli", 2210247, "Tripoli", "LY", 32.89, 13.19, p0)
        .country("LY", 0.8).country("TR", 0.5)
        .quote("We will keep supporting the legitimate government", AKAR, "said", p1)
        .event("fighting", CameoRoot.FIGHT, Event.Factuality.NEGATED, HAFTAR, "retreat", p1)
        .story(STORY)
        .build();
  }

  /** Another country, another person, no story. */
  public static Article tunisElection() {
    String title = "Élection présidentielle en Tunisie : Kaïs Saïed en tête";
    String p0 = "Le candidat Kaïs Saïed arrive en tête du premier tour de l'élection présidentielle à Tunis.";
    return builder("https://www.example.fr/tunisie-election", "Le Quotidien", title, "fr", "2019-09-16", p0)
        .entity("Q7358", "Kaïs Saïed", EntityType.PER, List.of(), "candidat", "TN", p0)
        .place("Tunis", 2464470, "Tunis", "TN", 36.8, 10.18, p0)
        .country("TN", 1.0)
        .build();
  }

  public static Builder builder(String url, String source, String title, String language, String day,
      String... paragraphs) {
    return new Builder(url, source, title, language, day, List.of(paragraphs));
  }

  /** Builds an annotated article; spans are found by looking the words up in the given paragraph or the title. */
  public static final class Builder {
    private final String url;
    private final String source;
    private final String title;
    private final String language;
    private final String day;
    private final List<String> paragraphs;
    private final List<Caption> captions = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();
    private final List<CountryScore> countries = new ArrayList<>();
    private final List<TimeExpression> times = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private Optional<String> story = Optional.empty();
    private Optional<String> byline = Optional.empty();

    private Builder(String url, String source, String title, String language, String day, List<String> paragraphs) {
      this.url = url;
      this.source = source;
      this.title = title;
      this.language = language;
      this.day = day;
      this.paragraphs = paragraphs;
    }

    public Builder byline(String value) {
      byline = Optional.of(value);
      return this;
    }

    public Builder caption(String text, String credit) {
      captions.add(new Caption(text, Optional.of(credit), Optional.empty()));
      return this;
    }

    /** An entity named in {@code where} (the title or a paragraph), with a role written there too when given. */
    public Builder entity(String id, String name, EntityType type, List<String> variants, String role,
        String roleCountry, String where) {
      List<Role> roles = new ArrayList<>();
      if (role != null && where.contains(role)) {
        roles.add(new Role(role, Optional.ofNullable(roleCountry), span(where, role)));
      }
      entities.add(new Entity(id, name, type, variants, roles));
      String written = where.contains(name) ? name : variants.stream().filter(where::contains).findFirst().orElse(null);
      if (written != null) {
        mentions.add(new Mention(written, type, Optional.of(id), span(where, written)));
      }
      return this;
    }

    public Builder place(String text, long geonameId, String name, String country, double lat, double lon,
        String where) {
      places.add(new Place(text, geonameId, name, country, lat, lon, false, span(where, text)));
      return this;
    }

    public Builder country(String code, double score) {
      countries.add(new CountryScore(code, score));
      return this;
    }

    public Builder time(String text, String value, String where) {
      times.add(new TimeExpression(text, value, TimeType.DATE, span(where, text)));
      return this;
    }

    public Builder quote(String text, String speaker, String cue, String where) {
      quotes.add(new Quote(text, Optional.of(speaker), Optional.of(cue), true, span(where, text)));
      return this;
    }

    /** An event of one actor, its trigger written in {@code where}, the whole of which is its sentence. */
    public Builder event(String type, CameoRoot root, Event.Factuality factuality, String actor, String trigger,
        String where) {
      Span sentence = span(where, where);
      events.add(new Event(type, root, factuality, List.of(actor), List.of(), Optional.empty(), Optional.empty(),
          Optional.empty(), List.of(new EventArgument(EventArgument.Role.TRIGGER, trigger, type, Optional.empty(),
              span(where, trigger))), sentence));
      return this;
    }

    public Builder story(String id) {
      story = Optional.of(id);
      return this;
    }

    private Span span(String where, String words) {
      int start = where.indexOf(words);
      if (start < 0) {
        throw new IllegalArgumentException("\"" + words + "\" is not in \"" + where + "\"");
      }
      if (where.equals(title)) {
        return new Span(SpanTarget.TITLE, 0, start, start + words.length());
      }
      int index = paragraphs.indexOf(where);
      if (index < 0) {
        throw new IllegalArgumentException("not the title nor a paragraph: " + where);
      }
      return new Span(SpanTarget.BODY, index, start, start + words.length());
    }

    public Article build() {
      List<Block> body = paragraphs.stream().map(Block::paragraph).toList();
      String hash = ArticleIds.contentHash(title, body);
      Article article = new Article(ArticleIds.of(Optional.of(url), hash), Optional.of(url), url, Optional.of(source),
          Optional.of("Monde"), title, byline, Optional.of(new Published(day, Precision.DAY, false)),
          Optional.of(language), body, captions, List.of(), hash);
      return article
          .withAnnotations(new Annotations(mentions, entities, places, countries, Optional.empty(), times, quotes,
              events))
          .withGrouping(new Grouping(Optional.empty(), story));
    }
  }
}
