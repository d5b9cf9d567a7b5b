package org.vigie.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.vigie.testing.AnnotatedArticles;

class ArticleTextTest {
  private static String print(org.vigie.model.Article article) {
    StringWriter text = new StringWriter();
    ArticleText.print(article, new PrintWriter(text, true));
    return text.toString();
  }

  @Test
  void print_annotatedArticle_listsItsFactsAfterTheBody() {
    String text = print(AnnotatedArticles.akarInTripoli());

    assertThat(text)
        .contains("[countries]\n  LY 0.90\n  TR 0.40")
        .contains("  Hulusi Akar (PER), ministre turc de la Défense [TR]")
        .contains("  Tripoli → Tripoli, LY")
        .contains("  vendredi 3 juillet 2020 → 2020-07-03")
        .contains("  Hulusi Akar: « Nous continuerons à soutenir le gouvernement légitime »")
        .contains("  visit [04 consult]: Hulusi Akar");
    assertThat(text.indexOf("L'Otan suit de près")).isLessThan(text.indexOf("[countries]"));
  }

  @Test
  void print_negatedEvent_saysSo() {
    assertThat(print(AnnotatedArticles.akarInEnglish())).contains("fighting [19 fight] (negated): Khalifa Haftar");
  }

  @Test
  void print_articleWithoutFacts_printsNoFactSection() {
    String text = print(AnnotatedArticles.builder("https://example.org/a", "Example", "A title", "en", "2020-07-05",
        "One paragraph.").build());

    assertThat(text).doesNotContain("[countries]").doesNotContain("[events]").endsWith("One paragraph." + System.lineSeparator());
  }
}
