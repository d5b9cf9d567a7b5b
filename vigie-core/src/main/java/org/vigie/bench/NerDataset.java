package org.vigie.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.vigie.entities.TokenSpan;
import org.vigie.model.EntityType;

/**
 * A named-entity gold file: documents of sentences of tokens, each sentence with its gold names.
 * Two layouts are read, told apart by the first line:
 *
 * <ul>
 *   <li>CoNLL columns: one token a line, the token in the first column (or the second, after a
 *       numeric index, as in CoNLL-U style files), the IOB tag in the last; a blank line ends a
 *       sentence; a {@code -DOCSTART-} line starts a document (a file without one holds
 *       unrelated sentences, each its own document). IOB1 and IOB2 are both read: an
 *       {@code I-} tag that does not continue a name of its type starts one.
 *   <li>HIPE TSV (CLEF-HIPE 2020/2022): a {@code TOKEN NE-COARSE-LIT …} header, {@code #} comment
 *       lines with {@code document_id} (starting a document) and {@code language}; the coarse
 *       literal column gives the names, {@code pers}, {@code org} and {@code loc} read as PER, ORG
 *       and LOC, other types (prod, time) left out; the MISC column's {@code EndOfSentence} ends a
 *       sentence, and its {@code NoSpaceAfter} is kept so that the raw text can be rebuilt.
 * </ul>
 */
public record NerDataset(String name, Format format, Optional<String> language, List<Document> documents) {

  public enum Format { CONLL, HIPE }

  /** Sentences longer than this are cut: the HIPE files leave some OCR pages without sentence marks. */
  static final int MAX_SENTENCE_TOKENS = 250;

  public NerDataset {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(language, "language");
    documents = List.copyOf(documents);
  }

  /**
   * One gold sentence.
   *
   * @param spaceAfter whether each token was followed by a space in the original text (always true
   *     in CoNLL files, which do not say)
   */
  public record Sentence(List<String> tokens, List<Boolean> spaceAfter, List<TokenSpan> names) {
    public Sentence {
      tokens = List.copyOf(tokens);
      spaceAfter = List.copyOf(spaceAfter);
      names = List.copyOf(names);
    }
  }

  public record Document(String id, List<Sentence> sentences) {
    public Document {
      sentences = List.copyOf(sentences);
    }

    public List<List<String>> tokens() {
      return sentences.stream().map(Sentence::tokens).toList();
    }
  }

  public int tokenCount() {
    return documents.stream().flatMap(d -> d.sentences().stream()).mapToInt(s -> s.tokens().size()).sum();
  }

  public int sentenceCount() {
    return documents.stream().mapToInt(d -> d.sentences().size()).sum();
  }

  public static NerDataset read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String name = file.getFileName().toString();
    boolean hipe = !lines.isEmpty() && lines.getFirst().startsWith("TOKEN\t");
    return hipe ? readHipe(name, lines) : readConll(name, lines);
  }

  private static NerDataset readConll(String name, List<String> lines) {
    DocumentBuilder documents = new DocumentBuilder();
    SentenceBuilder sentence = new SentenceBuilder();
    boolean marked = false;
    for (String line : lines) {
      if (line.isBlank()) {
        documents.add(sentence.build());
        continue;
      }
      String[] columns = line.strip().split(line.indexOf('\t') >= 0 ? "\t" : "\\s+");
      boolean indexed = columns.length >= 3 && columns[0].chars().allMatch(Character::isDigit);
      String token = columns[indexed ? 1 : 0];
      if (token.equals("-DOCSTART-")) {
        marked = true;
        documents.add(sentence.build());
        documents.startDocument();
        continue;
      }
      sentence.add(token, true, columns.length > 1 ? columns[columns.length - 1] : "O");
    }
    documents.add(sentence.build());
    List<Document> read = documents.build();
    if (!marked) {
      // Without document marks the sentences stand alone (WikiNEuRal's are drawn from all of
      // Wikipedia): each is its own document, so that no correction reads across unrelated text.
      List<Document> alone = new ArrayList<>();
      for (Document document : read) {
        for (Sentence single : document.sentences()) {
          alone.add(new Document(String.valueOf(alone.size() + 1), List.of(single)));
        }
      }
      read = alone;
    }
    return new NerDataset(name, Format.CONLL, Optional.empty(), read);
  }

  private static NerDataset readHipe(String name, List<String> lines) {
    DocumentBuilder documents = new DocumentBuilder();
    SentenceBuilder sentence = new SentenceBuilder();
    Optional<String> language = Optional.empty();
    boolean sentenceEnded = false;
    for (String line : lines.subList(1, lines.size())) {
      if (line.startsWith("#")) {
        String comment = line.substring(1).strip();
        String value = comment.substring(comment.indexOf('=') + 1).strip();
        if (comment.matches("\\w+:document_id\\s*=.*")) {
          documents.add(sentence.build());
          sentenceEnded = false;
          documents.startDocument(value);
        } else if (comment.matches("\\w+:language\\s*=.*") && language.isEmpty()) {
          language = Optional.of(value);
        }
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      String misc = columns.length > 9 ? columns[9] : "";
      String tag = hipeTag(columns.length > 1 ? columns[1] : "O");
      // The sentence marks are automatic (pySBD) and some fall inside a name ("M. | Hagenbeck"): a
      // sentence ends where one is marked, unless a name goes on past the mark.
      if (sentenceEnded && !tag.startsWith("I-")) {
        documents.add(sentence.build());
      }
      sentence.add(columns[0], !misc.contains("NoSpaceAfter"), tag);
      sentenceEnded = misc.contains("EndOfSentence") || sentence.size() >= MAX_SENTENCE_TOKENS;
    }
    documents.add(sentence.build());
    return new NerDataset(name, Format.HIPE, language, documents.build());
  }

  /** {@code B-pers} → {@code B-PER}; types other than pers, org and loc → O. */
  private static String hipeTag(String tag) {
    if (tag.length() < 3 || tag.charAt(1) != '-') {
      return "O";
    }
    String type = switch (tag.substring(2).toLowerCase(Locale.ROOT)) {
      case "pers" -> "PER";
      case "org" -> "ORG";
      case "loc" -> "LOC";
      default -> null;
    };
    return type == null ? "O" : tag.charAt(0) + "-" + type;
  }

  private static final class SentenceBuilder {
    private final List<String> tokens = new ArrayList<>();
    private final List<Boolean> spaces = new ArrayList<>();
    private final List<TokenSpan> names = new ArrayList<>();
    private EntityType open;
    private int openStart;

    int size() {
      return tokens.size();
    }

    void add(String token, boolean spaceAfter, String tag) {
      int index = tokens.size();
      tokens.add(token);
      spaces.add(spaceAfter);
      EntityType type = type(tag);
      boolean begins = type != null && (tag.startsWith("B-") || type != open);
      if (open != null && (type == null || begins)) {
        names.add(new TokenSpan(openStart, index, open));
        open = null;
      }
      if (begins) {
        open = type;
        openStart = index;
      }
    }

    private static EntityType type(String tag) {
      if (tag.length() < 3 || tag.charAt(1) != '-') {
        return null;
      }
      try {
        return EntityType.valueOf(tag.substring(2));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    /** The sentence so far, and a fresh start; empty when no token was added. */
    Optional<Sentence> build() {
      if (tokens.isEmpty()) {
        return Optional.empty();
      }
      if (open != null) {
        names.add(new TokenSpan(openStart, tokens.size(), open));
        open = null;
      }
      Sentence sentence = new Sentence(tokens, spaces, names);
      tokens.clear();
      spaces.clear();
      names.clear();
      return Optional.of(sentence);
    }
  }

  private static final class DocumentBuilder {
    private final List<Document> documents = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private String id = "1";

    void add(Optional<Sentence> sentence) {
      sentence.ifPresent(sentences::add);
    }

    void startDocument() {
      startDocument(String.valueOf(documents.size() + (sentences.isEmpty() ? 1 : 2)));
    }

    void startDocument(String nextId) {
      if (!sentences.isEmpty()) {
        documents.add(new Document(id, sentences));
        sentences.clear();
      }
      id = nextId;
    }

    List<Document> build() {
      startDocument("");
      return documents;
    }
  }
}
