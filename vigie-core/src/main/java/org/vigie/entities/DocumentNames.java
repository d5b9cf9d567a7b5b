package org.vigie.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Vigie's recogniser: a sentence-level tagger, then corrections that read the whole document.
 * In order: names are trimmed of function words and titles ({@link NameTrimmer}); roles and
 * organisations run into a person are cut off ({@link OrgPersonSplitter}); what is no name is
 * dropped ({@link NonNameFilter}); gazetteers settle types ({@link LexiconTypes}); acronyms join
 * their expansions ({@link Acronyms}); each name takes one type throughout and is found where the
 * tagger missed it ({@link DocumentConsistency}); surnames join full names ({@link ShortForms}).
 * Thread-safe when the tagger is.
 */
public final class DocumentNames {
  private final NameRecognizer tagger;
  private final Lexicon lexicon;
  private final List<Correction> corrections;

  public DocumentNames(NameRecognizer tagger) {
    this(tagger, Lexicon.shared());
  }

  DocumentNames(NameRecognizer tagger, Lexicon lexicon) {
    this.tagger = tagger;
    this.lexicon = lexicon;
    NonNameFilter nonNames = new NonNameFilter(lexicon);
    this.corrections = List.of(new NameTrimmer(lexicon), new OrgPersonSplitter(lexicon), nonNames,
        new LexiconTypes(lexicon), new Acronyms(lexicon), new DocumentConsistency(lexicon), new ShortForms(lexicon),
        nonNames);
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  public boolean handles(String language) {
    return tagger.languages().contains(language);
  }

  /** The names of the document, in document order, not overlapping. */
  public List<Name> read(TokenDocument document) {
    List<Name> names = tag(document);
    for (Correction correction : corrections) {
      names = correction.apply(document, names);
    }
    return withoutOverlaps(names);
  }

  /** The names of each sentence of one document. */
  public List<List<TokenSpan>> recognize(String language, List<TokenSentence> sentences) {
    TokenDocument document = new TokenDocument(language, sentences);
    List<List<TokenSpan>> spans = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      spans.add(new ArrayList<>());
    }
    for (Name name : read(document)) {
      spans.get(name.sentence()).add(name.span());
    }
    return spans;
  }

  /** What the tagger says, on the tokens it was trained to read, as names over the given tokens. */
  private List<Name> tag(TokenDocument document) {
    List<TaggerTokens> tokens = new ArrayList<>(document.sentences().size());
    for (TokenSentence sentence : document.sentences()) {
      tokens.add(TaggerTokens.of(sentence));
    }
    List<List<TokenSpan>> tagged = tagger.recognize(document.language(), tokens.stream().map(TaggerTokens::words).toList());
    List<Name> names = new ArrayList<>();
    for (int s = 0; s < tagged.size(); s++) {
      TaggerTokens sentence = tokens.get(s);
      for (TokenSpan span : tagged.get(s)) {
        TokenSpan given = sentence.identity() ? span : sentence.toGiven(span);
        names.add(new Name(s, given.start(), given.end(), given.type()));
      }
    }
    return names;
  }

  /** Where names overlap, the first in document order (the longer on a tie) stays. */
  private static List<Name> withoutOverlaps(List<Name> names) {
    List<Name> sorted = new ArrayList<>(names);
    sorted.sort(java.util.Comparator.comparingInt(Name::sentence).thenComparingInt(Name::start)
        .thenComparing((a, b) -> Integer.compare(b.length(), a.length())));
    List<Name> kept = new ArrayList<>(sorted.size());
    for (Name name : sorted) {
      Name last = kept.isEmpty() ? null : kept.getLast();
      if (last == null || !last.overlaps(name.sentence(), name.start(), name.end())) {
        kept.add(name);
      }
    }
    return kept;
  }
}
