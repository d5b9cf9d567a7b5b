package org.vigie.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as Vigie understands it: clean text and metadata, no boilerplate.
 *
 * @param id stable identifier (see {@link ArticleIds})
 * @param url the article's canonical URL when known
 * @param location where the document was read from (file or URL)
 * @param source the outlet, when known
 * @param section the section label the page showed ("Dernières Infos - Libye")
 * @param title the headline
 * @param byline the authors as printed
 * @param published when it was published, stated or inferred
 * @param language ISO 639-1 code, or empty when unknown
 * @param body the body blocks in reading order
 * @param captions photo and video captions
 * @param tags keywords the page gave
 * @param contentHash hash of title and body text, to tell a changed article from the same one
 * @param metadata what the page stated besides the text (modified time, site name, authors…), {@link
 *     ArticleMetadata#NONE} when it stated nothing
 * @param annotations what the understanding stages read in the text, {@link Annotations#NONE} before them
 * @param grouping the duplicate and story links, {@link Grouping#NONE} before the cross-document stages
 */
public record Article(
    String id,
    Optional<String> url,
    String location,
    Optional<String> source,
    Optional<String> section,
    String title,
    Optional<String> byline,
    Optional<Published> published,
    Optional<String> language,
    List<Block> body,
    List<Caption> captions,
    List<String> tags,
    String contentHash,
    ArticleMetadata metadata,
    Annotations annotations,
    Grouping grouping) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(language, "language");
    body = List.copyOf(body);
    captions = List.copyOf(captions);
    tags = List.copyOf(tags);
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(annotations, "annotations");
    Objects.requireNonNull(grouping, "grouping");
  }

  /** An article as extraction makes it: no annotations or grouping yet. */
  public Article(String id, Optional<String> url, String location, Optional<String> source, Optional<String> section,
      String title, Optional<String> byline, Optional<Published> published, Optional<String> language, List<Block> body,
      List<Caption> captions, List<String> tags, String contentHash, ArticleMetadata metadata) {
    this(id, url, location, source, section, title, byline, published, language, body, captions, tags, contentHash,
        metadata, Annotations.NONE, Grouping.NONE);
  }

  /** An article from a source that states no metadata beyond these fields (crawled text, a bare file). */
  public Article(String id, Optional<String> url, String location, Optional<String> source, Optional<String> section,
      String title, Optional<String> byline, Optional<Published> published, Optional<String> language, List<Block> body,
      List<Caption> captions, List<String> tags, String contentHash) {
    this(id, url, location, source, section, title, byline, published, language, body, captions, tags, contentHash,
        ArticleMetadata.NONE, Annotations.NONE, Grouping.NONE);
  }

  public Article withLanguage(String code) {
    return new Article(id, url, location, source, section, title, byline, published, Optional.of(code), body,
        captions, tags, contentHash, metadata, annotations, grouping);
  }

  public Article withPublished(Published value) {
    return new Article(id, url, location, source, section, title, byline, Optional.of(value), language, body,
        captions, tags, contentHash, metadata, annotations, grouping);
  }

  public Article withAnnotations(Annotations value) {
    return new Article(id, url, location, source, section, title, byline, published, language, body, captions, tags,
        contentHash, metadata, value, grouping);
  }

  public Article withGrouping(Grouping value) {
    return new Article(id, url, location, source, section, title, byline, published, language, body, captions, tags,
        contentHash, metadata, annotations, value);
  }

  /** The outlet as people name it: the source, else the site name the page gave, else the URL's host. */
  public Optional<String> outlet() {
    return source.or(metadata::siteName).or(this::siteHost).filter(s -> !s.isBlank());
  }

  /** The host of the article's URL, without "www.". */
  public Optional<String> siteHost() {
    return url.flatMap(u -> {
      try {
        return Optional.ofNullable(java.net.URI.create(u).getHost()).map(h -> h.startsWith("www.") ? h.substring(4) : h);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    });
  }

  /** Title and body as one text, blocks separated by blank lines: what language and search read. */
  public String fullText() {
    StringBuilder text = new StringBuilder(title);
    for (Block block : body) {
      text.append("\n\n").append(block.text());
    }
    return text.toString();
  }
}
