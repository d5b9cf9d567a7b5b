package org.vigie.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vigie.model.Article;
import org.vigie.model.Block;
import org.vigie.model.BlockKind;
import org.vigie.model.Caption;
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
