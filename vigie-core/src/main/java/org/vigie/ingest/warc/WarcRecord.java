package org.vigie.ingest.warc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigie.model.HttpHeader;

/**
 * One WARC record as read: its named fields, its block (possibly cut at the reader's size limit)
 * and whatever was wrong with it.
 *
 * @param offset where the record starts in the (decompressed) stream
 * @param version the version line ("WARC/1.0")
 * @param fields the named fields in order
 * @param block the block's bytes, at most the reader's limit
 * @param blockLength how many block bytes the file really held
 * @param problems what did not follow the standard: a short block, a wrong Content-Length, a cut
 */
public record WarcRecord(long offset, String version, List<HttpHeader> fields, byte[] block, long blockLength,
    List<String> problems) {

  public WarcRecord {
    Objects.requireNonNull(version, "version");
    fields = List.copyOf(fields);
    Objects.requireNonNull(block, "block");
    problems = List.copyOf(problems);
  }

  public Optional<String> field(String name) {
    return fields.stream().filter(f -> f.name().equalsIgnoreCase(name)).map(HttpHeader::value).findFirst();
  }

  public String type() {
    return field("WARC-Type").orElse("unknown").strip().toLowerCase(java.util.Locale.ROOT);
  }

  public Optional<String> targetUri() {
    return field("WARC-Target-URI").map(u -> u.strip().replaceAll("^<(.*)>$", "$1"));
  }

  public Optional<String> recordId() {
    return field("WARC-Record-ID").map(String::strip);
  }

  public Optional<String> date() {
    return field("WARC-Date").map(String::strip);
  }

  /** True when the block held more bytes than the reader kept. */
  public boolean cut() {
    return blockLength > block.length;
  }
}
