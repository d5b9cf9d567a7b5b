package org.vigie.ingest;

import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Locale;
import java.util.Objects;

/**
 * A source that reads one archive (a WARC file, a JSON Lines dump) into many documents: the file
 * wherever it lies, the size limit of one document, and the clock that dates what it reads when
 * the archive does not.
 */
public abstract class ArchiveSource implements DocumentSource {
  private final ArchiveInput input;
  private final int maxDocumentBytes;
  private final InstantSource clock;

  protected ArchiveSource(ArchiveInput input, int maxDocumentBytes, InstantSource clock) {
    this.input = Objects.requireNonNull(input, "input");
    this.maxDocumentBytes = maxDocumentBytes;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public final String location() {
    return input.location();
  }

  protected final ArchiveInput input() {
    return input;
  }

  protected final int maxDocumentBytes() {
    return maxDocumentBytes;
  }

  protected final InstantSource clock() {
    return clock;
  }

  /** A local file's name in lower case, which tells its format, as {@link ArchiveInput#lowerCaseName()} does. */
  protected static String lowerCaseName(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT);
  }
}
