package org.vigie.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTokenizerTest {
  private final TextTokenizer tokenizer = new TextTokenizer();

  private List<List<String>> words(String text) {
    return tokenizer.sentences(text).stream().map(s -> s.stream().map(TextTokenizer.Token::text).toList()).toList();
  }

  @Test
  void sentences_frenchElisionsAndParentheses_splitAsTrained() {
    assertThat(words("Le Gouvernement d'union nationale (GNA) l'a dit."))
        .containsExactly(List.of("Le", "Gouvernement", "d'", "union", "nationale", "(", "GNA", ")", "l'", "a", "dit",
            "."));
  }

  @Test
  void sentences_englishPossessiveAndAbbreviations_splitAsTrained() {
    assertThat(words("Mr. Smith said Turkey's U.S. ties don't matter."))
        .containsExactly(List.of("Mr.", "Smith", "said", "Turkey", "'s", "U.S.", "ties", "do", "n't", "matter", "."));
  }

  @Test
  void sentences_fullStopBeforeCapital_newSentence_abbreviationNot() {
    assertThat(words("Il a vu M. Akar. Puis il est parti.")).hasSize(2);
  }

  @Test
  void sentences_lineBreak_endsSentence() {
    assertThat(words("Dernières Infos - Libye\nLe ministre turc")).hasSize(2);
  }

  @Test
  void sentences_offsets_pointIntoText() {
    String text = "« Hulusi Akar » à Tripoli.";
    for (List<TextTokenizer.Token> sentence : tokenizer.sentences(text)) {
      for (TextTokenizer.Token token : sentence) {
        assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text());
      }
    }
  }
}
