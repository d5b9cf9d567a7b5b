package org.vigie.time;

import java.util.List;

/**
 * How one language shows tense in single words: an auxiliary and a participle, a future ending, a
 * past-tense verb. It classifies a token in its sentence, or says {@link Tense#UNKNOWN}.
 */
@FunctionalInterface
interface TenseCues {
  /**
   * @param tokens the sentence's words in lower case, in order
   * @param index the word to classify
   */
  Tense classify(List<String> tokens, int index);
}
