package org.vigie.entities;

import java.util.List;

/** Vigie's recogniser: a sentence-level tagger, corrected by reading the whole document. */
public final class DocumentNames {
  private final NameRecognizer tagger;

  public DocumentNames(NameRecognizer tagger) {
    this.tagger = tagger;
  }

  public boolean handles(String language) {
    return tagger.languages().contains(language);
  }

  /** The names of each sentence of one document. */
  public List<List<TokenSpan>> recognize(String language, List<TokenSentence> sentences) {
    return tagger.recognize(language, sentences.stream().map(TokenSentence::tokens).toList());
  }
}
