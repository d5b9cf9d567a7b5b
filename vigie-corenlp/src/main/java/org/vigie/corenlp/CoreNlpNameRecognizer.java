package org.vigie.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import org.vigie.entities.NameRecognizer;
import org.vigie.entities.TokenSpan;
import org.vigie.model.EntityType;

/**
 * Stanford CoreNLP's CRF name taggers (Finkel, Grenager and Manning 2005): English trained on
 * CoNLL-2003 ({@code english.conll.4class.distsim}), French on WikiNER ({@code
 * french-wikiner-4class}), both PER, ORG, LOC and MISC. Each model is read from this module's jar
 * the first time its language is asked for, once per JVM, and shared by every instance.
 *
 * <p>Tokens go through {@code classifySentence}, which computes what the model's features read
 * besides the word (its shape, its Americanised form), as CoreNLP's own pipeline does. Classification
 * only reads the model (weights, feature index and flags); the one thing it writes, the set of known
 * lower-case words, is a concurrent set; so one classifier serves many threads, and {@code
 * CoreNlpNameRecognizerTest} checks that concurrent tagging gives the sequential answers.
 *
 * <p>Memory, measured here (JDK 25): the English model takes about 170 MB of heap once loaded
 * and 2 s to load; the French one about 1 GB and 12 s. Tagging adds little: a sentence's lattice.
 */
public final class CoreNlpNameRecognizer implements NameRecognizer {
  private static final Map<String, String> MODELS = Map.of(
      "en", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz",
      "fr", "edu/stanford/nlp/models/ner/french-wikiner-4class.crf.ser.gz");

  /** The loaded models of this JVM, by language. */
  private static final Map<String, CRFClassifier<CoreLabel>> LOADED = new ConcurrentHashMap<>();

  private static final CoreNlpNameRecognizer SHARED = new CoreNlpNameRecognizer();

  private CoreNlpNameRecognizer() {}

  /** The recogniser of this JVM; models load on first use. */
  public static CoreNlpNameRecognizer shared() {
    return SHARED;
  }

  @Override
  public Set<String> languages() {
    return MODELS.keySet();
  }

  @Override
  public List<List<TokenSpan>> recognize(String language, List<List<String>> sentences) {
    CRFClassifier<CoreLabel> classifier = classifier(language);
    List<List<TokenSpan>> names = new ArrayList<>(sentences.size());
    for (List<String> sentence : sentences) {
      names.add(sentence.isEmpty() ? List.of() : spans(classifier.classifySentence(labels(sentence))));
    }
    return names;
  }

  /** Loads the language's model now, if it is not yet; returns the seconds it took (0 when loaded before). */
  public double load(String language) {
    long start = System.nanoTime();
    boolean wasLoaded = LOADED.containsKey(language);
    classifier(language);
    return wasLoaded ? 0 : (System.nanoTime() - start) / 1e9;
  }

  private static CRFClassifier<CoreLabel> classifier(String language) {
    String resource = MODELS.get(language);
    if (resource == null) {
      throw new IllegalArgumentException("no CoreNLP name model for language " + language);
    }
    // computeIfAbsent holds the bin while loading: two threads asking for one language load it once.
    return LOADED.computeIfAbsent(language, code -> read(resource));
  }

  private static CRFClassifier<CoreLabel> read(String resource) {
    InputStream stream = CoreNlpNameRecognizer.class.getClassLoader().getResourceAsStream(resource);
    if (stream == null) {
      throw new IllegalStateException("the CoreNLP model " + resource + " is not on the class path;"
          + " build vigie-corenlp with Maven, which copies it from the CoreNLP model jar");
    }
    try (InputStream in = new GZIPInputStream(new BufferedInputStream(stream, 1 << 16), 1 << 16)) {
      return CRFClassifier.getClassifier(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the CoreNLP model " + resource, e);
    } catch (ClassNotFoundException | ClassCastException e) {
      throw new IllegalStateException("the CoreNLP model " + resource + " does not fit this CoreNLP version", e);
    }
  }

  private static List<CoreLabel> labels(List<String> tokens) {
    List<CoreLabel> labels = new ArrayList<>(tokens.size());
    for (String token : tokens) {
      CoreLabel label = new CoreLabel();
      label.setWord(token);
      label.setValue(token);
      label.setOriginalText(token);
      labels.add(label);
    }
    return labels;
  }

  /**
   * The models tag each token with a type or O, without begin marks (IO encoding): a run of tokens
   * with one type is one name.
   */
  private static List<TokenSpan> spans(List<CoreLabel> tagged) {
    List<TokenSpan> spans = new ArrayList<>();
    int start = -1;
    EntityType current = null;
    for (int i = 0; i <= tagged.size(); i++) {
      EntityType type = i < tagged.size() ? type(tagged.get(i).get(CoreAnnotations.AnswerAnnotation.class)) : null;
      if (type != current) {
        if (current != null) {
          spans.add(new TokenSpan(start, i, current));
        }
        current = type;
        start = i;
      }
    }
    return spans;
  }

  private static EntityType type(String answer) {
    if (answer == null) {
      return null;
    }
    String label = answer.length() > 2 && answer.charAt(1) == '-' ? answer.substring(2) : answer;
    return switch (label) {
      case "PERSON", "PER" -> EntityType.PER;
      case "ORGANIZATION", "ORG" -> EntityType.ORG;
      case "LOCATION", "LOC" -> EntityType.LOC;
      case "MISC" -> EntityType.MISC;
      default -> null;
    };
  }
}
