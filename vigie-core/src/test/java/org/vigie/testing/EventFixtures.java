package org.vigie.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.vigie.bench.NerScore;
import org.vigie.model.Article;
import org.vigie.model.ArticleIds;
import org.vigie.model.Block;
import org.vigie.model.EntityType;
import org.vigie.model.Event;
import org.vigie.model.EventArgument;
import org.vigie.model.Precision;
import org.vigie.model.Published;

/**
 * The hand-made news sentences of {@code fixtures/events/news-sentences.txt}, French and English,
 * each with the events it reports, and the measure of what a pipeline reads in them: precision and
 * recall of events matched on type, actors and factuality, then how often a matched event has the
 * right target and place. Shared by the core test (names given) and the CoreNLP one (names found).
 */
public final class EventFixtures {
  private static final Pattern NAME = Pattern.compile("\\[(PER|ORG|LOC|MISC) ([^\\]]+)\\]");

  private EventFixtures() {}

  /** A name the sentence holds, as its words. */
  public record Name(String words, EntityType type) {}

  /** An event the sentence reports; target and place empty when not stated or not checked. */
  public record Expected(String type, List<String> actors, Optional<String> target, Optional<String> place,
      Event.Factuality factuality) {}

  /** One sentence and what it reports. */
  public record Case(String name, String language, String text, List<Name> names, List<Expected> expected) {

    /** The sentence as an article: a neutral title, the sentence as its one paragraph, published 2024-03-15. */
    public Article article() {
      String title = language.equals("fr") ? "Actualités" : "News";
      List<Block> body = List.of(Block.paragraph(text));
      String hash = ArticleIds.contentHash(title, body);
      return new Article(name, Optional.empty(), "fixture:" + name, Optional.empty(), Optional.empty(), title,
          Optional.empty(), Optional.of(new Published("2024-03-15", Precision.DAY, false)), Optional.of(language),
          body, List.of(), List.of(), hash);
    }
  }

  /** The sentences the rules were written with. */
  public static List<Case> load() {
    return load("news-sentences.txt");
  }

  /** The sentences written after the rules, to measure them without having tuned them on it. */
  public static List<Case> heldOut() {
    return load("news-sentences-heldout.txt");
  }

  /** The sentences written before the held-out figures changed the rules, read only to report. */
  public static List<Case> blind() {
    return load("news-sentences-blind.txt");
  }

  private static List<Case> load(String file) {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = EventFixtures.class.getResourceAsStream("/fixtures/events/" + file)) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Case current = null;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("=>")) {
          if (current == null) {
            throw new IllegalStateException("an event before any sentence: " + line);
          }
          String[] columns = line.substring(2).split("\\|");
          if (!columns[0].strip().equals("none")) {
            current.expected().add(new Expected(columns[0].strip(), list(columns[1]), value(columns[2]),
                value(columns[3]), columns.length > 4
                    ? Event.Factuality.valueOf(columns[4].strip().toUpperCase(Locale.ROOT))
                    : Event.Factuality.ASSERTED));
          }
          continue;
        }
        String[] columns = line.split("\\|", 3);
        current = of(columns[0].strip(), columns[1].strip(), columns[2].strip());
        cases.add(current);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(cases);
  }

  /** A sentence written with its names in brackets ("[PER Hulusi Akar] s'est rendu à [LOC Bagdad]."). */
  public static Case of(String name, String language, String marked) {
    List<Name> names = new ArrayList<>();
    Matcher m = NAME.matcher(marked);
    StringBuilder text = new StringBuilder();
    while (m.find()) {
      names.add(new Name(m.group(2), EntityType.valueOf(m.group(1))));
      m.appendReplacement(text, Matcher.quoteReplacement(m.group(2)));
    }
    m.appendTail(text);
    return new Case(name, language, text.toString(), names, new ArrayList<>());
  }

  private static List<String> list(String column) {
    String value = column.strip();
    return value.equals("-") ? List.of() : Stream.of(value.split(";")).map(String::strip).toList();
  }

  private static Optional<String> value(String column) {
    String value = column.strip();
    return value.equals("-") ? Optional.empty() : Optional.of(value);
  }

  /**
   * What a pipeline read in the cases.
   *
   * @param events found events matching an expected one on type, actors and factuality (correct), events
   *     found (predicted), events the sentences report (gold)
   */
  public record Score(NerScore.Counts events, int targetsChecked, int targetsRight, int placesChecked,
      int placesRight, List<String> misses, List<String> spurious) {

    public double precision() {
      return events.precision();
    }

    public double recall() {
      return events.recall();
    }

    public String report() {
      return String.format(Locale.ROOT, "events: %d expected, %d found, %d matched on type+actors: precision %.3f,"
          + " recall %.3f, F1 %.3f; target right %d/%d, place right %d/%d%n  missed: %s%n  spurious: %s",
          events.gold(), events.predicted(), events.correct(), precision(), recall(), events.f1(), targetsRight,
          targetsChecked, placesRight, placesChecked, misses, spurious);
    }
  }

  public static Score score(List<Case> cases, Function<Case, Article> annotate) {
    int expected = 0;
    int found = 0;
    int matched = 0;
    int targetsChecked = 0;
    int targetsRight = 0;
    int placesChecked = 0;
    int placesRight = 0;
    List<String> misses = new ArrayList<>();
    List<String> spurious = new ArrayList<>();
    for (Case c : cases) {
      Article article = annotate.apply(c);
      List<Event> events = new ArrayList<>(article.annotations().events());
      expected += c.expected().size();
      found += events.size();
      for (Expected e : c.expected()) {
        Optional<Event> match = events.stream().filter(p -> matches(article, e, p)).findFirst();
        if (match.isEmpty()) {
          misses.add(c.name() + " " + e.type() + " " + e.actors());
          continue;
        }
        matched++;
        events.remove(match.get());
        if (e.target().isPresent()) {
          targetsChecked++;
          String wanted = e.target().get().toLowerCase(Locale.ROOT);
          if (match.get().target().map(t -> names(article, t)).orElse(List.of()).stream()
              .anyMatch(n -> n.contains(wanted) || wanted.contains(n))) {
            targetsRight++;
          }
        }
        if (e.place().isPresent()) {
          placesChecked++;
          String wanted = e.place().get().toLowerCase(Locale.ROOT);
          List<String> place = new ArrayList<>();
          match.get().place().ifPresent(p -> place.add(p.toLowerCase(Locale.ROOT)));
          match.get().evidence().stream().filter(a -> a.role() == EventArgument.Role.PLACE)
              .forEach(a -> place.add(a.text().toLowerCase(Locale.ROOT)));
          if (place.stream().anyMatch(p -> p.equals(wanted) || p.contains(wanted))) {
            placesRight++;
          }
        }
      }
      events.forEach(p -> spurious.add(c.name() + " " + p.type() + " " + p.actors() + " " + p.factuality()));
    }
    return new Score(new NerScore.Counts(matched, found, expected), targetsChecked, targetsRight, placesChecked,
        placesRight, misses, spurious);
  }

  private static boolean matches(Article article, Expected e, Event p) {
    if (!p.type().equals(e.type()) || p.factuality() != e.factuality() || p.actors().size() != e.actors().size()) {
      return false;
    }
    List<String> left = new ArrayList<>(p.actors());
    for (String actor : e.actors()) {
      String wanted = actor.toLowerCase(Locale.ROOT);
      Optional<String> hit = left.stream().filter(a -> names(article, a).stream()
          .anyMatch(n -> n.equals(wanted) || n.contains(wanted))).findFirst();
      if (hit.isEmpty()) {
        return false;
      }
      left.remove(hit.get());
    }
    return true;
  }

  /** The names an event's value stands for, in lower case: an entity's name and variants, else the value. */
  private static List<String> names(Article article, String value) {
    return article.annotations().entities().stream().filter(en -> en.id().equals(value)).findFirst()
        .map(en -> Stream.concat(Stream.of(en.name()), en.variants().stream()))
        .orElse(Stream.of(value)).map(n -> n.toLowerCase(Locale.ROOT)).toList();
  }
}
