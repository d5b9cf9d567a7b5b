package org.vigie.entities;

import java.util.Comparator;
import java.util.Objects;
import org.vigie.model.EntityType;

/** A name found in a document: tokens {@code [start, end)} of sentence {@code sentence}, and its type. */
public record Name(int sentence, int start, int end, EntityType type) {
  /** Document order. */
  public static final Comparator<Name> ORDER = Comparator.comparingInt(Name::sentence).thenComparingInt(Name::start)
      .thenComparingInt(Name::end);

  public Name {
    Objects.requireNonNull(type, "type");
    if (sentence < 0 || start < 0 || end <= start) {
      throw new IllegalArgumentException("not a name: " + sentence + ":" + start + ".." + end);
    }
  }

  public Name withType(EntityType value) {
    return new Name(sentence, start, end, value);
  }

  public Name withTokens(int newStart, int newEnd) {
    return new Name(sentence, newStart, newEnd, type);
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(int otherSentence, int otherStart, int otherEnd) {
    return sentence == otherSentence && start < otherEnd && otherStart < end;
  }

  public TokenSpan span() {
    return new TokenSpan(start, end, type);
  }
}
