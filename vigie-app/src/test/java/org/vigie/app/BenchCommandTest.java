package org.vigie.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.json.ArticleJson;

class BenchCommandTest {
  @TempDir Path temp;

  @Test
  void warc_synthetic_reportEndsWithOneJsonLine() throws Exception {
    Cli.Result result = Cli.run(temp.resolve("data"), "bench", "warc", "--pages", "30", "--dir", temp.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode figures = ArticleJson.mapper().readTree(result.outLines().getLast());
    assertThat(figures.get("dataset").asText()).isEqualTo("warc");
    assertThat(figures.get("items").asLong()).isEqualTo(90);
    assertThat(figures.get("files").get(1).get("liveHeapMbByTenth")).hasSize(10);
    assertThat(result.out()).contains("records/s");
  }

  @Test
  void bench_withoutWhat_badUsage() {
    assertThat(Cli.run(temp.resolve("data"), "bench").exitCode()).isEqualTo(2);
  }

  @Test
  void extract_missingDataset_badUsage() {
    Cli.Result result = Cli.run(temp.resolve("data"), "bench", "extract", temp.resolve("nope").toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("no dataset directory");
  }
}
