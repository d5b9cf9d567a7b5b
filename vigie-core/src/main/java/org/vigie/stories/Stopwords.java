package org.vigie.stories;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;

/**
 * Function words of the languages Vigie reads most, in one set (Lucene's Snowball lists). Inverse
 * document frequency alone would discount them only once many articles have been seen; a story
 * stream starts empty, so they are dropped up front. One merged set serves every language: a word
 * that is a function word somewhere ("die", "son") is rarely what tells two stories apart.
 */
final class Stopwords {
  private static final CharArraySet ALL = build();

  private Stopwords() {}

  static boolean contains(CharSequence word) {
    return ALL.contains(word);
  }

  private static CharArraySet build() {
    CharArraySet set = new CharArraySet(4096, true);
    for (CharArraySet language : List.of(FrenchAnalyzer.getDefaultStopSet(), GermanAnalyzer.getDefaultStopSet(),
        SpanishAnalyzer.getDefaultStopSet(), ItalianAnalyzer.getDefaultStopSet(),
        PortugueseAnalyzer.getDefaultStopSet(), IndonesianAnalyzer.getDefaultStopSet())) {
      set.addAll(language);
    }
    try (InputStream in = org.apache.lucene.analysis.snowball.SnowballFilter.class.getResourceAsStream("english_stop.txt");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      set.addAll(WordlistLoader.getSnowballWordSet(reader));
    } catch (IOException | NullPointerException e) {
      throw new UncheckedIOException(new IOException("Lucene's English stop list is missing", e));
    }
    // Reporting verbs and calendar words that every news text has in every story.
    for (String word : List.of("said", "says", "told", "according", "reported", "news", "also", "would", "could",
        "new", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "dit", "selon", "kata", "katanya", "menurut", "juga", "pada", "telah", "ialah")) {
      set.add(word);
    }
    return set;
  }
}
