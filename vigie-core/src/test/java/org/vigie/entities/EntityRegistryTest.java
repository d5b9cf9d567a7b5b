package org.vigie.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.model.EntityType.LOC;
import static org.vigie.model.EntityType.ORG;
import static org.vigie.model.EntityType.PER;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.Article;
import org.vigie.model.Block;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.pipeline.Outcome;

/** One identity per entity across articles and languages, kept in the data directory. */
class EntityRegistryTest {
  @TempDir Path data;

  private static final ScriptedRecognizer TAGGER = new ScriptedRecognizer()
      .tag("Mevlüt Çavuşoğlu", PER).tag("Fayez al-Sarraj", PER).tag("Tripoli", LOC)
      .tag("Mevlut Cavusoglu", PER).tag("Fayez al-Serraj", PER).tag("Cavusoglu", PER)
      .tag("Gouvernement d' union nationale", ORG).tag("Government of National Accord", ORG);

  private static final String FRENCH = "Le chef de la diplomatie turque Mevlüt Çavuşoğlu a rencontré à Tripoli"
      + " Fayez al-Sarraj, chef du Gouvernement d'union nationale (GNA) libyen. Çavuşoğlu a salué le GNA.";
  private static final String ENGLISH = "Turkish Foreign Minister Mevlut Cavusoglu met Fayez al-Serraj, head of"
      + " the Government of National Accord (GNA), in Tripoli. Cavusoglu praised the GNA.";

  private static Article article(String id, String language, String text) {
    return new Article(id, Optional.empty(), "test:" + id, Optional.empty(), Optional.empty(), "Titre",
        Optional.empty(),
        Optional.empty(), Optional.of(language), List.of(Block.paragraph(text)), List.of(), List.of(), id);
  }

  private static List<Entity> entities(EntityRegistry registry, Article article) {
    Article recognised = ((Outcome.Done<Article>) new EntityRecognition(TAGGER).apply(article)).value();
    return ((Outcome.Done<Article>) new EntityLinker(registry).apply(recognised)).value().annotations().entities();
  }

  private static String idOf(List<Entity> entities, EntityType type, String nameStart) {
    return entities.stream().filter(e -> e.type() == type && e.name().startsWith(nameStart)).findFirst()
        .orElseThrow(() -> new AssertionError(nameStart + " not in " + entities)).id();
  }

  @Test
  void link_frenchThenEnglishArticle_samePersonsAndOrganisationSameIds() {
    EntityRegistry registry = EntityRegistry.inMemory();
    List<Entity> french = entities(registry, article("fr1", "fr", FRENCH));
    List<Entity> english = entities(registry, article("en1", "en", ENGLISH));

    assertThat(idOf(english, PER, "Mev")).isEqualTo(idOf(french, PER, "Mev")).isEqualTo("per:mevlut-cavusoglu");
    assertThat(idOf(english, PER, "Fayez")).isEqualTo(idOf(french, PER, "Fayez"));
    assertThat(idOf(english, ORG, "Gouv")).isEqualTo(idOf(french, ORG, "Gouv"));
    assertThat(english.stream().filter(e -> e.type() == ORG).findFirst().orElseThrow().variants())
        .contains("Government of National Accord", "GNA");
    assertThat(idOf(english, LOC, "Tripoli")).isEqualTo(idOf(french, LOC, "Tripoli"));
  }

  @Test
  void link_englishArticle_registryNameAndArticleFormsAsVariants() {
    EntityRegistry registry = EntityRegistry.inMemory();
    entities(registry, article("fr1", "fr", FRENCH));
    Entity minister = entities(registry, article("en1", "en", ENGLISH)).stream()
        .filter(e -> e.id().equals("per:mevlut-cavusoglu")).findFirst().orElseThrow();

    assertThat(minister.name()).isEqualTo("Mevlüt Çavuşoğlu");
    assertThat(minister.variants()).contains("Mevlut Cavusoglu", "Cavusoglu");
    assertThat(minister.roles()).extracting(r -> r.country().orElse("-")).containsOnly("TR");
  }

  @Test
  void open_afterSave_sameIdsInALaterRun() throws IOException {
    EntityRegistry first = EntityRegistry.open(data);
    String frenchId = idOf(entities(first, article("fr1", "fr", FRENCH)), PER, "Fayez");
    first.save();

    EntityRegistry second = EntityRegistry.open(data);
    assertThat(second.entities()).extracting(Entity::id).contains(frenchId);
    assertThat(idOf(entities(second, article("en1", "en", ENGLISH)), PER, "Fayez")).isEqualTo(frenchId);
  }

  @Test
  void keys_transliterationsAndArticles_meet() {
    assertThat(NameKeys.key("Mevlüt Çavuşoğlu")).isEqualTo(NameKeys.key("Mevlut Cavusoglu"));
    assertThat(NameKeys.key("al-Sarraj")).isEqualTo(NameKeys.key("el-Sarraj")).isEqualTo(NameKeys.key("Sarraj"));
    assertThat(NameKeys.skeleton(NameKeys.key("Fayez al-Serraj")))
        .isEqualTo(NameKeys.skeleton(NameKeys.key("Fayez al-Sarraj")));
  }
}
