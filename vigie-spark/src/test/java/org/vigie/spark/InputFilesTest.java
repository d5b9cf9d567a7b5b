package org.vigie.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir Path dir;

  @Test
  void list_directoryAndFile_ingestOrderAndIngestLocations() throws IOException {
    Files.createDirectories(dir.resolve("in/sub"));
    Files.createDirectories(dir.resolve("in/.hidden"));
    Files.writeString(dir.resolve("in/b.jsonl"), "{}\n");
    Files.writeString(dir.resolve("in/sub/a.warc"), "x".repeat(100));
    Files.writeString(dir.resolve("in/.hidden/c.warc"), "x");
    Files.writeString(dir.resolve("in/_SUCCESS"), "");
    Files.writeString(dir.resolve("last.jsonl"), "{}\n");

    List<InputFiles.InputFile> files = InputFiles.list(List.of(dir.resolve("in").toString(),
        dir.resolve("last.jsonl").toString()), new Configuration());

    assertThat(files.stream().sorted(Comparator.comparingInt(InputFiles.InputFile::order))
        .map(InputFiles.InputFile::location))
        .containsExactly(dir.resolve("in/b.jsonl").toUri().toString(), dir.resolve("in/sub/a.warc").toUri().toString(),
            dir.resolve("last.jsonl").toUri().toString());
    assertThat(files.getFirst().location()).endsWith("a.warc");
    assertThat(files.getFirst().path()).startsWith("file:/");
  }

  @Test
  void list_globAndMissingPath_globExpandedMissingRefused() throws IOException {
    Files.writeString(dir.resolve("one.warc.gz"), "x");
    Files.writeString(dir.resolve("two.warc.gz"), "x");

    assertThat(InputFiles.list(List.of(dir + "/*.warc.gz"), new Configuration())).hasSize(2);
    assertThatThrownBy(() -> InputFiles.list(List.of(dir.resolve("nowhere").toString()), new Configuration()))
        .isInstanceOf(FileNotFoundException.class).hasMessageContaining("nowhere");
  }
}
