package org.vigie.geo.build;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * Reads the files of a gzip-compressed tar archive (an npm package tarball) in one pass, without
 * unpacking it to disk. Understands ustar name prefixes and PAX and GNU long names, which npm's
 * packer writes for long paths.
 */
final class TarGz {
  private TarGz() {}

  /** What to do with one file of the archive. */
  @FunctionalInterface
  interface FileHandler {
    void accept(String path, byte[] content) throws IOException;
  }

  /** Calls {@code handler} for every regular file whose path {@code wanted} accepts. */
  static void read(Path archive, Predicate<String> wanted, FileHandler handler) throws IOException {
    try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(archive), 1 << 16), 1 << 16)) {
      byte[] header = new byte[512];
      String longName = null;
      while (in.readNBytes(header, 0, 512) == 512) {
        if (header[0] == 0) {
          break; // end-of-archive marker
        }
        String name = text(header, 0, 100);
        String prefix = text(header, 345, 155);
        if (!prefix.isEmpty()) {
          name = prefix + "/" + name;
        }
        long size = octal(header, 124, 12);
        char type = (char) header[156];
        long padded = (size + 511) / 512 * 512;
        boolean regular = type == '0' || type == '\0';
        if (type == 'x' || type == 'L') {
          byte[] meta = in.readNBytes((int) size);
          in.skipNBytes(padded - size);
          longName = type == 'L' ? text(meta, 0, meta.length) : paxPath(meta);
          continue;
        }
        if (longName != null) {
          name = longName;
          longName = null;
        }
        if (regular && wanted.test(name)) {
          byte[] content = in.readNBytes((int) size);
          if (content.length != size) {
            throw new IOException("truncated archive " + archive + " at " + name);
          }
          in.skipNBytes(padded - size);
          handler.accept(name, content);
        } else {
          in.skipNBytes(padded);
        }
      }
    }
  }

  private static String paxPath(byte[] meta) {
    for (String record : new String(meta, StandardCharsets.UTF_8).split("\n")) {
      int space = record.indexOf(' ');
      if (space > 0 && record.startsWith("path=", space + 1)) {
        return record.substring(space + 6);
      }
    }
    return null;
  }

  private static String text(byte[] bytes, int from, int length) {
    int end = from;
    while (end < from + length && bytes[end] != 0) {
      end++;
    }
    return new String(bytes, from, end - from, StandardCharsets.UTF_8);
  }

  private static long octal(byte[] bytes, int from, int length) {
    long value = 0;
    for (int i = from; i < from + length; i++) {
      byte b = bytes[i];
      if (b >= '0' && b <= '7') {
        value = value * 8 + (b - '0');
      } else if (value > 0 || (b != ' ' && b != 0)) {
        if (b == ' ' || b == 0) {
          break;
        }
      }
    }
    return value;
  }
}
