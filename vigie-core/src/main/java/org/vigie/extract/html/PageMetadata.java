package org.vigie.extract.html;

import java.util.List;
import java.util.Optional;
import org.vigie.model.Published;

/**
 * What a page states about its article, each field already resolved from its sources by the
 * precedence rule of {@link MetadataReader}.
 *
 * @param titles the headline first, then the other forms the page gives it (to drop copies of it
 *     from the body)
 * @param articleBody the body text the page's JSON-LD holds, a hint for the content finder
 */
record PageMetadata(
    List<String> titles,
    Optional<String> byline,
    List<String> authors,
    Optional<Published> published,
    Optional<Published> modified,
    Optional<String> section,
    List<String> tags,
    Optional<String> language,
    Optional<String> canonicalUrl,
    Optional<String> siteName,
    Optional<String> image,
    Optional<String> description,
    Optional<String> articleBody,
    boolean declaresArticle) {

  PageMetadata {
    titles = List.copyOf(titles);
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
  }

  Optional<String> title() {
    return titles.isEmpty() ? Optional.empty() : Optional.of(titles.getFirst());
  }
}
