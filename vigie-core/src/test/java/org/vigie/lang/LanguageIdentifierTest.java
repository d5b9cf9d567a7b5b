package org.vigie.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
  private static final LanguageIdentifier LANGUAGES = LanguageIdentifier.of(Set.of("fr", "en", "de", "es", "it", "pt"));

  @Test
  void detect_newsSentences() {
    assertThat(LANGUAGES.detect("Le ministre turc de la Défense s'est rendu vendredi à Tripoli.")).contains("fr");
    assertThat(LANGUAGES.detect("The Turkish defence minister travelled to Tripoli on Friday.")).contains("en");
    assertThat(LANGUAGES.detect("Der türkische Verteidigungsminister reiste am Freitag nach Tripolis.")).contains("de");
    assertThat(LANGUAGES.detect("El ministro turco de Defensa viajó el viernes a Trípoli.")).contains("es");
  }

  @Test
  void detect_noLetters_unknown() {
    assertThat(LANGUAGES.detect("12 345 — 2020")).isEmpty();
  }

  @Test
  void of_unknownCode_clearError() {
    assertThatThrownBy(() -> LanguageIdentifier.of(Set.of("fr", "xx"))).hasMessageContaining("unknown language code: xx");
  }
}
