package org.vigie.time;

import java.util.Objects;
import org.vigie.model.TimeType;

/**
 * A time expression found in a text and its TimeML value.
 *
 * @param start offset of the first character, inclusive (UTF-16 units)
 * @param end offset after the last character, exclusive
 * @param rule the rule that read it, for error reports
 */
public record FoundTime(int start, int end, String text, String value, TimeType type, String rule) {
  public FoundTime {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(rule, "rule");
  }
}
