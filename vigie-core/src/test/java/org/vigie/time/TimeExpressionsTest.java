package org.vigie.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.model.TimeType;

/** Each shape of French and English time expression, anchored on Friday 3 July 2020. */
class TimeExpressionsTest {

  @ParameterizedTest(name = "{0}: \"{2}\" in \"{1}\" → {3}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # language | sentence | expression | value | type (left empty: not checked)
      # French
      # weekday: past tense: last such day or the anchor itself
      fr | Le ministre s'est rendu vendredi à Tripoli. | vendredi | 2020-07-03 |
      fr | L'accord a été signé mardi à Ankara. | mardi | 2020-06-30 |
      # weekday: future tense: next such day
      fr | Le conseil se réunira mardi en mairie. | mardi | 2020-07-07 |
      fr | La réunion est prévue mercredi. | mercredi | 2020-07-08 |
      # weekday: with direction words
      fr | Il sera opéré lundi prochain. | lundi prochain | 2020-07-06 |
      fr | Il a été opéré vendredi dernier. | vendredi dernier | 2020-06-26 |
      fr | Le texte sera publié ce mardi. | ce mardi | 2020-06-30 |
      # weekday with part of day: time
      fr | Les manifestants se sont rassemblés mardi soir. | mardi soir | 2020-06-30TEV | TIME
      fr | Ils ont rendez-vous dimanche matin. | dimanche matin | 2020-07-05TMO | TIME
      # deictic days: count from the anchor
      fr | Il est arrivé hier à Paris. | hier | 2020-07-02 |
      fr | Il repartira demain. | demain | 2020-07-04 |
      fr | Le vote a lieu aujourd'hui. | aujourd'hui | 2020-07-03 |
      fr | La police est intervenue avant-hier. | avant-hier | 2020-07-01 |
      fr | La séance a été levée hier soir. | hier soir | 2020-07-02TEV | TIME
      fr | Il a parlé ce matin. | ce matin | 2020-07-03TMO | TIME
      # aujourd'hui set off by commas: nowadays
      fr | Aujourd'hui, la ville a retrouvé son calme. | Aujourd'hui | PRESENT_REF |
      # relative units: count from the anchor in their own precision
      fr | Les prix ont baissé la semaine dernière. | la semaine dernière | 2020-W26 |
      fr | Le chômage a augmenté l'année dernière. | l'année dernière | 2019 |
      fr | Les travaux commenceront le mois prochain. | le mois prochain | 2020-08 |
      fr | Cette année, la récolte est bonne. | Cette année | 2020 |
      # edge of the anchor's unit
      fr | Le projet sera voté en fin d'année. | fin d'année | 2020 |
      fr | Les loyers augmenteront au début du mois. | début du mois | 2020-07 |
      fr | Les prix restent élevés ces jours-ci. | ces jours-ci | PRESENT_REF |
      # ago and ahead: dated
      fr | Il a été arrêté il y a deux jours. | il y a deux jours | 2020-07-01 |
      fr | L'usine a fermé il y a trois ans. | il y a trois ans | 2017 |
      fr | Le verdict tombera dans deux semaines. | dans deux semaines | 2020-07-17 |
      # partial dates: year from the anchor and the tense
      fr | Elle fait suite à celle, le 17 juin, du chef de la diplomatie. | le 17 juin | 2020-06-17 |
      fr | Le défilé aura lieu le 14 juillet. | le 14 juillet | 2020-07-14 |
      fr | Ils ont été mis en examen le 21 décembre. | le 21 décembre | 2019-12-21 |
      fr | La fête se tiendra le jeudi 23 juillet, à 20 h 30. | le jeudi 23 juillet | 2020-07-23 |
      fr | L'accident qui, le 10 novembre 93, avait fait dix morts. | le 10 novembre 93 | 1993-11-10 |
      # absolute dates: from the one date finder
      fr | montrant l'arrivée du ministre à Tripoli, le 3 juillet 2020. | le 3 juillet 2020 | 2020-07-03 |
      fr | Mis à jour le 14/03/2021. | le 14/03/2021 | 2021-03-14 |
      # months and years
      fr | Le mémorandum a été signé en novembre 2019. | novembre 2019 | 2019-11 |
      fr | La saison a commencé en mars. | mars | 2020-03 |
      fr | Le contingent partira début octobre. | début octobre | 2020-10 |
      fr | Il est entré en fonctions en 2019. | 2019 | 2019 |
      fr | Il avait été condamné en septembre dernier. | septembre dernier | 2019-09 |
      # decades and centuries
      fr | Un tube des années 80. | années 80 | 198 |
      fr | Le quartier a été construit dans les années 60. | les années 60 | 196 |
      fr | Depuis les années 2000, la ville grandit. | les années 2000 | 200 |
      fr | Une demeure du XIXe siècle. | XIXe siècle | 18 |
      # durations
      fr | Le siège a duré trois jours. | trois jours | P3D | DURATION
      fr | Les tirs ont duré quinze minutes. | quinze minutes | PT15M | DURATION
      fr | Un chantier de dix-huit mois. | dix-huit mois | P18M | DURATION
      fr | Il a été détenu un an et demi. | un an et demi | P18M | DURATION
      fr | Il reste quelques jours. | quelques jours | PXD | DURATION
      fr | Il a été séquestré pendant près de 24 heures. | près de 24 heures | PT24H | DURATION
      # sets
      fr | Le marché se tient chaque lundi. | chaque lundi | XXXX-WXX-1 | SET
      fr | Le club se réunit tous les ans. | tous les ans | P1Y | SET
      fr | Les réunions ont lieu les deuxième et quatrième jeudis du mois. | les deuxième et quatrième jeudis | XXXX-WXX-4 | SET
      fr | Le bus passe deux fois par semaine. | deux fois par semaine | P1W | SET
      # vague references
      fr | Le GNA a mis en échec ces dernières semaines l'offensive. | ces dernières semaines | PAST_REF |
      fr | Le régiment est actuellement au Kosovo. | actuellement | PRESENT_REF |
      fr | Il pense à l'avenir. | l'avenir | FUTURE_REF |
      # clock times: on the last day named with their zone
      fr | Le match a eu lieu samedi. Le coup d'envoi a été donné à 14 h 30 GMT. | 14 h 30 GMT | 2020-06-27T14:30Z | TIME
      fr | Le discours est prévu à 20 h 30 heure de Paris. | 20 h 30 heure de Paris | 2020-07-03T20:30+02 |
      fr | La réunion a commencé à 18 heures. | 18 heures | 2020-07-03T18:00 |
      # anaphoric days: count from the last day named
      fr | Le 24 mars, elle a été frappée. Elle s'est échappée le lendemain matin. | le lendemain matin | 2020-03-25TMO |
      fr | Le président est arrivé hier et a parlé dans la soirée. | la soirée | 2020-07-02TEV |
      # seasons and quarters
      fr | Les ventes ont chuté l'été dernier. | l'été dernier | 2019-SU |
      fr | Le bénéfice du premier trimestre 2019 a doublé. | premier trimestre 2019 | 2019-Q1 |
      # English
      # weekday: follows the tense
      en | The ministers met on Tuesday in Ankara. | Tuesday | 2020-06-30 |
      en | The ministers will meet on Tuesday in Ankara. | Tuesday | 2020-07-07 |
      en | The council voted Friday to close the school. | Friday | 2020-07-03 |
      # weekday: with direction words and parts
      en | He was arrested last Friday. | last Friday | 2020-06-26 |
      en | The talks resume next Monday. | next Monday | 2020-07-06 |
      en | Protesters gathered Tuesday night. | Tuesday night | 2020-06-30TNI | TIME
      # deictic days and units
      en | The report was published yesterday. | yesterday | 2020-07-02 |
      en | The vote is tomorrow. | tomorrow | 2020-07-04 |
      en | He was released two days ago. | two days ago | 2020-07-01 |
      en | Prices fell last week. | last week | 2020-W26 |
      en | The plant opens next month. | next month | 2020-08 |
      en | Sales rose this year. | this year | 2020 |
      # dates, months, years
      en | The photo was taken on July 3, 2020. | July 3, 2020 | 2020-07-03 |
      en | The treaty was signed on June 17 in Geneva. | June 17 | 2020-06-17 |
      en | The season began in March. | March | 2020-03 |
      en | The offensive began in April 2019. | April 2019 | 2019-04 |
      en | He took office in 2019. | 2019 | 2019 |
      # decades and centuries
      en | A hit of the 1960s. | the 1960s | 196 |
      en | It was built in the '90s. | the '90s | 199 |
      en | Music from the sixties. | the sixties | 196 |
      en | A house from the 19th century. | the 19th century | 18 |
      # durations and sets
      en | The siege lasted three days. | three days | P3D | DURATION
      en | He lived there for 10 years. | 10 years | P10Y | DURATION
      en | It took a few weeks. | a few weeks | PXW | DURATION
      en | The market opens every Monday. | every Monday | XXXX-WXX-1 | SET
      en | The paper is published daily. | daily | P1D | SET
      # vague references
      en | Prices have risen recently. | recently | PAST_REF |
      en | The plant is now closed. | now | PRESENT_REF |
      # clock times: with zones
      en | The polls close at 10:30 a.m. EDT. | 10:30 a.m. EDT | 2020-07-03T10:30-04 | TIME
      en | The speech starts at noon. | noon | 2020-07-03T12:00 | TIME
      """)
  void find_readsTheExpressionAndItsValue(String language, String sentence, String text, String value,
      TimeType type) {
    new TimeAssertions(language).reads(sentence, text, value, type);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # numbers and words that are no times
      fr | Une femme âgée de 24 ans a été interpellée.
      fr | Après le vote de la résolution 1405 de l'ONU.
      fr | Plus de 2000 manifestants ont défilé.
      fr | La sonde s'est posée sur Mars.
      en | She may come back.
      en | A 63-year-old senator spoke.
      en | The vote on Resolution 1405 was delayed.
      """)
  void find_wordsThatAreNoTimes_ignored(String language, String sentence) {
    new TimeAssertions(language).findsNothingIn(sentence);
  }

  @Test
  void withoutAnchor_onlyWhatCarriesItsWholeValue() {
    TimeRecognizer recognizer = TimeRecognizer.forLanguage("fr");
    assertThat(recognizer.find("Il est arrivé hier, le 3 juillet 2020, pour trois jours.", Optional.empty(),
        Optional.empty()).times()).extracting(FoundTime::value).containsExactly("2020-07-03", "P3D");
  }
}
