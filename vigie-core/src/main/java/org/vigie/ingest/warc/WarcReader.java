package org.vigie.ingest.warc;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.vigie.ingest.LineInput;
import org.vigie.model.HttpHeader;

/**
 * Streams the records of a WARC file (ISO 28500:2017, WARC 1.1, and earlier 1.0 and 0.18), plain
 * or gzip (one member per record, as Common Crawl writes them, or one member for all), in constant
 * memory whatever the file's size.
 *
 * <p>Lenient where real files are wrong, and says so in {@link WarcRecord#problems()}: lines may end
 * in LF instead of CRLF; a header may be folded; a record may be cut short by the end of the file
 * (a truncated download) or declare a Content-Length that does not match its block, in which case
 * the reader looks for the next {@code WARC/} version line and goes on from there.
 */
public final class WarcReader implements Closeable {
  private static final int MAX_LINE = 64 * 1024;
  private static final int MAX_FIELDS = 1000;

  private final InputStream raw;
  private final LineInput input;
  private final int maxBlockBytes;
  private String pendingVersion;
  private long pendingOffset;

  public WarcReader(InputStream in, int maxBlockBytes) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    buffered.mark(2);
    int b1 = buffered.read();
    int b2 = buffered.read();
    buffered.reset();
    this.raw = b1 == 0x1F && b2 == 0x8B ? new GZIPInputStream(buffered, 1 << 16) : buffered;
    this.input = new LineInput(raw);
    this.maxBlockBytes = maxBlockBytes;
  }

  public static WarcReader open(Path file, int maxBlockBytes) throws IOException {
    return new WarcReader(Files.newInputStream(file), maxBlockBytes);
  }

  /**
   * The next record, or empty at the end of the file.
   *
   * @throws IOException when the stream itself fails (a corrupt or truncated gzip member); records
   *     returned before stay valid
   */
  public Optional<WarcRecord> next() throws IOException {
    List<String> problems = new ArrayList<>();
    String version = pendingVersion;
    long offset = pendingOffset;
    pendingVersion = null;
    if (version == null) {
      long skippedFrom = -1;
      while (true) {
        offset = input.position();
        byte[] line = input.readLine(MAX_LINE);
        if (line == null) {
          if (skippedFrom >= 0) {
            problems.add("bytes at offset " + skippedFrom + " that are not a WARC record were skipped");
          }
          return Optional.empty();
        }
        if (isVersionLine(line)) {
          version = ascii(line).strip();
          break;
        }
        if (line.length > 0 && skippedFrom < 0) {
          skippedFrom = offset;
        }
      }
      if (skippedFrom >= 0) {
        problems.add("bytes at offset " + skippedFrom + " that are not a WARC record were skipped");
      }
    }
    List<HttpHeader> fields = readFields(problems);
    long declared = contentLength(fields, problems);
    long[] read = new long[1];
    byte[] block = input.readBlock(Math.max(declared, 0), maxBlockBytes, read);
    if (read[0] < declared) {
      problems.add("the file ends " + (declared - read[0]) + " bytes before the declared Content-Length of "
          + declared);
    }
    skipToNextRecord(problems, read[0] == declared);
    return Optional.of(new WarcRecord(offset, version, fields, block, read[0], problems));
  }

  private List<HttpHeader> readFields(List<String> problems) throws IOException {
    List<HttpHeader> fields = new ArrayList<>();
    while (true) {
      byte[] line = input.readLine(MAX_LINE);
      if (line == null || line.length == 0) {
        return fields;
      }
      String text = new String(line, StandardCharsets.UTF_8);
      if ((text.startsWith(" ") || text.startsWith("\t")) && !fields.isEmpty()) {
        HttpHeader last = fields.removeLast();
        fields.add(new HttpHeader(last.name(), last.value() + " " + text.strip()));
        continue;
      }
      int colon = text.indexOf(':');
      if (colon <= 0) {
        problems.add("a header line without a colon was ignored: " + abbreviate(text));
        continue;
      }
      if (fields.size() < MAX_FIELDS) {
        fields.add(new HttpHeader(text.substring(0, colon).strip(), text.substring(colon + 1).strip()));
      }
    }
  }

  private static long contentLength(List<HttpHeader> fields, List<String> problems) {
    for (HttpHeader field : fields) {
      if (field.name().equalsIgnoreCase("Content-Length")) {
        try {
          return Long.parseLong(field.value().strip());
        } catch (NumberFormatException e) {
          problems.add("Content-Length is not a number: " + abbreviate(field.value()));
          return 0;
        }
      }
    }
    problems.add("the record has no Content-Length");
    return 0;
  }

  /**
   * After a block come two line ends. Anything else means the declared length was wrong: skip to
   * the next version line, remembering it so the next call starts there.
   */
  private void skipToNextRecord(List<String> problems, boolean blockComplete) throws IOException {
    int blankLines = 0;
    long strayFrom = -1;
    while (true) {
      long at = input.position();
      byte[] line = input.readLine(MAX_LINE);
      if (line == null) {
        if (strayFrom >= 0) {
          problems.add("the block does not match its Content-Length: " + (at - strayFrom)
              + " bytes after it were skipped");
        }
        return;
      }
      if (isVersionLine(line)) {
        pendingVersion = ascii(line).strip();
        pendingOffset = at;
        if (strayFrom >= 0) {
          problems.add("the block does not match its Content-Length: " + (at - strayFrom)
              + " bytes after it were skipped");
        } else if (blankLines < 2 && blockComplete) {
          problems.add("the record does not end with two line breaks");
        }
        return;
      }
      if (line.length == 0) {
        blankLines++;
        if (blankLines >= 2 && strayFrom < 0 && input.peek() != '\r' && input.peek() != '\n') {
          return;
        }
      } else if (strayFrom < 0) {
        strayFrom = at;
      }
    }
  }

  private static boolean isVersionLine(byte[] line) {
    return line.length >= 6 && line.length < 32 && line[0] == 'W' && line[1] == 'A' && line[2] == 'R' && line[3] == 'C'
        && line[4] == '/' && Character.isDigit(line[5]);
  }

  private static String ascii(byte[] line) {
    return new String(line, StandardCharsets.ISO_8859_1);
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }

  @Override
  public void close() throws IOException {
    raw.close();
  }
}
