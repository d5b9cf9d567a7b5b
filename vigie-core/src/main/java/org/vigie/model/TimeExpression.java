package org.vigie.model;

import java.util.Objects;

/**
 * A time expression and its normalised value.
 *
 * @param value ISO 8601 / TimeML value ("2020-07-03", "2019-11", "P3D", "XXXX-WXX-1", "PAST_REF")
 */
public record TimeExpression(String text, String value, TimeType type, Span span) {
  public TimeExpression {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
  }
}
