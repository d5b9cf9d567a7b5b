package org.vigie.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.entities.EntityRegistry;
import org.vigie.entities.NameRecognizer;
import org.vigie.geo.Gazetteer;
import org.vigie.ingest.SourceItem;
import org.vigie.ingest.StandardPipeline;
import org.vigie.lang.LanguageIdentifier;
import org.vigie.model.RawDocument;
import org.vigie.pipeline.FailureCause;

class PipelineBenchmarkTest {
  private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-03-02T12:00:00Z"));
  private static final String DISPATCH = """
      Flooding closes roads around Lyon

      LYON, March 2 (Vigie) - Heavy rain flooded the Rhône valley on Monday and closed several roads \
      around Lyon, the prefecture said. "The water is still rising," said Marie Dupont, the prefect. \
      The river is expected to peak on Tuesday, forecasters said.
      """;
  private static final String PAGE = """
      <html><head><title>Storm hits Marseille</title></head><body><article><h1>Storm hits Marseille</h1>
      <p>A storm hit Marseille on Sunday night, tearing roofs off houses near the old port, the city said.</p>
      <p>Firefighters were called out more than two hundred times during the night, officials said on Monday.</p>
      </article></body></html>
      """;

  private static SourceItem document(String name, String mediaType, String content) {
    return new SourceItem.Document(RawDocument.ofFile(URI.create("file:///bench/" + name), mediaType,
        CLOCK.instant(), content.getBytes(StandardCharsets.UTF_8)));
  }

  private static PipelineBenchmark.Report runOnThreeDocuments() {
    LanguageIdentifier languages = LanguageIdentifier.of(Set.of("en", "fr"));
    PipelineBenchmark benchmark = new PipelineBenchmark(() -> StandardPipeline.create(CLOCK, languages,
        Gazetteer.bundled(), NameRecognizer.NONE, EntityRegistry.inMemory()), "none", new WarmUp(1, Duration.ZERO));
    return benchmark.run(List.of(document("dispatch.txt", "text/plain", DISPATCH),
        document("storm.html", "text/html", PAGE), document("blank.txt", "text/plain", "   \n")));
  }

  @Test
  void run_threeDocumentsOneBlank_everyStageListedInOrderWithItsCalls() {
    PipelineBenchmark.Report report = runOnThreeDocuments();

    assertThat(report.documents()).isEqualTo(3);
    assertThat(report.articles()).isEqualTo(2);
    assertThat(report.failures()).isEqualTo(Map.of(FailureCause.EMPTY, 1));
    assertThat(report.stages()).extracting(PipelineBenchmark.StageCost::name).containsExactly("extract", "lang",
        "published", "times", "entities", "entity-registry", "places", "quotes", "events");
    assertThat(report.stages().get(0).calls()).isEqualTo(3);
    assertThat(report.stages().subList(1, report.stages().size()))
        .allSatisfy(stage -> assertThat(stage.calls()).isEqualTo(2));
    assertThat(report.stages()).allSatisfy(stage -> assertThat(stage.share()).isBetween(0.0, 1.0));
  }

  @Test
  void print_report_stageTableThenOneJsonLine() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    runOnThreeDocuments().print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("names").contains("no recogniser"));
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("events"));
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("failures").contains("EMPTY 1"));
    assertThat(lines.getLast()).startsWith("{\"dataset\":\"pipeline\",\"items\":3,\"articles\":2")
        .contains("\"events\":{\"calls\":2,");
  }

  @Test
  void read_folderOfPagesAndAnswerKeys_pagesInPathOrderAnswerKeysLeftOut(@TempDir Path folder) throws Exception {
    Files.createDirectories(folder.resolve("b"));
    Files.writeString(folder.resolve("b/source.html"), PAGE);
    Files.writeString(folder.resolve("b/expected.html"), PAGE);
    Files.writeString(folder.resolve("a.txt"), DISPATCH);
    Files.writeString(folder.resolve("README.md"), "notes");
    Files.writeString(folder.resolve("c.jsonl"), "{\"url\":\"https://example.org/1\",\"text\":\"One.\"}\n"
        + "{\"url\":\"https://example.org/2\",\"text\":\"Two.\"}\n");

    List<SourceItem> all = PipelineBenchmark.read(List.of(folder), Optional.empty(), CLOCK);
    List<SourceItem> two = PipelineBenchmark.read(List.of(folder), Optional.of(2), CLOCK);

    assertThat(all).extracting(SourceItem::location).satisfiesExactly(
        a -> assertThat(a).endsWith("/a.txt"), b -> assertThat(b).endsWith("/b/source.html"),
        c1 -> assertThat(c1).endsWith("c.jsonl#line=1"), c2 -> assertThat(c2).endsWith("c.jsonl#line=2"));
    assertThat(two).extracting(SourceItem::location).containsExactly(all.get(0).location(), all.get(2).location());
  }
}
