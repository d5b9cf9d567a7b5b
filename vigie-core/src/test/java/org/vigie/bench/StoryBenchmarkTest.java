package org.vigie.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.stories.StoryGrouper;
import org.vigie.testing.SharedData;

class StoryBenchmarkTest {
  @TempDir Path temp;

  @Test
  void run_basilDev_aboveTheQualityFloor() throws IOException {
    Path file = SharedData.require("eval/clustering/basil/dev.jsonl");
    Path out = temp.resolve("pred.jsonl");

    StoryBenchmark.Report report = new StoryBenchmark(StoryGrouper.Settings.defaults())
        .run(ClusteringDataset.read(file), Optional.of(out));

    // The reference (TF-IDF single link, threshold tuned on the answers) scores 0.986 here.
    assertThat(report.score().f1()).isGreaterThanOrEqualTo(0.97);
    assertThat(report.items()).isEqualTo(96);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(96);
    JsonNode first = new ObjectMapper().readTree(lines.getFirst());
    assertThat(first.has("id")).isTrue();
    assertThat(first.get("story").asText()).startsWith("s");
  }

  @Test
  void print_report_endsWithOneJsonLine() throws IOException {
    Path file = temp.resolve("tiny.jsonl");
    Files.writeString(file, """
        {"id": "1", "cluster": "a", "date": "2020-01-01", "title": "Flood in Porto", "text": "Heavy rain flooded Porto."}
        {"id": "2", "cluster": "a", "date": "2020-01-01", "title": "Porto flooded", "text": "Heavy rain flooded Porto on Monday."}
        {"id": "3", "cluster": "b", "date": "2020-01-02", "title": "Budget vote", "text": "The council voted the budget."}
        """);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new StoryBenchmark(StoryGrouper.Settings.defaults()).run(ClusteringDataset.read(file), Optional.empty())
        .print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    JsonNode figures = new ObjectMapper().readTree(lines.getLast());
    assertThat(figures.get("items").asInt()).isEqualTo(3);
    assertThat(figures.has("f1")).isTrue();
    assertThat(figures.has("perSecond")).isTrue();
    assertThat(figures.has("peakHeapMb")).isTrue();
  }

  @Test
  void read_datedAndUndated_dateOrderUndatedAfterItsPredecessor() throws IOException {
    Path file = temp.resolve("order.jsonl");
    Files.writeString(file, """
        {"id": "late", "cluster": "a", "date": "2020-01-03", "title": "t", "text": "x"}
        {"id": "early", "cluster": "a", "date": "2020-01-01", "title": "t", "text": "x"}
        {"id": "undated", "cluster": "a", "title": "t", "text": "x"}
        """);
    assertThat(ClusteringDataset.read(file).items()).extracting(item -> item.article().id())
        .containsExactly("early", "undated", "late");
  }
}
