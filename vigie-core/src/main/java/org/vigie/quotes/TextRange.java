package org.vigie.quotes;

/** A stretch {@code [start, end)} of one block's text, in UTF-16 units. */
public record TextRange(int start, int end) {
  public TextRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("not a range: " + start + ".." + end);
    }
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  public boolean overlaps(TextRange other) {
    return start < other.end && other.start < end;
  }

  public boolean isEmpty() {
    return start == end;
  }

  public String in(String text) {
    return text.substring(start, end);
  }
}
