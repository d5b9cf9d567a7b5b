package org.vigie.entities;

import java.util.BitSet;
import java.util.List;

/** Which tokens of a document some name already covers. */
final class Coverage {
  private final BitSet[] covered;

  Coverage(TokenDocument document, List<Name> names) {
    covered = new BitSet[document.sentences().size()];
    for (int s = 0; s < covered.length; s++) {
      covered[s] = new BitSet();
    }
    for (Name name : names) {
      add(name.sentence(), name.start(), name.end());
    }
  }

  void add(int sentence, int start, int end) {
    covered[sentence].set(start, end);
  }

  boolean covers(int sentence, int token) {
    return covered[sentence].get(token);
  }

  boolean anyIn(int sentence, int start, int end) {
    int next = covered[sentence].nextSetBit(start);
    return next >= 0 && next < end;
  }
}
