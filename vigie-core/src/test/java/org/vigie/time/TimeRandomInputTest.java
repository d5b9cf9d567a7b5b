package org.vigie.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and adversarial text, in the spirit of Lucene's checkRandomData: whatever the input, the
 * recognisers return, every span lies inside the text and holds what it says, and a 2 MB line is
 * read in bounded time. Seeded, so a failure repeats.
 */
class TimeRandomInputTest {
  private static final String[] PIECES = {"le ", "17 ", "juin ", "2020", "hier", " soir", "vendredi", "dernier ",
      "il y a ", "deux ", "ans", "les années ", "60", "XIXe siècle", "h", " 30", "GMT", "chaque ", "lundi", "-",
      "'", "’", "«", "»", "\"", ".", ",", " ", "\n", "\u00A0", "İ", "ß", "𝔘", "\uD800", "July ", "3, ", "last ",
      "week", "ago", "a.m.", ":", "1er", "mai", "demi-", "heure", "et demie", "May", "the '", "90s", "0", "99"};

  @Test
  void find_randomText_neverThrowsAndSpansHoldTheirText() {
    Random random = new Random(20200703L);
    for (String language : new String[] {"fr", "en", "de"}) {
      TimeRecognizer recognizer = TimeRecognizer.forLanguage(language);
      for (int round = 0; round < 1500; round++) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(60);
        for (int i = 0; i < pieces; i++) {
          text.append(random.nextInt(6) == 0 ? String.valueOf((char) random.nextInt(0x3000))
              : PIECES[random.nextInt(PIECES.length)]);
        }
        String input = text.toString();
        Optional<LocalDate> anchor = random.nextBoolean() ? Optional.of(LocalDate.of(2020, 7, 3)) : Optional.empty();
        TimeScan scan = recognizer.find(input, anchor, Optional.empty());
        assertThat(scan.times()).allSatisfy(t -> {
          assertThat(t.start()).isBetween(0, t.end());
          assertThat(input.substring(t.start(), t.end())).isEqualTo(t.text());
          assertThat(t.value()).isNotBlank();
        });
      }
    }
  }

  @Test
  void find_twoMegabyteLine_boundedTime() {
    String line = "Le 1er mai 2020 à 14 h 30, soit 2 3 4 jours après vendredi dernier, il y a deux ans. ".repeat(24_000);
    for (String language : new String[] {"fr", "en"}) {
      assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThatCode(() -> TimeRecognizer
          .forLanguage(language).find(line, Optional.of(LocalDate.of(2020, 7, 3)), Optional.empty()))
          .doesNotThrowAnyException());
    }
  }
}
