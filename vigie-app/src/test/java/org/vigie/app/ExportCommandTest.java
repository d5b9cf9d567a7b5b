package org.vigie.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.json.ArticleJson;
import org.vigie.model.Article;
import org.vigie.store.ArticleStore;
import org.vigie.store.DataDirectory;

class ExportCommandTest {
  @TempDir
  static Path temp;
  static Path data;
  static List<Article> stored = new ArrayList<>();

  @BeforeAll
  static void ingestFixtures() throws Exception {
    data = temp.resolve("data");
    Cli.ingest(data, Fixtures.mixedInput(temp.resolve("in")));
    try (ArticleStore store = ArticleStore.openForReading(new DataDirectory(data))) {
      store.forEachArticle(stored::add);
    }
  }

  @Test
  void export_jsonl_writesEveryArticleRecordOnItsOwnLine() {
    Cli.Result result = Cli.run(data, "export");

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines()).map(ArticleJson::read).containsExactlyInAnyOrderElementsOf(stored);
  }

  @Test
  void export_ninjs_writesOneNewsItemPerArticle() throws Exception {
    Cli.Result result = Cli.run(data, "export", "--format", "ninjs");

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines()).hasSize(2);
    List<String> headlines = new ArrayList<>();
    for (String line : result.outLines()) {
      JsonNode item = ArticleJson.mapper().readTree(line);
      assertThat(item.get("uri").asText()).startsWith("urn:vigie:article:");
      assertThat(item.get("type").asText()).isEqualTo("text");
      headlines.add(item.at("/headlines/0/value").asText());
    }
    assertThat(headlines).containsExactlyInAnyOrder(Fixtures.LYON_TITLE, Fixtures.HARBOUR_TITLE);
  }

  @Test
  void export_out_writesTheFileAndReportsTheCount() throws Exception {
    Path file = temp.resolve("exports/all.jsonl");

    Cli.Result result = Cli.run(data, "export", "--out", file.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(result.err().strip()).isEqualTo("exported 2 articles to " + file);
    assertThat(Files.readAllLines(file)).map(ArticleJson::read).containsExactlyInAnyOrderElementsOf(stored);
    assertThat(Files.list(file.getParent())).containsExactly(file);
  }

  @Test
  void export_unknownFormat_isBadUsage() {
    Cli.Result result = Cli.run(data, "export", "--format", "xml");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("xml");
  }
}
