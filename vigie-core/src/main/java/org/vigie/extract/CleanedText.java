package org.vigie.extract;

import java.util.List;
import java.util.Optional;
import org.vigie.model.Block;
import org.vigie.model.Caption;
import org.vigie.model.Published;

/** What the cleaner recovered from a page's text: the article's parts, boilerplate gone. */
public record CleanedText(
    Optional<String> title,
    Optional<String> section,
    Optional<String> byline,
    Optional<Published> published,
    List<Caption> captions,
    List<Block> body) {

  public CleanedText {
    captions = List.copyOf(captions);
    body = List.copyOf(body);
  }
}
