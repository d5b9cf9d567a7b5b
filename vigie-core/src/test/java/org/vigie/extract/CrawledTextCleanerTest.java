package org.vigie.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigie.model.Block;
import org.vigie.model.BlockKind;
import org.vigie.model.Caption;
import org.vigie.model.Precision;
import org.vigie.model.Published;

/** Crawled pages of the seed's shape in other languages and layouts, written for these cases. */
class CrawledTextCleanerTest {
  private final CrawledTextCleaner cleaner = new CrawledTextCleaner();

  static String fixture(String name) throws IOException {
    try (InputStream in = CrawledTextCleanerTest.class.getResourceAsStream("/fixtures/crawled/" + name)) {
      assertThat(in).as("fixture " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void clean_englishWireCopy_titleSectionBylineDateCaption() throws IOException {
    CleanedText cleaned = cleaner.clean(fixture("en-wire-title-twice-caption-teaser.txt"));

    assertThat(cleaned.title()).contains("Storm floods Gaza coastal camps as aid convoys wait at border");
    assertThat(cleaned.section()).contains("World News | Middle East");
    assertThat(cleaned.byline()).contains("Jane Doe and Omar Haddad");
    assertThat(cleaned.published()).contains(new Published("2020-07-03T10:12", Precision.MINUTE, false));
    assertThat(cleaned.captions()).singleElement().satisfies(caption -> {
      assertThat(caption.text()).startsWith("Palestinians wade through a flooded street").endsWith("July 2, 2020.");
      assertThat(caption.credit()).contains("REUTERS/Ammar Awad");
      assertThat(caption.date()).contains(LocalDate.of(2020, 7, 2));
    });
  }

  @Test
  void clean_englishWireCopy_bodyWithoutRepeatsTeasersOrLinks() throws IOException {
    CleanedText cleaned = cleaner.clean(fixture("en-wire-title-twice-caption-teaser.txt"));

    assertThat(cleaned.body()).map(Block::text).satisfiesExactly(
        p -> assertThat(p).startsWith("A winter storm flooded hundreds of tents"),
        p -> assertThat(p).startsWith("\"Families woke up").contains("[...]").endsWith("\"without delay\"."),
        p -> assertThat(p).startsWith("The agency said more than 1,200 families"),
        p -> assertThat(p).startsWith("Local officials said pumps"));
  }

  @Test
  void clean_frenchRegionalPage_dropsCookieCrumbsPromptsAndRelatedLinks() throws IOException {
    CleanedText cleaned = cleaner.clean(fixture("fr-regional-cookie-crumbs-related.txt"));

    assertThat(cleaned.title()).contains("Le maire de Lyon annonce un plan pour les pistes cyclables de la métropole");
    assertThat(cleaned.byline()).contains("Marie Dupont");
    assertThat(cleaned.section()).contains("Politique > International");
    assertThat(cleaned.body()).map(Block::text).satisfiesExactly(
        p -> assertThat(p).startsWith("Le maire de Lyon a présenté mercredi"),
        p -> assertThat(p).startsWith("« Nous voulons"),
        p -> assertThat(p).startsWith("Les associations de cyclistes"),
        p -> assertThat(p).startsWith("Le plan, estimé à 90 millions d'euros"));
    assertThat(cleaned.captions()).singleElement().satisfies(caption -> {
      assertThat(caption.text()).isEqualTo("Une piste cyclable sur les quais du Rhône, à Lyon.");
      assertThat(caption.credit()).contains("Maxppp - Jean Martin");
    });
  }

  @Test
  void clean_frenchRegionalPage_updateLineIsNotThePublicationDate() throws IOException {
    assertThat(cleaner.clean(fixture("fr-regional-cookie-crumbs-related.txt")).published()).isEmpty();
  }

  @Test
  void clean_germanPage_sectionTitleCaptionAndTeaser() throws IOException {
    CleanedText cleaned = cleaner.clean(fixture("de-section-title-photo-credit.txt"));

    assertThat(cleaned.section()).contains("Politik - Ausland");
    assertThat(cleaned.title()).contains("Regierung in Rom stellt neuen Haushaltsplan vor");
    assertThat(cleaned.captions()).map(Caption::credit).containsExactly(java.util.Optional.of("dpa/Claudio Furlan"));
    assertThat(cleaned.body()).hasSize(3);
    assertThat(cleaned.body()).map(Block::text).noneMatch(t -> t.endsWith("..."));
  }

  @Test
  void clean_hardWrappedSpanish_joinsLinesIntoParagraphs() throws IOException {
    CleanedText cleaned = cleaner.clean(fixture("es-hard-wrapped.txt"));

    assertThat(cleaned.title()).contains(
        "El Gobierno aprueba un plan de ayudas para los agricultores afectados por la sequía");
    assertThat(cleaned.body()).map(Block::text).satisfiesExactly(
        p -> assertThat(p).startsWith("El Consejo de Ministros aprobó").contains("afectados por la sequía, que"),
        p -> assertThat(p).startsWith("Según el ministro"),
        p -> assertThat(p).startsWith("Las organizaciones agrarias").endsWith("nuevas infraestructuras de almacenamiento."));
  }

  @Test
  void clean_proseWithoutHeadline_titleFromFirstSentence() throws IOException {
    CleanedText cleaned = cleaner.clean(fixture("en-prose-only-no-title.txt"));

    assertThat(cleaned.title()).contains("The city council voted on Tuesday to extend the night bus service to the "
        + "eastern suburbs, a move residents had demanded for years.");
    assertThat(cleaned.body()).hasSize(2);
  }

  @Test
  void clean_interfaceOnly_noBody() throws IOException {
    CleanedText cleaned = cleaner.clean(fixture("fr-interface-only.txt"));

    assertThat(cleaned.body()).isEmpty();
  }

  @Test
  void clean_headingBetweenParagraphs_keptAsHeading() {
    String text = """
        Council approves new budget after long debate

        The city council approved the new budget on Monday night after a debate that lasted more than six hours.

        What changes for residents

        Property taxes will rise by two percent, while the budget for libraries and parks is kept at last year's level.
        """;

    CleanedText cleaned = cleaner.clean(text);

    assertThat(cleaned.body()).map(Block::kind)
        .containsExactly(BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH);
  }

  @Test
  void clean_ellipsisEndingQuoteInLastParagraph_kept() {
    String text = """
        Minister resigns after report on hospital waiting lists

        The health minister resigned on Friday, hours after a report found that waiting lists had doubled in two years.

        Asked whether others would follow, a senior official only said: "We will see..."
        """;

    CleanedText cleaned = cleaner.clean(text);

    assertThat(cleaned.body()).hasSize(2);
  }
}
