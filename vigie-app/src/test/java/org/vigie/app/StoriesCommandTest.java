package org.vigie.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.json.ArticleJson;
import org.vigie.model.Article;
import org.vigie.model.Grouping;
import org.vigie.store.ArticleStore;
import org.vigie.store.DataDirectory;
import org.vigie.testing.AnnotatedArticles;

/** {@code vigie stories} and {@code vigie stories show}, over the hand-annotated Akar story with a copy. */
class StoriesCommandTest {
  private static final Article FRENCH = AnnotatedArticles.akarInTripoli();
  private static final Article COPY = AnnotatedArticles.builder("https://regional.example.fr/akar", "Le Régional",
          FRENCH.title(), "fr", "2020-07-04", FRENCH.body().getFirst().text()).build()
      .withGrouping(new Grouping(Optional.of(FRENCH.id()), Optional.of(AnnotatedArticles.STORY)));
  private static final Article TUNIS = AnnotatedArticles.tunisElection()
      .withGrouping(new Grouping(Optional.empty(), Optional.of("s-tunis")));

  @TempDir Path data;

  @BeforeEach
  void store() throws IOException {
    try (ArticleStore store = ArticleStore.openForWriting(new DataDirectory(data))) {
      for (Article article : List.of(FRENCH, COPY, AnnotatedArticles.akarInEnglish(), TUNIS)) {
        store.put(article);
      }
      store.commit();
    }
  }

  @Test
  void stories_biggestFirst_withSizeOutletsLanguagesAndDates() {
    Cli.Result result = Cli.run(data, "stories");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.outLines()).containsExactly(
        AnnotatedArticles.STORY + "  3 articles · 3 outlets · fr, en · 2020-07-03 → 2020-07-05",
        "    " + FRENCH.title(),
        "s-tunis  1 article · 1 outlet · fr · 2019-09-16",
        "    " + TUNIS.title(),
        "2 stories");
  }

  @Test
  void stories_json_oneObjectPerStory() throws Exception {
    List<String> lines = Cli.run(data, "stories", "--json", "--sort", "latest").outLines();

    assertThat(lines).hasSize(2);
    JsonNode akar = ArticleJson.mapper().readTree(lines.getFirst());
    assertThat(akar.properties()).extracting(e -> e.getKey()).containsExactly("id", "title", "articles",
        "outletCount", "outlets", "languages", "firstSeen", "lastSeen");
    assertThat(akar.get("outletCount").asInt()).isEqualTo(3);
    assertThat(akar.get("lastSeen").asText()).isEqualTo("2020-07-05");
  }

  @Test
  void stories_filters_keepTheStoriesWithAMatchingArticle() {
    assertThat(Cli.run(data, "stories", "--country", "TN").outLines()).first().asString().startsWith("s-tunis");
    assertThat(Cli.run(data, "stories", "--entity", AnnotatedArticles.AKAR).outLines()).first().asString()
        .startsWith(AnnotatedArticles.STORY);
    assertThat(Cli.run(data, "stories", "--since", "2020-01-01").outLines()).last().isEqualTo("1 story");
    assertThat(Cli.run(data, "stories", "--since", "24h").outLines()).containsExactly("no stories");
  }

  @Test
  void stories_badOptions_areBadUsage() {
    Cli.Result since = Cli.run(data, "stories", "--since", "yesterday");
    Cli.Result country = Cli.run(data, "stories", "--country", "Libya");
    Cli.Result sort = Cli.run(data, "stories", "--sort", "loudest");

    assertThat(since.exitCode()).isEqualTo(2);
    assertThat(since.err()).contains("24h");
    assertThat(country.exitCode()).isEqualTo(2);
    assertThat(country.err()).contains("two letters");
    assertThat(sort.exitCode()).isEqualTo(2);
  }

  @Test
  void show_timelineInPublicationOrder_copyMarked() {
    Cli.Result result = Cli.run(data, "stories", "show", AnnotatedArticles.STORY);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.outLines()).containsExactly(
        FRENCH.title(),
        AnnotatedArticles.STORY + "  3 articles · 3 outlets · fr, en · 2020-07-03 → 2020-07-05",
        "",
        "2020-07-03  fr  AFP  " + FRENCH.title(),
        "    " + FRENCH.id(),
        "2020-07-04  fr  Le Régional  " + FRENCH.title(),
        "    " + COPY.id() + "  (copy of " + FRENCH.id() + ")",
        "2020-07-05  en  Example News  " + AnnotatedArticles.akarInEnglish().title(),
        "    " + AnnotatedArticles.akarInEnglish().id(),
        "3 articles, 1 copy of another");
  }

  @Test
  void show_json_entriesWithTheirCopy() throws Exception {
    JsonNode story = ArticleJson.mapper().readTree(Cli.run(data, "stories", "show", AnnotatedArticles.STORY, "--json").out());

    assertThat(story.get("entries").findValuesAsText("id")).containsExactly(FRENCH.id(), COPY.id(),
        AnnotatedArticles.akarInEnglish().id());
    assertThat(story.at("/entries/1/duplicateOf").asText()).isEqualTo(FRENCH.id());
    assertThat(story.get("copies").asInt()).isEqualTo(1);
  }

  @Test
  void show_unknownStory_failsWithExitOne() {
    Cli.Result result = Cli.run(data, "stories", "show", "s-nothing");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("no story with id s-nothing");
  }
}
