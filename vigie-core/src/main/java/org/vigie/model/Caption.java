package org.vigie.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A photo or video caption, kept apart from the body.
 *
 * @param text the caption without its credit
 * @param credit who supplied the picture, as printed ("AFP /TURKISH DEFENCE MINISTRY"), if given
 * @param date the date the caption names, if any
 */
public record Caption(String text, Optional<String> credit, Optional<LocalDate> date) {
  public Caption {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(credit, "credit");
    Objects.requireNonNull(date, "date");
  }
}
