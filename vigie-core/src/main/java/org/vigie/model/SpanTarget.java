package org.vigie.model;

/** The text a span points into: the title, a body block, or a caption. */
public enum SpanTarget {
  TITLE, BODY, CAPTION
}
