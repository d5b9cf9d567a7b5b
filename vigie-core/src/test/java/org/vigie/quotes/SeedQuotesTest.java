package org.vigie.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.model.Quote;
import org.vigie.pipeline.Outcome;
import org.vigie.testing.SeedArticle;

/** The Quotes table of ../shared/seed/EXPECTED.md, one test a row. */
class SeedQuotesTest {
  private static Article article;
  private static List<Quote> quotes;

  @BeforeAll
  static void read() throws IOException {
    Article extracted = SeedArticle.extracted();
    article = ((Outcome.Done<Article>) new QuoteStage().apply(extracted)).value();
    quotes = article.annotations().quotes();
  }

  @Test
  void quotes_pourparlers_saidByTheGnaStatement() {
    assertThat(direct("Les pourparlers qui se sont déroulés")).satisfies(q -> {
      assertThat(q.speaker()).contains("GNA");
      assertThat(q.cue()).contains("a indiqué");
      assertThat(q.text()).endsWith("les volets de la coopération militaire et sécuritaire");
    });
  }

  @Test
  void quotes_appuiTurc_saidBySalahAlNamrouch() {
    assertThat(direct("L'appui turc au gouvernement légitime en Libye")).satisfies(q -> {
      assertThat(q.speaker()).contains("Salah al-Namrouch");
      assertThat(q.cue()).contains("a affirmé");
    });
  }

  @Test
  void quotes_partialQuotes_attributedToTheSameSource() {
    assertThat(direct("coordination").text()).isEqualTo("coordination");
    assertThat(direct("coordination").speaker()).contains("GNA");
    assertThat(direct("de l'ouverture de centres de formation").speaker()).contains("GNA");
    assertThat(direct("de l'ouverture de centres de formation").cue()).contains("d'après");
  }

  @Test
  void quotes_everyQuote_spanHoldsItsText() {
    assertThat(quotes).isNotEmpty().allSatisfy(q -> assertThat(q.span().textIn(article)).contains(q.text()));
  }

  @Test
  void quotes_reportedSpeech_selonLeGna() {
    assertThat(quotes).anySatisfy(q -> {
      assertThat(q.direct()).isFalse();
      assertThat(q.text()).startsWith("Le ministre turc de la Défense Hulusi Akar");
      assertThat(q.speaker()).contains("GNA");
    });
  }

  private static Quote direct(String start) {
    return quotes.stream().filter(q -> q.direct() && q.text().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no direct quote starting «" + start + "» in " + quotes));
  }
}
