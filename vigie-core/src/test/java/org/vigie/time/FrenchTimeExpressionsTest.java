package org.vigie.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigie.model.TimeType;

/** Each shape of French time expression, anchored on Friday 3 July 2020. */
class FrenchTimeExpressionsTest {
  private final TimeAssertions fr = new TimeAssertions("fr");

  @Test
  void weekday_pastTense_lastSuchDayOrTheAnchorItself() {
    fr.reads("Le ministre s'est rendu vendredi à Tripoli.", "vendredi", "2020-07-03");
    fr.reads("L'accord a été signé mardi à Ankara.", "mardi", "2020-06-30");
  }

  @Test
  void weekday_futureTense_nextSuchDay() {
    fr.reads("Le conseil se réunira mardi en mairie.", "mardi", "2020-07-07");
    fr.reads("La réunion est prévue mercredi.", "mercredi", "2020-07-08");
  }

  @Test
  void weekday_withDirectionWords() {
    fr.reads("Il sera opéré lundi prochain.", "lundi prochain", "2020-07-06");
    fr.reads("Il a été opéré vendredi dernier.", "vendredi dernier", "2020-06-26");
    fr.reads("Le texte sera publié ce mardi.", "ce mardi", "2020-06-30");
  }

  @Test
  void weekdayWithPartOfDay_time() {
    fr.reads("Les manifestants se sont rassemblés mardi soir.", "mardi soir", "2020-06-30TEV", TimeType.TIME);
    fr.reads("Ils ont rendez-vous dimanche matin.", "dimanche matin", "2020-07-05TMO", TimeType.TIME);
  }

  @Test
  void deicticDays_countFromTheAnchor() {
    fr.reads("Il est arrivé hier à Paris.", "hier", "2020-07-02");
    fr.reads("Il repartira demain.", "demain", "2020-07-04");
    fr.reads("Le vote a lieu aujourd'hui.", "aujourd'hui", "2020-07-03");
    fr.reads("La police est intervenue avant-hier.", "avant-hier", "2020-07-01");
    fr.reads("La séance a été levée hier soir.", "hier soir", "2020-07-02TEV", TimeType.TIME);
    fr.reads("Il a parlé ce matin.", "ce matin", "2020-07-03TMO", TimeType.TIME);
  }

  @Test
  void aujourdhuiSetOffByCommas_nowadays() {
    fr.reads("Aujourd'hui, la ville a retrouvé son calme.", "Aujourd'hui", "PRESENT_REF");
  }

  @Test
  void relativeUnits_countFromTheAnchorInTheirOwnPrecision() {
    fr.reads("Les prix ont baissé la semaine dernière.", "la semaine dernière", "2020-W26");
    fr.reads("Le chômage a augmenté l'année dernière.", "l'année dernière", "2019");
    fr.reads("Les travaux commenceront le mois prochain.", "le mois prochain", "2020-08");
    fr.reads("Cette année, la récolte est bonne.", "Cette année", "2020");
  }

  @Test
  void edgeOfTheAnchorsUnit() {
    fr.reads("Le projet sera voté en fin d'année.", "fin d'année", "2020");
    fr.reads("Les loyers augmenteront au début du mois.", "début du mois", "2020-07");
    fr.reads("Les prix restent élevés ces jours-ci.", "ces jours-ci", "PRESENT_REF");
  }

  @Test
  void agoAndAhead_dated() {
    fr.reads("Il a été arrêté il y a deux jours.", "il y a deux jours", "2020-07-01");
    fr.reads("L'usine a fermé il y a trois ans.", "il y a trois ans", "2017");
    fr.reads("Le verdict tombera dans deux semaines.", "dans deux semaines", "2020-07-17");
  }

  @Test
  void partialDates_yearFromTheAnchorAndTheTense() {
    fr.reads("Elle fait suite à celle, le 17 juin, du chef de la diplomatie.", "le 17 juin", "2020-06-17");
    fr.reads("Le défilé aura lieu le 14 juillet.", "le 14 juillet", "2020-07-14");
    fr.reads("Ils ont été mis en examen le 21 décembre.", "le 21 décembre", "2019-12-21");
    fr.reads("La fête se tiendra le jeudi 23 juillet, à 20 h 30.", "le jeudi 23 juillet", "2020-07-23");
    fr.reads("L'accident qui, le 10 novembre 93, avait fait dix morts.", "le 10 novembre 93", "1993-11-10");
  }

  @Test
  void absoluteDates_fromTheOneDateFinder() {
    fr.reads("montrant l'arrivée du ministre à Tripoli, le 3 juillet 2020.", "le 3 juillet 2020", "2020-07-03");
    fr.reads("Mis à jour le 14/03/2021.", "le 14/03/2021", "2021-03-14");
  }

  @Test
  void monthsAndYears() {
    fr.reads("Le mémorandum a été signé en novembre 2019.", "novembre 2019", "2019-11");
    fr.reads("La saison a commencé en mars.", "mars", "2020-03");
    fr.reads("Le contingent partira début octobre.", "début octobre", "2020-10");
    fr.reads("Il est entré en fonctions en 2019.", "2019", "2019");
    fr.reads("Il avait été condamné en septembre dernier.", "septembre dernier", "2019-09");
  }

  @Test
  void decadesAndCenturies() {
    fr.reads("Un tube des années 80.", "années 80", "198");
    fr.reads("Le quartier a été construit dans les années 60.", "les années 60", "196");
    fr.reads("Depuis les années 2000, la ville grandit.", "les années 2000", "200");
    fr.reads("Une demeure du XIXe siècle.", "XIXe siècle", "18");
  }

  @Test
  void durations() {
    fr.reads("Le siège a duré trois jours.", "trois jours", "P3D", TimeType.DURATION);
    fr.reads("Les tirs ont duré quinze minutes.", "quinze minutes", "PT15M", TimeType.DURATION);
    fr.reads("Un chantier de dix-huit mois.", "dix-huit mois", "P18M", TimeType.DURATION);
    fr.reads("Il a été détenu un an et demi.", "un an et demi", "P18M", TimeType.DURATION);
    fr.reads("Il reste quelques jours.", "quelques jours", "PXD", TimeType.DURATION);
    fr.reads("Il a été séquestré pendant près de 24 heures.", "près de 24 heures", "PT24H", TimeType.DURATION);
  }

  @Test
  void sets() {
    fr.reads("Le marché se tient chaque lundi.", "chaque lundi", "XXXX-WXX-1", TimeType.SET);
    fr.reads("Le club se réunit tous les ans.", "tous les ans", "P1Y", TimeType.SET);
    fr.reads("Les réunions ont lieu les deuxième et quatrième jeudis du mois.", "les deuxième et quatrième jeudis",
        "XXXX-WXX-4", TimeType.SET);
    fr.reads("Le bus passe deux fois par semaine.", "deux fois par semaine", "P1W", TimeType.SET);
  }

  @Test
  void vagueReferences() {
    fr.reads("Le GNA a mis en échec ces dernières semaines l'offensive.", "ces dernières semaines", "PAST_REF");
    fr.reads("Le régiment est actuellement au Kosovo.", "actuellement", "PRESENT_REF");
    fr.reads("Il pense à l'avenir.", "l'avenir", "FUTURE_REF");
  }

  @Test
  void clockTimes_onTheLastDayNamedWithTheirZone() {
    fr.reads("Le match a eu lieu samedi. Le coup d'envoi a été donné à 14 h 30 GMT.", "14 h 30 GMT",
        "2020-06-27T14:30Z", TimeType.TIME);
    fr.reads("Le discours est prévu à 20 h 30 heure de Paris.", "20 h 30 heure de Paris", "2020-07-03T20:30+02");
    fr.reads("La réunion a commencé à 18 heures.", "18 heures", "2020-07-03T18:00");
  }

  @Test
  void anaphoricDays_countFromTheLastDayNamed() {
    fr.reads("Le 24 mars, elle a été frappée. Elle s'est échappée le lendemain matin.", "le lendemain matin",
        "2020-03-25TMO");
    fr.reads("Le président est arrivé hier et a parlé dans la soirée.", "la soirée", "2020-07-02TEV");
  }

  @Test
  void seasonsAndQuarters() {
    fr.reads("Les ventes ont chuté l'été dernier.", "l'été dernier", "2019-SU");
    fr.reads("Le bénéfice du premier trimestre 2019 a doublé.", "premier trimestre 2019", "2019-Q1");
  }

  @Test
  void numbersThatAreNoTimes_ignored() {
    fr.findsNothingIn("Une femme âgée de 24 ans a été interpellée.");
    fr.findsNothingIn("Après le vote de la résolution 1405 de l'ONU.");
    fr.findsNothingIn("Plus de 2000 manifestants ont défilé.");
    fr.findsNothingIn("La sonde s'est posée sur Mars.");
  }

  @Test
  void withoutAnchor_onlyWhatCarriesItsWholeValue() {
    TimeRecognizer recognizer = TimeRecognizer.forLanguage("fr");
    assertThat(recognizer.find("Il est arrivé hier, le 3 juillet 2020, pour trois jours.", Optional.empty(),
        Optional.empty()).times()).extracting(FoundTime::value).containsExactly("2020-07-03", "P3D");
  }
}
