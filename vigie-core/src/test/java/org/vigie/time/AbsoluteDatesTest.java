package org.vigie.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AbsoluteDatesTest {

  @Test
  void find_frenchDayMonthYear_withSpan() {
    String text = "arrivée à Tripoli, en Libye, le 3 juillet 2020. Photo AFP";
    DateMention mention = AbsoluteDates.find(text).getFirst();
    assertThat(mention.date()).isEqualTo(LocalDate.of(2020, 7, 3));
    assertThat(text.substring(mention.start(), mention.end())).isEqualTo("3 juillet 2020");
  }

  @Test
  void find_writtenFormsOfManyLanguages() {
    assertThat(AbsoluteDates.find("le 1er mai 2019")).map(DateMention::date).containsExactly(LocalDate.of(2019, 5, 1));
    assertThat(AbsoluteDates.find("on July 3, 2020")).map(DateMention::date).containsExactly(LocalDate.of(2020, 7, 3));
    assertThat(AbsoluteDates.find("on 3 July 2020")).map(DateMention::date).containsExactly(LocalDate.of(2020, 7, 3));
    assertThat(AbsoluteDates.find("am 3. Juli 2020")).map(DateMention::date).containsExactly(LocalDate.of(2020, 7, 3));
    assertThat(AbsoluteDates.find("el 3 de julio de 2020")).map(DateMention::date).containsExactly(LocalDate.of(2020, 7, 3));
    assertThat(AbsoluteDates.find("le 14 décembre 2021")).map(DateMention::date).containsExactly(LocalDate.of(2021, 12, 14));
    assertThat(AbsoluteDates.find("Published 2020-07-03T18:12")).singleElement()
        .satisfies(m -> assertThat(m.time()).contains(LocalTime.of(18, 12)));
  }

  @Test
  void find_numericDates_dayFirstUnlessImpossible() {
    assertThat(AbsoluteDates.find("03/07/2020")).map(DateMention::date).containsExactly(LocalDate.of(2020, 7, 3));
    assertThat(AbsoluteDates.find("07/23/2020")).map(DateMention::date).containsExactly(LocalDate.of(2020, 7, 23));
  }

  @Test
  void find_timeAfterDate() {
    assertThat(AbsoluteDates.find("Mis à jour le 14/03/2021 à 18h05").getFirst().time()).contains(LocalTime.of(18, 5));
    assertThat(AbsoluteDates.find("July 3, 2020 10:12 PM").getFirst().time()).contains(LocalTime.of(22, 12));
  }

  @Test
  void find_incompleteOrImpossibleDates_ignored() {
    assertThat(AbsoluteDates.find("en novembre 2019")).isEmpty();
    assertThat(AbsoluteDates.find("le 17 juin")).isEmpty();
    assertThat(AbsoluteDates.find("le 31 février 2020")).isEmpty();
    assertThat(AbsoluteDates.find("3 marsupiaux 2020")).isEmpty();
  }

  @Test
  void latest_picksTheMostRecent() {
    assertThat(AbsoluteDates.latest("du 2 juillet 2020 au 3 juillet 2020, puis le 1er janvier 2019"))
        .isEqualTo(Optional.of(LocalDate.of(2020, 7, 3)));
  }
}
