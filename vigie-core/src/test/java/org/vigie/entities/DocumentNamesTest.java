package org.vigie.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.model.EntityType.LOC;
import static org.vigie.model.EntityType.MISC;
import static org.vigie.model.EntityType.ORG;
import static org.vigie.model.EntityType.PER;

import org.junit.jupiter.api.Test;

/** Each document-level correction, in French and in English, over a tagger whose mistakes the test states. */
class DocumentNamesTest {

  @Test
  void read_prepositionTaggedWithPlace_french_stripped() {
    Reading r = new Reading(new ScriptedRecognizer().tag("au Japon", LOC).tag("Aux États-Unis", LOC), "fr",
        "Il vit au Japon. Aux États-Unis, rien.");
    assertThat(r.found()).containsExactly("Japon/LOC", "États-Unis/LOC");
  }

  @Test
  void read_articleTaggedWithPlace_english_stripped() {
    Reading r = new Reading(new ScriptedRecognizer().tag("the Netherlands", LOC).tag("In Milwaukee", ORG), "en",
        "He moved to the Netherlands. In Milwaukee, nothing.");
    assertThat(r.found()).containsExactly("Netherlands/LOC", "Milwaukee/ORG");
  }

  @Test
  void read_titleOfWork_french_keepsItsArticle() {
    Reading r = new Reading(new ScriptedRecognizer().tag("Le Seigneur des anneaux", MISC), "fr",
        "Le Seigneur des anneaux est un roman.");
    assertThat(r.found()).containsExactly("Le Seigneur des anneaux/MISC");
  }

  @Test
  void read_titleBeforePerson_french_notPartOfName() {
    Reading r = new Reading(new ScriptedRecognizer().tag("maréchal Khalifa Haftar", PER), "fr",
        "Les forces du maréchal Khalifa Haftar avancent.");
    assertThat(r.found()).containsExactly("Khalifa Haftar/PER");
  }

  @Test
  void read_titleBeforePerson_english_notPartOfName() {
    Reading r = new Reading(new ScriptedRecognizer().tag("Mr. John Smith", PER).tag("Marshal Khalifa Haftar", PER),
        "en", "Mr. John Smith met Marshal Khalifa Haftar.");
    assertThat(r.found()).containsExactly("John Smith/PER", "Khalifa Haftar/PER");
  }

  @Test
  void read_organisationRunIntoPerson_french_organisationAndPerson() {
    Reading r = new Reading(new ScriptedRecognizer().tag("Services de renseignement Hakan Fidan", PER), "fr",
        "Il était accompagné du chef des Services de renseignement Hakan Fidan.");
    assertThat(r.found()).containsExactly("Services de renseignement/ORG", "Hakan Fidan/PER");
  }

  @Test
  void read_roleRunIntoPerson_english_personOnly() {
    Reading r = new Reading(new ScriptedRecognizer().tag("Defence Ministry spokesman Hami Aksoy", ORG), "en",
        "Defence Ministry spokesman Hami Aksoy said so.");
    assertThat(r.found()).containsExactly("Hami Aksoy/PER");
  }

  @Test
  void read_departmentRunIntoPerson_french_person() {
    Reading r = new Reading(new ScriptedRecognizer().tag("Finances Berat Albayrak", ORG), "fr",
        "Il est venu avec le ministre des Finances Berat Albayrak.");
    assertThat(r.found()).containsExactly("Berat Albayrak/PER");
  }

  @Test
  void read_interfaceWordsAndEditorialMarks_french_noNames() {
    Reading r = new Reading(new ScriptedRecognizer().tag("Rechercher", MISC).tag("NDLR", ORG).tag("GNA", ORG), "fr",
        "Rechercher", "L'appui turc au gouvernement légitime (le GNA, NDLR) se poursuit.");
    assertThat(r.found()).containsExactly("GNA/ORG");
  }

  @Test
  void read_interfaceWords_english_noNames() {
    Reading r = new Reading(new ScriptedRecognizer().tag("Search", MISC).tag("Latest News", MISC), "en",
        "Search", "Latest News", "Nothing else here.");
    assertThat(r.found()).isEmpty();
  }

  @Test
  void read_departmentAlone_french_noName() {
    Reading r = new Reading(new ScriptedRecognizer().tag("Défense", ORG).tag("Finances", ORG).tag("Conseil", ORG),
        "fr", "Le ministre de la Défense et celui des Finances ont parlé au Conseil.");
    assertThat(r.found()).isEmpty();
  }

  @Test
  void read_gazetteerOrganisation_french_settlesType() {
    Reading r = new Reading(new ScriptedRecognizer().tag("ONU", LOC).tag("Turquie", MISC), "fr",
        "Reconnu par l'ONU, il a l'appui de la Turquie.");
    assertThat(r.found()).containsExactly("ONU/ORG", "Turquie/LOC");
  }

  @Test
  void read_gazetteerOrganisation_english_settlesType() {
    Reading r = new Reading(new ScriptedRecognizer().tag("NATO", LOC).tag("Turkey", MISC), "en",
        "NATO said Turkey agreed.");
    assertThat(r.found()).containsExactly("NATO/ORG", "Turkey/LOC");
  }

  @Test
  void read_peopleNamedByDemonym_english_misc() {
    Reading r = new Reading(new ScriptedRecognizer().tag("Turks", LOC), "en", "The Turks voted.");
    assertThat(r.found()).containsExactly("Turks/MISC");
  }

  @Test
  void read_sameNameTwoTypes_french_majorityWins() {
    Reading r = new Reading(new ScriptedRecognizer().tag("Ankara", LOC).tag("Tripoli", LOC), "fr",
        "Ankara soutient Tripoli.", "Tripoli et Ankara ont signé.", "Le soutien d'Ankara est clair.");
    assertThat(r.found()).containsOnly("Ankara/LOC", "Tripoli/LOC");
  }

  @Test
  void read_sameNameTwoTypes_english_majorityWins() {
    ScriptedRecognizer tagger = new ScriptedRecognizer().tag("Rotor Volgograd", ORG).tag("Comelf", ORG);
    Reading r = new Reading(tagger, "en", "Comelf beat Rotor Volgograd.", "Comelf won again.",
        "Fans of Comelf were happy.");
    assertThat(r.found()).containsExactly("Comelf/ORG", "Rotor Volgograd/ORG", "Comelf/ORG", "Comelf/ORG");
  }

  @Test
  void read_untaggedOccurrence_english_found() {
    Reading r = new Reading(new ScriptedRecognizer().tag("Stoke City", ORG), "en",
        "Stoke City won on Saturday.", "The coach said Stoke City deserved it.");
    assertThat(r.found()).containsExactly("Stoke City/ORG", "Stoke City/ORG");
  }

  @Test
  void read_majorityAcrossSentences_english_minorityRelabelled() {
    ScriptedRecognizer tagger = new ScriptedRecognizer().tag("Parnevik", PER).tagIn(3, "Parnevik", LOC);
    Reading r = new Reading(tagger, "en", "Jesper Parnevik led.", "Parnevik said he was tired.",
        "Parnevik smiled.", "Then Parnevik finished third.");
    assertThat(r.names).extracting(n -> n.type()).containsOnly(PER);
  }

  @Test
  void read_surnameAfterFullName_french_personEvenUntagged() {
    ScriptedRecognizer tagger = new ScriptedRecognizer().tag("Khalifa Haftar", PER).tag("Haftar", LOC);
    Reading r = new Reading(tagger, "fr", "Les forces de Khalifa Haftar avancent.",
        "L'offensive du maréchal Haftar a échoué.", "Haftar n'a rien dit.");
    assertThat(r.found()).containsExactly("Khalifa Haftar/PER", "Haftar/PER", "Haftar/PER");
  }

  @Test
  void read_surnameAfterFullName_english_personEvenUntagged() {
    Reading r = new Reading(new ScriptedRecognizer().tag("Hulusi Akar", PER), "en",
        "Turkish Defence Minister Hulusi Akar arrived.", "Akar met officials.");
    assertThat(r.found()).containsExactly("Hulusi Akar/PER", "Akar/PER");
  }

  @Test
  void read_surnameAfterPlacePreposition_french_staysPlace() {
    ScriptedRecognizer tagger = new ScriptedRecognizer().tag("Kursaal de Lucerne", PER).tag("Lucerne", LOC);
    Reading r = new Reading(tagger, "fr", "Le Kursaal de Lucerne ferme.", "Il habite à Lucerne.");
    assertThat(r.typeOf("Lucerne")).contains(LOC);
  }

  @Test
  void read_acronymInParentheses_french_expansionAndEveryUseTagged() {
    ScriptedRecognizer tagger = new ScriptedRecognizer().tag("Gouvernement d' union nationale", MISC);
    Reading r = new Reading(tagger, "fr",
        "La coopération avec le Gouvernement d'union nationale (GNA) libyen.", "Selon le GNA, tout va bien.");
    assertThat(r.found()).containsExactly("Gouvernement d'union nationale/ORG", "GNA/ORG", "GNA/ORG");
  }

  @Test
  void read_acronymInParentheses_english_expansionByInitials() {
    Reading r = new Reading(new ScriptedRecognizer(), "en",
        "Talks with the Government of National Accord (GNA) went on.", "The GNA said so.");
    assertThat(r.found()).containsExactly("Government of National Accord/ORG", "GNA/ORG", "GNA/ORG");
  }

  @Test
  void read_regnalNumber_english_partOfName() {
    Reading r = new Reading(new ScriptedRecognizer().tag("Elizabeth", PER), "en", "Queen Elizabeth II spoke.");
    assertThat(r.found()).containsExactly("Elizabeth II/PER");
  }

  @Test
  void read_ocrHyphenationAndAbbreviation_hipeTokens_joinedForTagger() {
    // HIPE gives "Alex ¬ andria" and "M . Hagenbeck" as separate tokens; the tagger reads "Alexandria" and "M.".
    ScriptedRecognizer tagger = new ScriptedRecognizer().tag("Alexandria", LOC).tag("M. Hagenbeck", PER);
    TokenSentence sentence = new TokenSentence(java.util.List.of("M", ".", "Hagenbeck", "visited", "Alex", "¬",
        "andria"), java.util.List.of(false, true, true, true, true, true, true));
    var spans = new DocumentNames(tagger).recognize("fr", java.util.List.of(sentence), DocumentNames.Extent.NAME);
    assertThat(spans.getFirst()).containsExactly(new TokenSpan(2, 3, PER), new TokenSpan(4, 7, LOC));
  }
}
