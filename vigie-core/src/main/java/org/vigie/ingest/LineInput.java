package org.vigie.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A buffered byte stream that reads lines ending in LF or CRLF, and blocks of a given length,
 * counting its position. Lines are bounded so that a file without line breaks cannot exhaust memory.
 */
public final class LineInput {
  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int start;
  private int end;
  private long position;

  public LineInput(InputStream in) {
    this.in = in;
  }

  public long position() {
    return position;
  }

  private boolean fill() throws IOException {
    if (start < end) {
      return true;
    }
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      return false;
    }
    start = 0;
    end = n;
    return true;
  }

  /** The next byte without consuming it, or -1 at the end. */
  public int peek() throws IOException {
    return fill() ? buffer[start] & 0xFF : -1;
  }

  /**
   * The next line without its LF or CRLF, or null at the end of the stream. A line longer than
   * {@code maxLength} is cut there; the rest of it is skipped.
   */
  public byte[] readLine(int maxLength) throws IOException {
    if (!fill()) {
      return null;
    }
    byte[] line = new byte[Math.min(128, maxLength)];
    int length = 0;
    while (fill()) {
      int i = start;
      while (i < end && buffer[i] != '\n') {
        i++;
      }
      int take = Math.min(i - start, maxLength - length);
      if (take > 0) {
        if (length + take > line.length) {
          line = Arrays.copyOf(line, Math.max(length + take, Math.min(maxLength, line.length * 2)));
        }
        System.arraycopy(buffer, start, line, length, take);
        length += take;
      }
      position += i - start;
      if (i < end) {
        start = i + 1;
        position++;
        break;
      }
      start = end;
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return Arrays.copyOf(line, length);
  }

  /**
   * Reads up to {@code length} bytes, keeping the first {@code keep} of them.
   *
   * @return the bytes kept, and through {@code read[0]} how many bytes were consumed (fewer than
   *     asked only at the end of the stream)
   */
  public byte[] readBlock(long length, int keep, long[] read) throws IOException {
    byte[] kept = new byte[(int) Math.min(keep, Math.max(0, length))];
    long consumed = 0;
    while (consumed < length && fill()) {
      int take = (int) Math.min(end - start, length - consumed);
      if (consumed < kept.length) {
        int copy = (int) Math.min(take, kept.length - consumed);
        System.arraycopy(buffer, start, kept, (int) consumed, copy);
      }
      start += take;
      consumed += take;
      position += take;
    }
    read[0] = consumed;
    return consumed < kept.length ? Arrays.copyOf(kept, (int) consumed) : kept;
  }
}
