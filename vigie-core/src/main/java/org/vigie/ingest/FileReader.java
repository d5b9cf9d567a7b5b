package org.vigie.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.InstantSource;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.vigie.model.RawDocument;
import org.vigie.pipeline.Failure;
import org.vigie.pipeline.FailureCause;

/**
 * Reads one file into a raw document, bounded: regular files only (a FIFO would block, a device
 * never ends), at most {@code maxBytes} after gzip decompression (so a gzip bomb stops at the
 * limit), with the media type guessed from the name.
 */
public final class FileReader {
  private static final String STAGE = "read";
  private final long maxBytes;
  private final InstantSource clock;

  public FileReader(long maxBytes, InstantSource clock) {
    this.maxBytes = maxBytes;
    this.clock = clock;
  }

  public SourceItem read(Path file) {
    String location = file.toAbsolutePath().normalize().toUri().toString();
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      String reason = Files.isSymbolicLink(file) ? file + " is a broken symbolic link" : describe(e, file);
      return unread(location, FailureCause.UNREADABLE, reason, -1);
    }
    if (!attributes.isRegularFile()) {
      String what = Files.isSymbolicLink(file) && !Files.exists(file) ? "a broken symbolic link"
          : attributes.isDirectory() ? "a directory" : "not a regular file (a pipe, socket or device)";
      return unread(location, FailureCause.UNREADABLE, file + " is " + what, -1);
    }
    boolean gzip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    if (!gzip && attributes.size() > maxBytes) {
      return unread(location, FailureCause.TOO_LARGE,
          String.format(Locale.ROOT, "%s is %s, over the %s limit for one document", file.getFileName(),
              megabytes(attributes.size()), megabytes(maxBytes)), attributes.size());
    }
    try (InputStream in = open(file, gzip)) {
      byte[] content = readAtMost(in, maxBytes + 1);
      if (content.length > maxBytes) {
        return unread(location, FailureCause.TOO_LARGE, String.format(Locale.ROOT,
            "%s holds more than the %s limit for one document once decompressed", file.getFileName(),
            megabytes(maxBytes)), attributes.size());
      }
      return new SourceItem.Document(RawDocument.ofFile(file.toAbsolutePath().normalize().toUri(),
          mediaType(file), clock.instant(), content));
    } catch (ZipException e) {
      return unread(location, FailureCause.UNREADABLE, file.getFileName() + " is not valid gzip: " + e.getMessage(),
          attributes.size());
    } catch (IOException e) {
      return unread(location, FailureCause.UNREADABLE, describe(e, file), attributes.size());
    }
  }

  private static InputStream open(Path file, boolean gzip) throws IOException {
    InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
    try {
      return gzip ? new GZIPInputStream(in, 65536) : in;
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }

  private static byte[] readAtMost(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[65536];
    long total = 0;
    int n;
    while (total < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0) {
      out.write(buffer, 0, n);
      total += n;
    }
    return out.toByteArray();
  }

  static String mediaType(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1);
    return switch (extension) {
      case "html", "htm", "xhtml", "shtml" -> "text/html";
      case "md", "markdown" -> "text/markdown";
      case "json" -> "application/json";
      case "csv", "tsv" -> "text/csv";
      case "xml", "rss", "atom" -> "application/xml";
      case "pdf" -> "application/pdf";
      case "jpg", "jpeg", "png", "gif", "webp", "svg" -> "image/" + extension;
      case "zip", "tar", "tgz", "7z" -> "application/octet-stream";
      // Crawl dumps name files anything: no extension or an unknown one is read as text and checked.
      default -> "text/plain";
    };
  }

  private static String describe(IOException e, Path file) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof java.nio.file.AccessDeniedException) {
      reason = "permission denied";
    } else if (e instanceof java.nio.file.NoSuchFileException) {
      reason = "no such file";
    }
    return "cannot read " + file + ": " + reason;
  }

  private static SourceItem unread(String location, FailureCause cause, String message, long size) {
    return new SourceItem.Unreadable(location, new Failure(STAGE, cause, message), size);
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
  }
}
