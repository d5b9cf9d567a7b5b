package org.vigie.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {
  @Test
  void fold_accentsCaseHyphensPeriods_oneForm() {
    assertThat(NameKey.fold("Saint-Étienne")).isEqualTo("saint etienne");
    assertThat(NameKey.fold("SAINT ETIENNE")).isEqualTo("saint etienne");
    assertThat(NameKey.fold("U.S.")).isEqualTo("us");
    assertThat(NameKey.fold("St. Louis")).isEqualTo("st louis");
    assertThat(NameKey.fold("Côte d’Ivoire")).isEqualTo("cote d'ivoire");
    assertThat(NameKey.fold("Łódź")).isEqualTo("lodz");
  }

  @Test
  void fold_otherScripts_noKey() {
    assertThat(NameKey.fold("Москва")).isNull();
    assertThat(NameKey.fold("東京")).isNull();
  }

  @Test
  void fold_latinLetterWithoutAsciiBase_noKey() {
    assertThat(NameKey.fold("Xırdalan")).isEqualTo("xirdalan");
    assertThat(NameKey.fold("Zəngilan")).isNull();
  }
}
