package org.vigie.entities;

import java.util.List;
import java.util.Optional;
import org.vigie.model.EntityType;

/** Test helper: tokenises texts as articles are, reads their names, and finds them by their words. */
final class Reading {
  final TokenDocument document;
  final List<Name> names;

  Reading(NameRecognizer tagger, String language, String... sentences) {
    TextTokenizer tokenizer = new TextTokenizer();
    List<TokenSentence> tokenized = new java.util.ArrayList<>();
    for (String text : sentences) {
      for (List<TextTokenizer.Token> sentence : tokenizer.sentences(text)) {
        tokenized.add(TextTokenizer.toSentence(sentence));
      }
    }
    document = new TokenDocument(language, tokenized);
    names = new DocumentNames(tagger).read(document);
  }

  /** The texts of the names, "text/TYPE", in document order. */
  List<String> found() {
    return names.stream().map(n -> document.text(n) + "/" + n.type()).toList();
  }

  Optional<EntityType> typeOf(String text) {
    return names.stream().filter(n -> document.text(n).equals(text)).map(Name::type).findFirst();
  }
}
