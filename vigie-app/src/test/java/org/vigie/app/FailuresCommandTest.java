package org.vigie.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.json.ArticleJson;

class FailuresCommandTest {
  @TempDir
  Path temp;

  @Test
  void failures_listsEachFailedDocumentWithItsCauseAndReason() throws Exception {
    Path data = temp.resolve("data");
    Cli.ingest(data, Fixtures.mixedInput(temp.resolve("in")));

    Cli.Result result = Cli.run(data, "failures");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("2026-01-02T03:04:05Z  EMPTY  ", "empty.txt  (0 bytes)")
        .contains("  BINARY  ", "picture.txt  (16 bytes)");
    assertThat(result.outLines()).last().isEqualTo("2 failed documents");
  }

  @Test
  void failures_json_printsOneObjectPerFailure() throws Exception {
    Path data = temp.resolve("data");
    Cli.ingest(data, Fixtures.mixedInput(temp.resolve("in")));

    Cli.Result result = Cli.run(data, "failures", "--json");

    List<String> causes = new ArrayList<>();
    for (String line : result.outLines()) {
      JsonNode failure = ArticleJson.mapper().readTree(line);
      assertThat(failure.properties()).extracting(e -> e.getKey())
          .containsExactly("location", "stage", "cause", "message", "size", "sha256", "at");
      assertThat(failure.get("message").asText()).isNotBlank();
      causes.add(failure.get("cause").asText());
    }
    assertThat(causes).containsExactlyInAnyOrder("EMPTY", "BINARY");
  }

  @Test
  void failures_whenThereAreNone_saysSo() throws Exception {
    Path data = temp.resolve("data");
    Path input = temp.resolve("in");
    Fixtures.write(java.nio.file.Files.createDirectories(input).resolve("a.txt"), Fixtures.HARBOUR);
    Cli.ingest(data, input);

    assertThat(Cli.run(data, "failures").outLines()).containsExactly("no failed documents");
  }
}
