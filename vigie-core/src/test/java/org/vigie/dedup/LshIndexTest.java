package org.vigie.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LshIndexTest {

  @Test
  void candidates_oneBandAgrees_found() {
    LshIndex<String> index = new LshIndex<>(3, 2);
    index.add(new int[] {1, 2, 3, 4, 5, 6}, "a");
    // Only the last band (5, 6) agrees.
    assertThat(index.candidates(new int[] {9, 9, 9, 9, 5, 6})).containsExactly("a");
  }

  @Test
  void candidates_noBandAgrees_none() {
    LshIndex<String> index = new LshIndex<>(3, 2);
    index.add(new int[] {1, 2, 3, 4, 5, 6}, "a");
    // Each band differs in one row.
    assertThat(index.candidates(new int[] {1, 9, 9, 4, 5, 9})).isEmpty();
  }

  @Test
  void remove_indexedItem_notFoundAnyMore() {
    LshIndex<String> index = new LshIndex<>(3, 2);
    int[] signature = {1, 2, 3, 4, 5, 6};
    index.add(signature, "a");
    index.add(signature, "b");
    index.remove(signature, "a");
    assertThat(index.candidates(signature)).containsExactly("b");
  }
}
