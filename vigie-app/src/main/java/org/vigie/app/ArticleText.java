package org.vigie.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.vigie.model.Annotations;
import org.vigie.model.Article;
import org.vigie.model.Block;
import org.vigie.model.Entity;
import org.vigie.model.BlockKind;
import org.vigie.model.Caption;
import org.vigie.model.Event;
import org.vigie.model.Published;

/** An article as a person reads it in a terminal: the headline, its metadata, captions, then the body. */
final class ArticleText {
  private ArticleText() {}

  static void print(Article article, PrintWriter out) {
    out.println(article.title());
    out.println("=".repeat(Math.min(article.title().length(), 80)));
    field(out, "id", Optional.of(article.id()));
    field(out, "section", article.section());
    field(out, "published", article.published().map(ArticleText::published));
    field(out, "language", article.language());
    field(out, "source", article.source());
    field(out, "byline", article.byline());
    field(out, "url", article.url());
    field(out, "read from", Optional.of(article.location()));
    field(out, "copy of", article.grouping().duplicateOf());
    field(out, "story", article.grouping().story());
    if (!article.tags().isEmpty()) {
      field(out, "tags", Optional.of(String.join(", ", article.tags())));
    }
    for (Caption caption : article.captions()) {
      out.println();
      out.println("[caption] " + caption.text());
      List<String> about = new ArrayList<>();
      caption.credit().ifPresent(credit -> about.add("credit: " + credit));
      caption.date().map(LocalDate::toString).ifPresent(date -> about.add("date: " + date));
      if (!about.isEmpty()) {
        out.println("          " + String.join("; ", about));
      }
    }
    for (Block block : article.body()) {
      out.println();
      out.println(block.kind() == BlockKind.PARAGRAPH ? block.text()
          : "[" + block.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + "] " + block.text());
    }
    printFacts(article.annotations(), out);
  }

  /** What the understanding stages read, one line a fact, after the text it was read from. */
  private static void printFacts(Annotations facts, PrintWriter out) {
    Map<String, Entity> entities = facts.entitiesById();
    Function<String, String> name = idOrWords -> entities.containsKey(idOrWords) ? entities.get(idOrWords).name()
        : idOrWords;
    section(out, "countries", facts.countries().stream()
        .map(c -> String.format(Locale.ROOT, "%s %.2f", c.code(), c.score())).toList());
    facts.focus().ifPresent(focus -> section(out, "focus", List.of(focus.name() + ", " + focus.country())));
    section(out, "entities", facts.entities().stream()
        .map(e -> e.name() + " (" + e.type() + ")" + e.roles().stream().findFirst()
            .map(r -> ", " + r.text() + r.country().map(c -> " [" + c + "]").orElse("")).orElse(""))
        .toList());
    section(out, "places", facts.places().stream()
        .map(p -> p.text() + " → " + p.name() + ", " + p.country() + (p.metonymy() ? " (for its government)" : ""))
        .distinct().toList());
    section(out, "dates", facts.times().stream().map(t -> t.text() + " → " + t.value()).distinct().toList());
    section(out, "quotes", facts.quotes().stream()
        .map(q -> q.speaker().map(name).orElse("?") + ": " + (q.direct() ? "« " + q.text() + " »" : q.text()))
        .toList());
    section(out, "events", facts.events().stream().map(e -> event(e, name)).toList());
  }

  /** "visit [04 consult]: Hulusi Akar, Yasar Guler (TR) → GNA, at Tripoli, 2020-07-03". */
  private static String event(Event event, Function<String, String> name) {
    StringBuilder line = new StringBuilder(event.type()).append(" [").append(event.root().code()).append(' ')
        .append(event.root().label()).append("]");
    if (event.factuality() != Event.Factuality.ASSERTED) {
      line.append(" (").append(event.factuality().name().toLowerCase(Locale.ROOT)).append(")");
    }
    line.append(": ").append(event.actors().isEmpty() ? "?"
        : String.join(", ", event.actors().stream().map(name).toList()));
    if (!event.actorCountries().isEmpty()) {
      line.append(" (").append(String.join(", ", event.actorCountries())).append(")");
    }
    event.target().ifPresent(target -> line.append(" → ").append(name.apply(target)));
    event.place().ifPresent(place -> line.append(", at ").append(place));
    event.time().ifPresent(time -> line.append(", ").append(time));
    return line.toString();
  }

  private static void section(PrintWriter out, String title, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    out.println();
    out.println("[" + title + "]");
    lines.forEach(line -> out.println("  " + line));
  }

  private static void field(PrintWriter out, String name, Optional<String> value) {
    value.ifPresent(v -> out.printf(Locale.ROOT, "%-10s %s%n", name + ":", v));
  }

  /** "2020-07-03 (day, inferred from the text)". */
  static String published(Published published) {
    return published.value() + " (" + published.precision().name().toLowerCase(Locale.ROOT)
        + (published.inferred() ? ", inferred from the text)" : ")");
  }
}
