package org.vigie.model;

/** What a body block is, so that renderers and scorers can treat headings and quotes apart. */
public enum BlockKind {
  PARAGRAPH, HEADING, QUOTE, LIST_ITEM
}
