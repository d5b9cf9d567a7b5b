package org.vigie.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigie.model.Quote;

/**
 * Random and adversarial text: whatever the input, the quote stage returns and every quote's span
 * holds its text; a 2 MB paragraph, of prose or of quotation marks, is read in bounded time.
 */
class QuoteRandomInputTest {
  private static final String[] PIECES = {"«", "»", "\"", "“", "”", "‹", "›", "''", "'", "’", " ", ", ", ". ", ":",
      "\n", "\u00A0", "a déclaré", "a-t-il", "ajouté", "selon", "d'après", "said", "he", "il", "Jean Dupont",
      "according to", "told", "that", "le", "GNA", "Mr.", "—", "―", "(", ")", "-", "é", "𝔘", "\uD800", "x"};

  @Test
  void apply_randomParagraphs_neverThrowsAndSpansHoldTheirText() {
    Random random = new Random(20200703L);
    for (int round = 0; round < 1500; round++) {
      String[] paragraphs = new String[1 + random.nextInt(3)];
      for (int p = 0; p < paragraphs.length; p++) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(50);
        for (int i = 0; i < pieces; i++) {
          text.append(random.nextInt(6) == 0 ? String.valueOf((char) random.nextInt(0x3000))
              : PIECES[random.nextInt(PIECES.length)]);
        }
        paragraphs[p] = text.toString();
      }
      String language = random.nextBoolean() ? "fr" : "en";
      var article = QuoteShapes.article(language, paragraphs);
      List<Quote> quotes = QuoteShapes.stage(article);
      assertThat(quotes).allSatisfy(q -> assertThat(q.span().textIn(article)).contains(q.text()));
    }
  }

  @Test
  void apply_twoMegabyteParagraphs_boundedTime() {
    String[] paragraphs = {
        "« La coopération se poursuit », a affirmé le ministre Jean Dupont, selon un communiqué du GNA. "
            .repeat(22_000),
        "\"a\" ".repeat(500_000),
        "«".repeat(1_000_000) + "»".repeat(1_000_000)};
    for (String paragraph : paragraphs) {
      for (String language : new String[] {"fr", "en"}) {
        assertTimeoutPreemptively(Duration.ofSeconds(60),
            () -> assertThatCode(() -> QuoteShapes.quotes(language, paragraph)).doesNotThrowAnyException());
      }
    }
  }
}
