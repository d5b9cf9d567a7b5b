package org.vigie.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a page says about its article besides the text, as publishers state it in HTML metadata
 * (JSON-LD, OpenGraph, {@code <meta>}); empty for sources that carry none, such as crawled text.
 *
 * @param modified when the article was last changed, as stated
 * @param siteName the publication's name as it prints it ("BBC News", "Le Monde.fr")
 * @param description the publisher's summary of the article
 * @param image the URL of the article's main image
 * @param authors each author's name, in the order given
 */
public record ArticleMetadata(
    Optional<Published> modified,
    Optional<String> siteName,
    Optional<String> description,
    Optional<String> image,
    List<String> authors) {

  public static final ArticleMetadata NONE =
      new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());

  public ArticleMetadata {
    Objects.requireNonNull(modified, "modified");
    Objects.requireNonNull(siteName, "siteName");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(image, "image");
    authors = List.copyOf(authors);
  }
}
