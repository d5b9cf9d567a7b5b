package org.vigie.model;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document as it arrived, before any interpretation: where it came from and its bytes.
 *
 * @param location where the bytes were read (a file path or a URL); also the key that failures are kept under
 * @param url the article's own URL when the source states one (a crawled page), empty for bare files
 * @param source the outlet or feed the document belongs to, when known
 * @param fetchedAt when the bytes were read
 * @param headers HTTP headers of the response, empty for files
 * @param mediaType the declared media type ("text/plain", "text/html"), possibly guessed from a file name
 * @param declaredCharset the charset the source declared, if any
 * @param content the bytes, never modified
 * @param stated what the source said of the document besides its bytes (a feed item's or a JSON
 *     Lines record's date), used where the document itself says nothing
 */
public record RawDocument(
    URI location,
    Optional<URI> url,
    Optional<String> source,
    Instant fetchedAt,
    List<HttpHeader> headers,
    String mediaType,
    Optional<String> declaredCharset,
    byte[] content,
    Stated stated) {

  /**
   * What a listing says of a document it points to.
   *
   * @param published the date the feed, sitemap or record gives
   */
  public record Stated(Optional<Published> published) {
    public static final Stated NOTHING = new Stated(Optional.empty());

    public Stated {
      Objects.requireNonNull(published, "published");
    }
  }

  /** A document whose source states nothing about it beyond its bytes and headers. */
  public RawDocument(URI location, Optional<URI> url, Optional<String> source, Instant fetchedAt,
      List<HttpHeader> headers, String mediaType, Optional<String> declaredCharset, byte[] content) {
    this(location, url, source, fetchedAt, headers, mediaType, declaredCharset, content, Stated.NOTHING);
  }

  public RawDocument withStated(Stated value) {
    return new RawDocument(location, url, source, fetchedAt, headers, mediaType, declaredCharset, content, value);
  }

  public RawDocument {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    headers = List.copyOf(headers);
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(declaredCharset, "declaredCharset");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(stated, "stated");
  }

  /** A local file's bytes, with no URL, headers or declared charset. */
  public static RawDocument ofFile(URI location, String mediaType, Instant readAt, byte[] content) {
    return new RawDocument(location, Optional.empty(), Optional.empty(), readAt, List.of(), mediaType,
        Optional.empty(), content);
  }

  /** The first header of that name (case-insensitive), as HTTP allows. */
  public Optional<String> header(String name) {
    return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(HttpHeader::value).findFirst();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawDocument r && location.equals(r.location) && url.equals(r.url)
        && source.equals(r.source) && fetchedAt.equals(r.fetchedAt) && headers.equals(r.headers)
        && mediaType.equals(r.mediaType) && declaredCharset.equals(r.declaredCharset)
        && java.util.Arrays.equals(content, r.content) && stated.equals(r.stated);
  }

  @Override
  public int hashCode() {
    return Objects.hash(location, url, fetchedAt, mediaType) * 31 + java.util.Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "RawDocument[" + location + ", " + mediaType + ", " + content.length + " bytes]";
  }
}
