package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.pipeline.FailureCause;

class JsonLinesSourceTest {
  private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-01-01T00:00:00Z"));
  @TempDir Path dir;

  @Test
  void read_mixedLines_documentsAndOneFailurePerBadLine() throws IOException {
    Path file = Files.writeString(dir.resolve("dump.jsonl"), String.join("\n",
        "{\"url\": \"https://news.example/a\", \"html\": \"<p>a</p>\", \"source\": \"Example News\"}",
        "",
        "{\"url\": \"https://news.example/b\", \"text\": \"Titre\\n\\nUn paragraphe.\", \"date\": \"2020-07-03\"}",
        "{not json",
        "[1, 2]",
        "{\"url\": \"https://news.example/c\"}",
        "{\"text\": \"" + "x".repeat(2000) + "\"}"));
    List<SourceItem> items = new ArrayList<>();

    new JsonLinesSource(file, 1000, CLOCK).read(items::add);

    assertThat(items).hasSize(6);
    assertThat(items.get(0)).isInstanceOfSatisfying(SourceItem.Document.class, d -> {
      assertThat(d.document().mediaType()).isEqualTo("text/html");
      assertThat(d.document().source()).contains("Example News");
      assertThat(d.location()).endsWith("dump.jsonl#line=1");
    });
    assertThat(items.get(1)).isInstanceOfSatisfying(SourceItem.Document.class, d -> {
      assertThat(d.document().mediaType()).isEqualTo("text/plain");
      assertThat(d.document().stated().published()).contains(new org.vigie.model.Published("2020-07-03",
          org.vigie.model.Precision.DAY, false));
    });
    assertThat(items.subList(2, 6)).allSatisfy(item -> assertThat(item).isInstanceOf(SourceItem.Unreadable.class));
    assertThat(((SourceItem.Unreadable) items.get(2)).failure().message()).contains("line 4 is not valid JSON");
    assertThat(((SourceItem.Unreadable) items.get(4)).failure().cause()).isEqualTo(FailureCause.EMPTY);
    assertThat(((SourceItem.Unreadable) items.get(5)).failure().cause()).isEqualTo(FailureCause.TOO_LARGE);
  }
}
