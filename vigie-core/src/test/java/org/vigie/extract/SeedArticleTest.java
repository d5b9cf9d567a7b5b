package org.vigie.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.model.Block;
import org.vigie.model.Caption;
import org.vigie.testing.SharedData;

/** The article part of ../shared/seed/EXPECTED.md, one assertion a line of it. */
class SeedArticleTest {
  private static CleanedText cleaned;
  private static String raw;

  @BeforeAll
  static void clean() throws IOException {
    Path seed = SharedData.require("seed/000_2a8616f36f3ff5fa.txt");
    raw = Files.readString(seed);
    cleaned = new CrawledTextCleaner().clean(raw);
  }

  @Test
  void clean_seed_titleOnce() {
    assertThat(cleaned.title()).contains("Le ministre turc de la Défense et son chef d'état-major à Tripoli");
    assertThat(cleaned.body()).map(Block::text)
        .noneMatch(t -> t.equals("Le ministre turc de la Défense et son chef d'état-major à Tripoli"));
  }

  @Test
  void clean_seed_sectionLabel() {
    assertThat(cleaned.section()).contains("Dernières Infos - Libye");
  }

  @Test
  void clean_seed_captionWithCreditAndDate() {
    assertThat(cleaned.captions()).hasSize(1);
    Caption caption = cleaned.captions().getFirst();
    assertThat(caption.text()).isEqualTo("Capture d'écran d'une vidéo diffusée par le ministère turc de la Défense, "
        + "montrant l'arrivée du ministre turc Hulusi Akar à Tripoli, en Libye, le 3 juillet 2020.");
    assertThat(caption.credit()).contains("AFP /TURKISH DEFENCE MINISTRY");
    assertThat(caption.date()).contains(LocalDate.of(2020, 7, 3));
  }

  @Test
  void clean_seed_exactlyFourBodyParagraphsInOrder() {
    assertThat(cleaned.body()).hasSize(4);
    assertThat(cleaned.body().get(0).text()).startsWith(
        "Le ministre turc de la Défense Hulusi Akar et le chef d'état-major turc Yasar Guler se sont rendus vendredi à Tripoli");
    assertThat(cleaned.body().get(1).text()).startsWith(
        "\"Les pourparlers qui se sont déroulés en présence des délégations militaires");
    assertThat(cleaned.body().get(2).text()).startsWith("La visite des deux hauts responsables turcs fait suite à celle, le 17 juin,");
    assertThat(cleaned.body().get(3).text()).startsWith("Reconnu par l'ONU et siégeant à Tripoli, le GNA a l'appui de la Turquie");
  }

  @Test
  void clean_seed_keepsEllipsisInsideQuote() {
    assertThat(cleaned.body().get(1).text()).contains("ont porté sur (...) les volets de la coopération militaire");
  }

  @Test
  void clean_seed_dropsRepeatedLeadAndTeaser() {
    assertThat(cleaned.body()).map(Block::text).noneMatch(t -> t.endsWith("(...)..."));
    long leads = cleaned.body().stream().filter(b -> b.text().startsWith("Le ministre turc de la Défense Hulusi Akar")).count();
    assertThat(leads).isEqualTo(1);
  }

  @Test
  void clean_seed_noSearchBoxLabel() {
    assertThat(cleaned.title().orElseThrow()).doesNotContain("Rechercher");
    assertThat(cleaned.section().orElseThrow()).doesNotContain("Rechercher");
    assertThat(cleaned.body()).map(Block::text).noneMatch(t -> t.contains("Rechercher"));
    assertThat(cleaned.captions()).map(Caption::text).noneMatch(t -> t.contains("Rechercher"));
  }

  @Test
  void clean_seed_noPublicationLineInText() {
    assertThat(cleaned.published()).isEqualTo(Optional.empty());
  }
}
