package org.vigie.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A file that a source reads, wherever it lies: its location (the URI that locations of its items
 * start with) and a way to open it. A local path is one kind; a batch runner opens files on other
 * file systems (HDFS, S3) through its own opener, so the sources read them with the same code.
 */
public record ArchiveInput(String location, Opener opener) {

  /** Opens the file's bytes as stored (still compressed); the caller closes the stream. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  public ArchiveInput {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(opener, "opener");
  }

  /** A local file, located by its absolute normalised file URI, as {@code vigie ingest} names it. */
  public static ArchiveInput of(Path file) {
    return new ArchiveInput(file.toAbsolutePath().normalize().toUri().toString(), () -> Files.newInputStream(file));
  }

  public InputStream open() throws IOException {
    return opener.open();
  }

  /** The file's name in lower case, which tells its format ("crawl.warc.gz", "dump.jsonl"). */
  public String lowerCaseName() {
    String path = location;
    int cut = path.indexOf('#');
    path = cut < 0 ? path : path.substring(0, cut);
    cut = path.indexOf('?');
    path = cut < 0 ? path : path.substring(0, cut);
    return path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
  }
}
