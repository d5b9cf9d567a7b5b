package org.vigie.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigie.geo.Gazetteer;
import org.vigie.model.Annotations;
import org.vigie.model.Article;
import org.vigie.model.Block;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Event;
import org.vigie.model.Mention;
import org.vigie.model.Place;
import org.vigie.model.Quote;
import org.vigie.model.Role;
import org.vigie.model.Span;
import org.vigie.model.SpanTarget;
import org.vigie.model.TimeExpression;
import org.vigie.model.TimeType;
import org.vigie.pipeline.Outcome;

/**
 * Random text with random annotations on it (names, roles, places, times, quotes, spans anywhere,
 * overlapping or empty): whatever the input, the events stage returns, and every event's evidence
 * span holds its text; paragraphs of 2 MB are read in bounded time.
 */
class EventRandomInputTest {
  private static final EventStage STAGE = new EventStage(Gazetteer.bundled());
  private static final String[] PIECES = {"a rencontré", "se sont rendus", "à", "au", "de", "du", "par", "et", ",",
      ". ", "qui", "pour", "visite", "offensive", "accord", "signé", "n'", "pas", "met", "visited", "by", "was",
      "arrested", "talks", "between", "and", "with", "to", "the", "la capitale", "capital", "police", "«", "»", "\"",
      "(", ")", ";", "\n", " ", " ", " ", "Tripoli", "Hulusi Akar", "GNA", "il", "he", "said", "a déclaré", "'s",
      "accompagné", "lancé", "une", "contre", "on", "é", "𝔘", "\uD800", "x", "-", "…"};

  @Test
  void apply_randomArticles_neverThrowAndEvidenceHoldsItsText() {
    Random random = new Random(20200703L);
    for (int round = 0; round < 1500; round++) {
      List<String> paragraphs = new ArrayList<>();
      for (int p = 0, n = 1 + random.nextInt(3); p < n; p++) {
        StringBuilder text = new StringBuilder();
        for (int i = 0, pieces = random.nextInt(60); i < pieces; i++) {
          text.append(random.nextInt(8) == 0 ? String.valueOf((char) random.nextInt(0x3000))
              : PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(3) == 0 ? "" : " ");
        }
        paragraphs.add(text.toString());
      }
      String language = random.nextInt(5) == 0 ? "de" : random.nextBoolean() ? "fr" : "en";
      Article article = article(language, paragraphs);
      article = article.withAnnotations(annotations(random, paragraphs));
      Outcome<Article> outcome = STAGE.apply(article);
      assertThat(outcome).isInstanceOf(Outcome.Done.class);
      Article read = ((Outcome.Done<Article>) outcome).value();
      for (Event e : read.annotations().events()) {
        assertThat(e.span().textIn(read)).isPresent();
        assertThat(e.evidence()).allSatisfy(a -> assertThat(a.span().textIn(read)).contains(a.text()));
      }
    }
  }

  @Test
  void apply_twoMegabyteParagraphs_boundedTime() {
    String prose = "Le ministre Hulusi Akar et le chef Yasar Guler se sont rendus vendredi à Tripoli pour rencontrer"
        + " Fayez al-Sarraj, a déclaré le GNA. ";
    List<String> paragraphs = List.of(prose.repeat(15_000), "visite de Akar à Tripoli et ".repeat(70_000),
        "met by and to the with ".repeat(90_000));
    for (String paragraph : paragraphs) {
      for (String language : new String[] {"fr", "en"}) {
        Article article = article(language, List.of(paragraph));
        Article annotated = article.withAnnotations(names(paragraph, "Hulusi Akar", "Akar", "Tripoli", "GNA"));
        assertTimeoutPreemptively(Duration.ofSeconds(60),
            () -> assertThatCode(() -> STAGE.apply(annotated)).doesNotThrowAnyException());
      }
    }
  }

  private static Article article(String language, List<String> paragraphs) {
    return new Article("id", Optional.empty(), "test", Optional.empty(), Optional.empty(), "Titre", Optional.empty(),
        Optional.empty(), Optional.of(language), paragraphs.stream().map(Block::paragraph).toList(), List.of(),
        List.of(), "hash");
  }

  /** Annotations anywhere in the paragraphs, including spans that cut words or overlap. */
  private static Annotations annotations(Random random, List<String> paragraphs) {
    List<Mention> mentions = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    List<Place> places = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      String text = paragraphs.get(p);
      for (int i = 0, n = random.nextInt(8); i < n && !text.isEmpty(); i++) {
        Span span = span(random, p, text.length());
        String words = text.substring(span.start(), span.end());
        EntityType type = EntityType.values()[random.nextInt(EntityType.values().length)];
        String id = "e" + random.nextInt(5);
        mentions.add(new Mention(words, type, random.nextBoolean() ? Optional.of(id) : Optional.empty(), span));
        entities.add(new Entity(id, words, type, List.of(), random.nextBoolean() ? List.of()
            : List.of(new Role(words, Optional.of("TR"), span(random, p, text.length())))));
        if (random.nextBoolean()) {
          places.add(new Place(words.isEmpty() ? "x" : words, 2210247, "Tripoli", "LY", 32.9, 13.2,
              random.nextBoolean(), span));
        }
        if (random.nextInt(3) == 0) {
          times.add(new TimeExpression(words, random.nextBoolean() ? "2020-07-03" : "PAST_REF", TimeType.DATE,
              span(random, p, text.length())));
        }
        if (random.nextInt(3) == 0) {
          quotes.add(new Quote(words, Optional.of(id), Optional.of(random.nextBoolean() ? "a déclaré" : words), true,
              span));
        }
      }
    }
    return new Annotations(mentions, entities, places, List.of(), Optional.empty(), times, quotes, List.of());
  }

  private static Span span(Random random, int paragraph, int length) {
    int start = random.nextInt(length);
    return new Span(SpanTarget.BODY, paragraph, start, start + random.nextInt(length - start + 1));
  }

  /** Each occurrence of the names as a mention, as a recogniser would give them. */
  private static Annotations names(String text, String... names) {
    List<Mention> mentions = new ArrayList<>();
    for (String name : names) {
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
        mentions.add(new Mention(name, EntityType.PER, Optional.of(name), new Span(SpanTarget.BODY, 0, at,
            at + name.length())));
      }
    }
    mentions.sort((a, b) -> a.span().start() - b.span().start());
    return Annotations.NONE.withMentions(mentions);
  }
}
