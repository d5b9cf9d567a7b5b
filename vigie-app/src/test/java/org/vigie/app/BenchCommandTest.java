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
  void ner_conllFileWithRaw_sideBySideReportEndsWithOneJsonLine() throws Exception {
    java.nio.file.Path file = temp.resolve("tiny.conll");
    java.nio.file.Files.writeString(file, "-DOCSTART- O\n\nHulusi B-PER\nAkar I-PER\nvisited O\nTripoli B-LOC\n. O\n\n"
        + "Akar B-PER\nleft O\n. O\n");
    java.nio.file.Path out = temp.resolve("pred.tsv");

    Cli.Result result = Cli.run(temp.resolve("data"), "bench", "ner", file.toString(), "--raw", "--language", "en",
        "--out", out.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode figures = ArticleJson.mapper().readTree(result.outLines().getLast());
    assertThat(figures.get("tokens").asInt()).isEqualTo(8);
    assertThat(figures.get("f1").asDouble()).isGreaterThan(0.5);
    assertThat(figures.get("raw").has("f1")).isTrue();
    assertThat(java.nio.file.Files.readAllLines(out)).contains("Hulusi\tB-PER\tB-PER", "");
  }

  @Test
  void ner_languageWithoutModel_badUsage() throws Exception {
    java.nio.file.Path file = temp.resolve("tiny.conll");
    java.nio.file.Files.writeString(file, "Berlin B-LOC\n");
    assertThat(Cli.run(temp.resolve("data"), "bench", "ner", file.toString(), "--language", "de").exitCode())
        .isEqualTo(2);
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

  @Test
  void stories_dataset_reportAndPredictions() throws Exception {
    Path dataset = temp.resolve("stories.jsonl");
    java.nio.file.Files.writeString(dataset, """
        {"id": "1", "cluster": "a", "date": "2020-01-01", "title": "Floods in Porto", "text": "Heavy rain flooded Porto."}
        {"id": "2", "cluster": "a", "date": "2020-01-01", "title": "Porto flooded", "text": "Heavy rain flooded Porto."}
        {"id": "3", "cluster": "b", "date": "2020-01-02", "title": "Budget vote", "text": "The council voted the budget."}
        """);
    Path predictions = temp.resolve("pred.jsonl");

    Cli.Result result = Cli.run(temp.resolve("data"), "bench", "stories", dataset.toString(), "--out",
        predictions.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode figures = ArticleJson.mapper().readTree(result.outLines().getLast());
    assertThat(figures.get("items").asInt()).isEqualTo(3);
    assertThat(figures.get("f1").asDouble()).isEqualTo(1.0);
    assertThat(java.nio.file.Files.readAllLines(predictions)).hasSize(3);
  }

  @Test
  void stories_generated_ratesByTenth() throws Exception {
    Cli.Result result = Cli.run(temp.resolve("data"), "bench", "stories", "--generate", "200");

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode figures = ArticleJson.mapper().readTree(result.outLines().getLast());
    assertThat(figures.get("items").asInt()).isEqualTo(200);
    assertThat(figures.get("perSecondByTenth")).hasSize(10);
  }

  @Test
  void stories_noDataset_badUsage() {
    assertThat(Cli.run(temp.resolve("data"), "bench", "stories").exitCode()).isEqualTo(2);
  }
}
