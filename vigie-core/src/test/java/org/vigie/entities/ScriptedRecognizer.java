package org.vigie.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.model.EntityType;

/**
 * A stand-in tagger for tests: tags the token sequences it is given, longest first, wherever they
 * occur, and nothing else; so a test states exactly what a sentence-level tagger got right and wrong.
 */
public final class ScriptedRecognizer implements NameRecognizer {
  private final Map<List<String>, EntityType> script = new LinkedHashMap<>();
  private final Map<Integer, Map<List<String>, EntityType>> bySentence = new LinkedHashMap<>();

  /** Tags the words (space-separated tokens) with the type wherever they occur. */
  public ScriptedRecognizer tag(String words, EntityType type) {
    script.put(List.of(words.split(" ")), type);
    return this;
  }

  /** Tags the words with the type in the given sentence only (counted over the whole document). */
  ScriptedRecognizer tagIn(int sentence, String words, EntityType type) {
    bySentence.computeIfAbsent(sentence, k -> new LinkedHashMap<>()).put(List.of(words.split(" ")), type);
    return this;
  }

  @Override
  public Set<String> languages() {
    return Set.of("fr", "en");
  }

  @Override
  public List<List<TokenSpan>> recognize(String language, List<List<String>> sentences) {
    List<List<TokenSpan>> result = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      List<String> sentence = sentences.get(s);
      Map<List<String>, EntityType> script = new LinkedHashMap<>(this.script);
      script.putAll(bySentence.getOrDefault(s, Map.of()));
      List<TokenSpan> spans = new ArrayList<>();
      for (int i = 0; i < sentence.size(); ) {
        List<String> match = null;
        for (List<String> words : script.keySet()) {
          if (i + words.size() <= sentence.size() && sentence.subList(i, i + words.size()).equals(words)
              && (match == null || words.size() > match.size())) {
            match = words;
          }
        }
        if (match == null) {
          i++;
        } else {
          spans.add(new TokenSpan(i, i + match.size(), script.get(match)));
          i += match.size();
        }
      }
      result.add(spans);
    }
    return result;
  }
}
