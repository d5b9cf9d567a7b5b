package org.vigie.model;

import java.util.Objects;

/** One HTTP response header; a list of these keeps order and repeats, as the wire does. */
public record HttpHeader(String name, String value) {
  public HttpHeader {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }
}
