package org.vigie.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.model.TimeType;

/** Each shape of French time expression, anchored on Friday 3 July 2020. */
class FrenchTimeExpressionsTest {
  private final TimeAssertions fr = new TimeAssertions("fr");

  @ParameterizedTest(name = TimeAssertions.CASE_NAME)
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # sentence | expression | value | type (left empty: not checked)
      # weekday: past tense: last such day or the anchor itself
      Le ministre s'est rendu vendredi à Tripoli. | vendredi | 2020-07-03 |
      L'accord a été signé mardi à Ankara. | mardi | 2020-06-30 |
      # weekday: future tense: next such day
      Le conseil se réunira mardi en mairie. | mardi | 2020-07-07 |
      La réunion est prévue mercredi. | mercredi | 2020-07-08 |
      # weekday: with direction words
      Il sera opéré lundi prochain. | lundi prochain | 2020-07-06 |
      Il a été opéré vendredi dernier. | vendredi dernier | 2020-06-26 |
      Le texte sera publié ce mardi. | ce mardi | 2020-06-30 |
      # weekday with part of day: time
      Les manifestants se sont rassemblés mardi soir. | mardi soir | 2020-06-30TEV | TIME
      Ils ont rendez-vous dimanche matin. | dimanche matin | 2020-07-05TMO | TIME
      # deictic days: count from the anchor
      Il est arrivé hier à Paris. | hier | 2020-07-02 |
      Il repartira demain. | demain | 2020-07-04 |
      Le vote a lieu aujourd'hui. | aujourd'hui | 2020-07-03 |
      La police est intervenue avant-hier. | avant-hier | 2020-07-01 |
      La séance a été levée hier soir. | hier soir | 2020-07-02TEV | TIME
      Il a parlé ce matin. | ce matin | 2020-07-03TMO | TIME
      # aujourd'hui set off by commas: nowadays
      Aujourd'hui, la ville a retrouvé son calme. | Aujourd'hui | PRESENT_REF |
      # relative units: count from the anchor in their own precision
      Les prix ont baissé la semaine dernière. | la semaine dernière | 2020-W26 |
      Le chômage a augmenté l'année dernière. | l'année dernière | 2019 |
      Les travaux commenceront le mois prochain. | le mois prochain | 2020-08 |
      Cette année, la récolte est bonne. | Cette année | 2020 |
      # edge of the anchor's unit
      Le projet sera voté en fin d'année. | fin d'année | 2020 |
      Les loyers augmenteront au début du mois. | début du mois | 2020-07 |
      Les prix restent élevés ces jours-ci. | ces jours-ci | PRESENT_REF |
      # ago and ahead: dated
      Il a été arrêté il y a deux jours. | il y a deux jours | 2020-07-01 |
      L'usine a fermé il y a trois ans. | il y a trois ans | 2017 |
      Le verdict tombera dans deux semaines. | dans deux semaines | 2020-07-17 |
      # partial dates: year from the anchor and the tense
      Elle fait suite à celle, le 17 juin, du chef de la diplomatie. | le 17 juin | 2020-06-17 |
      Le défilé aura lieu le 14 juillet. | le 14 juillet | 2020-07-14 |
      Ils ont été mis en examen le 21 décembre. | le 21 décembre | 2019-12-21 |
      La fête se tiendra le jeudi 23 juillet, à 20 h 30. | le jeudi 23 juillet | 2020-07-23 |
      L'accident qui, le 10 novembre 93, avait fait dix morts. | le 10 novembre 93 | 1993-11-10 |
      # absolute dates: from the one date finder
      montrant l'arrivée du ministre à Tripoli, le 3 juillet 2020. | le 3 juillet 2020 | 2020-07-03 |
      Mis à jour le 14/03/2021. | le 14/03/2021 | 2021-03-14 |
      # months and years
      Le mémorandum a été signé en novembre 2019. | novembre 2019 | 2019-11 |
      La saison a commencé en mars. | mars | 2020-03 |
      Le contingent partira début octobre. | début octobre | 2020-10 |
      Il est entré en fonctions en 2019. | 2019 | 2019 |
      Il avait été condamné en septembre dernier. | septembre dernier | 2019-09 |
      # decades and centuries
      Un tube des années 80. | années 80 | 198 |
      Le quartier a été construit dans les années 60. | les années 60 | 196 |
      Depuis les années 2000, la ville grandit. | les années 2000 | 200 |
      Une demeure du XIXe siècle. | XIXe siècle | 18 |
      # durations
      Le siège a duré trois jours. | trois jours | P3D | DURATION
      Les tirs ont duré quinze minutes. | quinze minutes | PT15M | DURATION
      Un chantier de dix-huit mois. | dix-huit mois | P18M | DURATION
      Il a été détenu un an et demi. | un an et demi | P18M | DURATION
      Il reste quelques jours. | quelques jours | PXD | DURATION
      Il a été séquestré pendant près de 24 heures. | près de 24 heures | PT24H | DURATION
      # sets
      Le marché se tient chaque lundi. | chaque lundi | XXXX-WXX-1 | SET
      Le club se réunit tous les ans. | tous les ans | P1Y | SET
      Les réunions ont lieu les deuxième et quatrième jeudis du mois. | les deuxième et quatrième jeudis | XXXX-WXX-4 | SET
      Le bus passe deux fois par semaine. | deux fois par semaine | P1W | SET
      # vague references
      Le GNA a mis en échec ces dernières semaines l'offensive. | ces dernières semaines | PAST_REF |
      Le régiment est actuellement au Kosovo. | actuellement | PRESENT_REF |
      Il pense à l'avenir. | l'avenir | FUTURE_REF |
      # clock times: on the last day named with their zone
      Le match a eu lieu samedi. Le coup d'envoi a été donné à 14 h 30 GMT. | 14 h 30 GMT | 2020-06-27T14:30Z | TIME
      Le discours est prévu à 20 h 30 heure de Paris. | 20 h 30 heure de Paris | 2020-07-03T20:30+02 |
      La réunion a commencé à 18 heures. | 18 heures | 2020-07-03T18:00 |
      # anaphoric days: count from the last day named
      Le 24 mars, elle a été frappée. Elle s'est échappée le lendemain matin. | le lendemain matin | 2020-03-25TMO |
      Le président est arrivé hier et a parlé dans la soirée. | la soirée | 2020-07-02TEV |
      # seasons and quarters
      Les ventes ont chuté l'été dernier. | l'été dernier | 2019-SU |
      Le bénéfice du premier trimestre 2019 a doublé. | premier trimestre 2019 | 2019-Q1 |
      """)
  void find_readsTheExpressionAndItsValue(String sentence, String text, String value, TimeType type) {
    fr.reads(sentence, text, value, type);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Une femme âgée de 24 ans a été interpellée.",
      "Après le vote de la résolution 1405 de l'ONU.",
      "Plus de 2000 manifestants ont défilé.",
      "La sonde s'est posée sur Mars."})
  void find_numbersThatAreNoTimes_ignored(String sentence) {
    fr.findsNothingIn(sentence);
  }

  @Test
  void withoutAnchor_onlyWhatCarriesItsWholeValue() {
    TimeRecognizer recognizer = TimeRecognizer.forLanguage("fr");
    assertThat(recognizer.find("Il est arrivé hier, le 3 juillet 2020, pour trois jours.", Optional.empty(),
        Optional.empty()).times()).extracting(FoundTime::value).containsExactly("2020-07-03", "P3D");
  }
}
