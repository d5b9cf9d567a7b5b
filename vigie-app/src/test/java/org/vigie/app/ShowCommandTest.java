package org.vigie.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.json.ArticleJson;
import org.vigie.model.Article;
import org.vigie.store.ArticleStore;
import org.vigie.store.DataDirectory;

class ShowCommandTest {
  @TempDir
  static Path temp;
  static Path data;
  static Article lyon;

  @BeforeAll
  static void ingestFixtures() throws Exception {
    data = temp.resolve("data");
    Cli.ingest(data, Fixtures.mixedInput(temp.resolve("in")));
    try (ArticleStore store = ArticleStore.openForReading(new DataDirectory(data))) {
      lyon = store.search("Bellecour", 1, false).hits().getFirst().article();
    }
  }

  @Test
  void show_json_isExactlyTheArticleRecord() {
    Cli.Result result = Cli.run(data, "show", lyon.id(), "--json");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo(ArticleJson.writePretty(lyon) + System.lineSeparator());
  }

  @Test
  void show_printsTitleMetadataCaptionAndParagraphsInOrder() {
    Cli.Result result = Cli.run(data, "show", lyon.id());

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines().get(0)).isEqualTo(Fixtures.LYON_TITLE);
    assertThat(result.out())
        .contains("id:        " + lyon.id())
        .contains("published: 2023-03-14 (day, inferred from the text)")
        .contains("language:  fr")
        .contains("[caption] Des usagers attendent un tramway place Bellecour, à Lyon, le 14 mars 2023.")
        .contains("credit: AFP; date: 2023-03-14");
    assertThat(result.out().indexOf("Le conseil municipal de Lyon a adopté"))
        .isLessThan(result.out().indexOf("L'opposition a dénoncé"))
        .isLessThan(result.out().indexOf("Le maire a promis"));
  }

  @Test
  void show_unknownId_failsWithExitOne() {
    Cli.Result result = Cli.run(data, "show", "c000000000000000");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().strip()).isEqualTo("show: no article with id c000000000000000");
  }
}
