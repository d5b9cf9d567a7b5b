package org.vigie.entities;

import java.util.List;
import java.util.Set;

/**
 * A sentence-level name tagger: it reads each sentence on its own and says which tokens form
 * names of persons, organisations, places and others. Implementations live at the edge (the
 * CoreNLP one in {@code vigie-corenlp}); the core corrects what they say by reading the whole
 * document ({@link DocumentNames}). Loaded once, then safe to call from many threads.
 */
public interface NameRecognizer {

  /** Tags nothing in any language: the pipeline without a recogniser. */
  NameRecognizer NONE = new NameRecognizer() {
    @Override
    public Set<String> languages() {
      return Set.of();
    }

    @Override
    public List<List<TokenSpan>> recognize(String language, List<List<String>> sentences) {
      return sentences.stream().<List<TokenSpan>>map(s -> List.of()).toList();
    }
  };

  /** The ISO 639-1 codes of the languages this recogniser has a model for. */
  Set<String> languages();

  /**
   * The names of each sentence, in order and not overlapping.
   *
   * @param language one of {@link #languages()}
   * @param sentences each sentence as its tokens
   * @throws IllegalArgumentException for a language without a model
   */
  List<List<TokenSpan>> recognize(String language, List<List<String>> sentences);
}
