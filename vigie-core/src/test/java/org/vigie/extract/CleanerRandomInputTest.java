package org.vigie.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigie.model.Block;

/**
 * Random and adversarial text, in the spirit of Lucene's checkRandomData: whatever the input, the
 * cleaner returns, and its output is made of the input's own text. Seeded, so a failure repeats.
 */
class CleanerRandomInputTest {
  private static final String[] PIECES = {"Rechercher", "\n", "\n\n", " ", "...", "(...)", "…", "Photo AFP", "©",
      "Le ministre a dit", "\"", "«", "»", ".", "Tripoli", "3 juillet 2020", "Par", "By", " > ", "\r\n", "\u00A0",
      "\u200B", "é", "𝔘", "\uD800", "Lire aussi", "Published", "2020-07-03", "a", "The storm hit the coast."};

  /** White space and the invisible characters the cleaner removes from lines. */
  private static final String INVISIBLE = "[\\s\\p{Z}\\u001C-\\u001F\\u200B\\u200C\\u200D\\uFEFF\\u00AD]+";

  @Test
  void clean_randomText_neverThrowsAndKeepsOnlyInputText() {
    Random random = new Random(20201129L);
    CrawledTextCleaner cleaner = new CrawledTextCleaner();
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(80);
      for (int i = 0; i < pieces; i++) {
        if (random.nextInt(5) == 0) {
          text.append((char) random.nextInt(0x3000));
        } else {
          text.append(PIECES[random.nextInt(PIECES.length)]);
        }
      }
      String input = text.toString();
      CleanedText cleaned = cleaner.clean(input);
      String folded = input.replaceAll(INVISIBLE, "");
      for (Block block : cleaned.body()) {
        assertThat(folded).contains(block.text().replaceAll(INVISIBLE, ""));
      }
    }
  }

  @Test
  void clean_oneHugeLine_returnsQuickly() {
    String line = "Le ministre a parlé de la coopération militaire et sécuritaire. ".repeat(35_000);
    CleanedText cleaned = new CrawledTextCleaner().clean("Un titre court\n" + line);
    assertThat(cleaned.body()).hasSize(1);
  }

  @Test
  void clean_manyRepeatedLines_linearEnough() {
    StringBuilder text = new StringBuilder("A headline for a long page\n");
    for (int i = 0; i < 50_000; i++) {
      text.append("Paragraph number ").append(i % 5000).append(" says something long enough to be prose here.\n");
    }
    assertThatCode(() -> new CrawledTextCleaner().clean(text.toString())).doesNotThrowAnyException();
    assertThat(new CrawledTextCleaner().clean(text.toString()).body()).hasSize(5000);
  }

  @Test
  void clean_emptyAndBlank_noArticle() {
    assertThat(new CrawledTextCleaner().clean("").body()).isEmpty();
    assertThat(new CrawledTextCleaner().clean(" \n\t\n ").title()).isEqualTo(Optional.empty());
  }
}
