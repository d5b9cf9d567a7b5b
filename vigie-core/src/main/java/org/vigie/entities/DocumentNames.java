package org.vigie.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigie.model.EntityType;

/**
 * Vigie's recogniser: a sentence-level tagger, then corrections that read the whole document.
 * In order: names are trimmed of function words and titles ({@link NameTrimmer}); roles and
 * organisations run into a person are cut off ({@link OrgPersonSplitter}); regnal numbers and
 * leading adjectives are put right ({@link NameExtents}); what is no name is
 * dropped ({@link NonNameFilter}); gazetteers settle types ({@link LexiconTypes}); acronyms join
 * their expansions ({@link Acronyms}); each name takes one type throughout and is found where the
 * tagger missed it ({@link DocumentConsistency}); surnames join full names ({@link ShortForms}).
 * Thread-safe when the tagger is.
 */
public final class DocumentNames {
  private final NameRecognizer tagger;
  private final Lexicon lexicon;
  private final List<Correction> corrections;
  private final RoleFinder roleFinder;

  public DocumentNames(NameRecognizer tagger) {
    this(tagger, Lexicon.shared());
  }

  DocumentNames(NameRecognizer tagger, Lexicon lexicon) {
    this.tagger = tagger;
    this.lexicon = lexicon;
    NonNameFilter nonNames = new NonNameFilter(lexicon);
    this.corrections = List.of(new NameTrimmer(lexicon), new OrgPersonSplitter(lexicon), new NameExtents(), nonNames,
        new LexiconTypes(lexicon), new Acronyms(lexicon), new DocumentConsistency(lexicon), new ShortForms(lexicon),
        nonNames);
    this.roleFinder = new RoleFinder(lexicon);
  }

  public RoleFinder roleFinder() {
    return roleFinder;
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

  /** How far a person's name reaches: the name alone, or with its titles and appositions. */
  public enum Extent {
    /** The name alone ("Walewski"), as CoNLL and WikiNER annotate it and Vigie's mentions are. */
    NAME,
    /**
     * The name with the titles and roles around it ("M. Walewski", "Numa Matthey, secrétaire"), as
     * the HIPE guidelines annotate a person mention.
     */
    NAME_WITH_ROLES
  }

  /** The names of each sentence of one document. */
  public List<List<TokenSpan>> recognize(String language, List<TokenSentence> sentences, Extent extent) {
    TokenDocument document = new TokenDocument(language, sentences);
    List<Name> names = read(document);
    if (extent == Extent.NAME_WITH_ROLES) {
      names = withRoles(document, names);
    }
    List<List<TokenSpan>> spans = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      spans.add(new ArrayList<>());
    }
    for (Name name : names) {
      spans.get(name.sentence()).add(name.span());
    }
    return spans;
  }

  /** Persons stretched over their roles; a name the stretch covers gives way. */
  private List<Name> withRoles(TokenDocument document, List<Name> names) {
    Map<Integer, List<RoleFinder.RoleSpan>> roles = roleFinder.find(document, names);
    List<Name> stretched = new ArrayList<>(names.size());
    for (int n = 0; n < names.size(); n++) {
      Name name = names.get(n);
      int start = name.start();
      int end = name.end();
      for (RoleFinder.RoleSpan role : roles.getOrDefault(n, List.of())) {
        start = Math.min(start, role.start());
        end = Math.max(end, role.end());
      }
      stretched.add(name.withTokens(start, end));
    }
    List<Name> result = new ArrayList<>(stretched.size());
    for (Name name : stretched) {
      boolean covered = stretched.stream().anyMatch(other -> other != name && other.type() == EntityType.PER
          && other.length() > name.length() && other.overlaps(name.sentence(), name.start(), name.end()));
      if (!covered) {
        result.add(name);
      }
    }
    return withoutOverlaps(result);
  }

  /** What the tagger says, on the tokens it was trained to read, as names over the given tokens. */
  private List<Name> tag(TokenDocument document) {
    List<TaggerTokens> tokens = new ArrayList<>(document.sentences().size());
    for (TokenSentence sentence : document.sentences()) {
      tokens.add(TaggerTokens.of(sentence));
    }
    List<List<TokenSpan>> tagged = tagger.recognize(document.language(),
        tokens.stream().map(TaggerTokens::words).toList());
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
