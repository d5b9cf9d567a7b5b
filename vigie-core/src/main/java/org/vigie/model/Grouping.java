package org.vigie.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an article stands among others: the article it republishes, and the story it belongs to.
 * Set by the cross-document stages.
 */
public record Grouping(Optional<String> duplicateOf, Optional<String> story) {
  public static final Grouping NONE = new Grouping(Optional.empty(), Optional.empty());

  public Grouping {
    Objects.requireNonNull(duplicateOf, "duplicateOf");
    Objects.requireNonNull(story, "story");
  }
}
