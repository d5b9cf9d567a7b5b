package org.vigie.ingest;

import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;
import org.vigie.ingest.warc.WarcSource;

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

  /**
   * The source for an archive of a format Vigie reads, told by its name: a WARC file or a JSON
   * Lines dump, either gzipped. Empty for any other file.
   */
  public static Optional<ArchiveSource> of(ArchiveInput input, int maxDocumentBytes, InstantSource clock) {
    String name = input.lowerCaseName();
    if (WarcSource.handles(name)) {
      return Optional.of(new WarcSource(input, maxDocumentBytes, clock));
    }
    if (JsonLinesSource.handles(name)) {
      return Optional.of(new JsonLinesSource(input, maxDocumentBytes, clock));
    }
    return Optional.empty();
  }
}
