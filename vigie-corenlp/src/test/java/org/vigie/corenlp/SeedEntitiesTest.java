package org.vigie.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.entities.EntityRecognition;
import org.vigie.model.Article;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Mention;
import org.vigie.model.Role;
import org.vigie.pipeline.Outcome;
import org.vigie.testing.SeedArticle;

/** The persons, organisations and roles table of ../shared/seed/EXPECTED.md, with the real French model. */
class SeedEntitiesTest {
  private static Article article;

  @BeforeAll
  static void read() throws IOException {
    article = ((Outcome.Done<Article>) new EntityRecognition(CoreNlpNameRecognizer.shared())
        .apply(SeedArticle.extracted())).value();
  }

  private static Entity person(String name) {
    return article.annotations().entities().stream().filter(e -> e.type() == EntityType.PER && e.name().equals(name))
        .findFirst().orElseThrow(() -> new AssertionError(name + " not among " + article.annotations().entities()));
  }

  private static void assertRole(String person, String text, String country) {
    List<Role> roles = person(person).roles();
    assertThat(roles).as(person).anySatisfy(role -> {
      assertThat(role.text()).isEqualTo(text);
      assertThat(role.country()).contains(country);
    });
  }

  @Test
  void seed_eightPersonsWithRolesAndCountries() {
    assertRole("Hulusi Akar", "ministre turc de la Défense", "TR");
    assertRole("Yasar Guler", "chef d'état-major turc", "TR");
    assertRole("Salah al-Namrouch", "vice-ministre libyen de la Défense du GNA", "LY");
    assertRole("Mevlut Cavusoglu", "chef de la diplomatie turque", "TR");
    assertRole("Berat Albayrak", "ministre des Finances", "TR");
    assertRole("Hakan Fidan", "chef des Services de renseignement", "TR");
    assertRole("Fayez al-Sarraj", "chef du GNA", "LY");
    assertRole("Khalifa Haftar", "homme fort de l'est libyen", "LY");
    assertThat(person("Khalifa Haftar").roles()).extracting(Role::text).contains("maréchal");
    assertThat(article.annotations().entities()).filteredOn(e -> e.type() == EntityType.PER).hasSize(8);
  }

  @Test
  void seed_shortFormJoinsFullName() {
    assertThat(person("Khalifa Haftar").variants()).contains("Haftar");
    assertThat(article.annotations().mentions()).filteredOn(m -> m.text().equals("Haftar"))
        .extracting(m -> m.entity().orElseThrow()).containsOnly(person("Khalifa Haftar").id());
  }

  @Test
  void seed_acronymLinkedToExpansion() {
    Entity gna = article.annotations().entities().stream()
        .filter(e -> e.name().equals("Gouvernement d'union nationale")).findFirst().orElseThrow();
    assertThat(gna.type()).isEqualTo(EntityType.ORG);
    assertThat(gna.variants()).contains("GNA");
    assertThat(article.annotations().mentions()).filteredOn(m -> m.text().equals("GNA")).hasSizeGreaterThan(5)
        .extracting(m -> m.entity().orElseThrow()).containsOnly(gna.id());
  }

  @Test
  void seed_organisationsRecognised() {
    assertThat(article.annotations().entities()).filteredOn(e -> e.type() == EntityType.ORG).extracting(Entity::name)
        .contains("ONU", "ministère turc de la Défense");
  }

  @Test
  void seed_noInterfaceWordsOrDepartmentsAlone() {
    assertThat(article.annotations().mentions()).extracting(Mention::text)
        .doesNotContain("Rechercher", "NDLR", "Dernières Infos", "Finances", "Défense", "la Défense");
  }

  @Test
  void seed_mentionSpans_pointAtTheirText() {
    for (Mention mention : article.annotations().mentions()) {
      assertThat(mention.span().textIn(article)).contains(mention.text());
    }
  }
}
