package org.vigie.quotes;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Speech attributed in one block: what was said (one range, or two around a speech tag: "A," he
 * said, "B."), the quoted stretches inside it, who said it and the cue.
 *
 * @param content what was said, quotation marks included, in order
 * @param quoted the quoted words inside the content, without their marks; empty for reported speech
 * @param cue the attributing words; empty for a quote that goes on after its speech tag
 */
public record Attribution(int block, List<TextRange> content, List<TextRange> quoted, Optional<Speaker> speaker,
    Optional<TextRange> cue) {
  public Attribution {
    content = List.copyOf(content);
    quoted = List.copyOf(quoted);
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(cue, "cue");
    if (content.isEmpty()) {
      throw new IllegalArgumentException("an attribution says something");
    }
  }

  public boolean direct() {
    return !quoted.isEmpty();
  }

  /** From the start of the first part to the end of the last. */
  public TextRange envelope() {
    return new TextRange(content.getFirst().start(), content.getLast().end());
  }

  /**
   * The one stretch that best stands for content in several parts: the run of consecutive parts
   * whose words are the largest share both of the stretch (which takes in the speech tags between
   * them) and of all the parts. Two parts around "he said" give one stretch; around a long tag, the
   * longer part alone.
   */
  public TextRange span(String text) {
    int[] words = content.stream().mapToInt(part -> Word.in(text, part.start(), part.end()).size()).toArray();
    int total = java.util.Arrays.stream(words).sum();
    TextRange best = content.getFirst();
    double bestShare = -1;
    for (int i = 0; i < content.size(); i++) {
      int covered = 0;
      for (int j = i; j < content.size(); j++) {
        covered += words[j];
        int stretch = Word.in(text, content.get(i).start(), content.get(j).end()).size();
        double share = Math.min((double) covered / Math.max(1, stretch), (double) covered / Math.max(1, total));
        if (share > bestShare) {
          bestShare = share;
          best = new TextRange(content.get(i).start(), content.get(j).end());
        }
      }
    }
    return best;
  }

  Attribution continuedBy(List<TextRange> moreContent, List<TextRange> moreQuoted) {
    List<TextRange> parts = new java.util.ArrayList<>(content);
    parts.addAll(moreContent);
    List<TextRange> quotes = new java.util.ArrayList<>(quoted);
    quotes.addAll(moreQuoted);
    return new Attribution(block, parts, quotes, speaker, cue);
  }
}
