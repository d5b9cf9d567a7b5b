package org.vigie.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.model.EntityType.ORG;
import static org.vigie.model.EntityType.PER;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Roles from titles and appositions, with the country they imply, in French and English. */
class RoleFinderTest {

  /** "role text @ country" of each person, in document order. */
  private static List<String> roles(Reading r) {
    Map<Integer, List<RoleFinder.RoleSpan>> found = new RoleFinder(Lexicon.shared()).find(r.document, r.names);
    return found.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .flatMap(e -> e.getValue().stream().map(role -> r.document.text(role.sentence(), role.start(), role.end())
            + " @ " + role.country().orElse("-")))
        .toList();
  }

  @Test
  void find_titleWithDemonym_french_roleAndCountry() {
    Reading r = new Reading(new ScriptedRecognizer().tag("Hulusi Akar", PER).tag("Yasar Guler", PER), "fr",
        "Le ministre turc de la Défense Hulusi Akar et le chef d'état-major turc Yasar Guler sont à Tripoli.");
    assertThat(roles(r)).containsExactly("ministre turc de la Défense @ TR", "chef d'état-major turc @ TR");
  }

  @Test
  void find_titleWithDemonym_english_roleAndCountry() {
    Reading r = new Reading(new ScriptedRecognizer().tag("Hulusi Akar", PER), "en",
        "Turkish Defence Minister Hulusi Akar arrived in Tripoli.");
    assertThat(roles(r)).containsExactly("Turkish Defence Minister @ TR");
  }

  @Test
  void find_roleBeforeComma_french_roleAndCountry() {
    Reading r = new Reading(new ScriptedRecognizer().tag("Salah al-Namrouch", PER).tag("GNA", ORG), "fr",
        "a affirmé le vice-ministre libyen de la Défense du GNA, Salah al-Namrouch, cité dans ce communiqué.");
    assertThat(roles(r)).containsExactly("vice-ministre libyen de la Défense du GNA @ LY");
  }

  @Test
  void find_appositionNamingOrganisationOfKnownCountry_french_organisationsCountry() {
    ScriptedRecognizer tagger = new ScriptedRecognizer().tag("Fayez al-Sarraj", PER).tag("Mevlut Cavusoglu", PER)
        .tag("Gouvernement d' union nationale", ORG);
    Reading r = new Reading(tagger, "fr", "Le Gouvernement d'union nationale (GNA) libyen est reconnu.",
        "La visite du chef de la diplomatie turque Mevlut Cavusoglu, pour rencontrer Fayez al-Sarraj, chef du GNA.");
    assertThat(roles(r)).containsExactly("chef de la diplomatie turque @ TR", "chef du GNA @ LY");
  }

  @Test
  void find_coordinatedRoles_french_shareCountry() {
    ScriptedRecognizer tagger = new ScriptedRecognizer().tag("Mevlut Cavusoglu", PER).tag("Berat Albayrak", PER);
    Reading r = new Reading(tagger, "fr",
        "La visite du chef de la diplomatie turque Mevlut Cavusoglu, venu accompagné du ministre des Finances Berat"
            + " Albayrak.");
    assertThat(roles(r)).containsExactly("chef de la diplomatie turque @ TR", "ministre des Finances @ TR");
  }

  @Test
  void find_apposition_english_spokesmanFor() {
    ScriptedRecognizer tagger = new ScriptedRecognizer().tag("Omer Celik", PER)
        .tag("Turkey", org.vigie.model.EntityType.LOC);
    Reading r = new Reading(tagger, "en", "Omer Celik, a spokesman for Turkey's ruling party, said so.");
    assertThat(roles(r)).containsExactly("spokesman for Turkey's ruling party @ TR");
  }

  @Test
  void find_appositionAfterName_french_strongman() {
    Reading r = new Reading(new ScriptedRecognizer().tag("Khalifa Haftar", PER), "fr",
        "les forces du maréchal Khalifa Haftar, l'homme fort de l'est libyen, qui a lancé une offensive.");
    assertThat(roles(r)).containsExactly("maréchal @ -", "homme fort de l'est libyen @ LY");
  }
}
