package org.vigie.ingest;

import java.nio.file.Path;
import java.util.function.Consumer;

/** One file, plain or gzip, as one document. */
public final class FileSource implements DocumentSource {
  private final Path file;
  private final FileReader reader;

  public FileSource(Path file, FileReader reader) {
    this.file = file;
    this.reader = reader;
  }

  @Override
  public String location() {
    return file.toAbsolutePath().normalize().toUri().toString();
  }

  @Override
  public void read(Consumer<SourceItem> sink) {
    sink.accept(reader.read(file));
  }
}
