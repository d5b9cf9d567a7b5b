package org.vigie.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.json.ArticleJson;

class SearchCommandTest {
  @TempDir
  static Path temp;
  static Path data;

  @BeforeAll
  static void ingestFixtures() throws Exception {
    data = temp.resolve("data");
    assertThat(Cli.ingest(data, Fixtures.mixedInput(temp.resolve("in"))).exitCode()).isZero();
  }

  @Test
  void search_printsIdDateTitleAndSnippet() {
    Cli.Result result = Cli.run(data, "search", "tramways");

    assertThat(result.exitCode()).isZero();
    List<String> lines = result.outLines();
    assertThat(lines.get(0)).matches("c[0-9a-f]{15}  2023-03-14  " + Fixtures.LYON_TITLE);
    assertThat(lines.get(1)).startsWith("    ").contains("tramways").doesNotContain("<b>");
    assertThat(lines).last().isEqualTo("1 matching article");
  }

  @Test
  void search_findsFrenchWordsByTheirStem() {
    Cli.Result result = Cli.run(data, "search", "tramway");

    assertThat(result.out()).contains(Fixtures.LYON_TITLE);
  }

  @Test
  void search_joinsSeveralWordsIntoOneQuery() {
    assertThat(Cli.run(data, "search", "ferry", "terminal").out()).contains(Fixtures.HARBOUR_TITLE);
    assertThat(Cli.run(data, "search", "ferry", "tramway").out()).startsWith("no article matches ferry tramway");
  }

  @Test
  void search_json_printsOneObjectPerHitWithTheDocumentedFields() throws Exception {
    Cli.Result result = Cli.run(data, "search", "ferry", "--json");

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines()).hasSize(1);
    JsonNode hit = ArticleJson.mapper().readTree(result.outLines().get(0));
    assertThat(hit.properties()).extracting(e -> e.getKey())
        .containsExactly("id", "title", "score", "published", "language", "source", "snippet");
    assertThat(hit.get("title").asText()).isEqualTo(Fixtures.HARBOUR_TITLE);
    assertThat(hit.get("language").asText()).isEqualTo("en");
    assertThat(hit.get("score").asDouble()).isPositive();
    assertThat(hit.get("snippet").asText()).contains("<b>ferry</b>");
  }

  @Test
  void search_limit_capsTheHitsAndSaysHowManyMatched() {
    Cli.Result result = Cli.run(data, "search", "le OR the", "--limit", "1");

    assertThat(result.outLines()).last().isEqualTo("showing 1 of 2 matching articles (see --limit)");
  }

  @Test
  void search_newest_putsTheDatedArticleFirst() throws Exception {
    Cli.Result result = Cli.run(data, "search", "le OR the", "--newest", "--json");

    assertThat(ArticleJson.mapper().readTree(result.outLines().get(0)).get("title").asText())
        .isEqualTo(Fixtures.LYON_TITLE);
  }

  @Test
  void search_badQuery_isBadUsageWithTheParserMessage() {
    Cli.Result result = Cli.run(data, "search", "title:(");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("search: cannot read the query \"title:(\"").doesNotContain("\tat ");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void search_zeroLimit_isBadUsage() {
    assertThat(Cli.run(data, "search", "ferry", "--limit", "0").exitCode()).isEqualTo(2);
  }
}
