package org.vigie.store;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Text analysis for the index. Every text is indexed twice: in a language-neutral field (Unicode
 * word breaks, lower case, accents folded, so "defense" finds "Défense" in any language) and, for
 * languages with an analyser, in a stemmed per-language field ({@code title_fr}, {@code body_en}).
 */
final class Analyzers {
  static final String[] STEMMED_LANGUAGES = {"fr", "en"};

  private Analyzers() {}

  static Analyzer folding() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
        return new TokenStreamComponents(tokenizer, stream);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }

      /** Keeps the values of a many-valued field apart: "person:\"Khalifa Ahmed\"" must not join two names. */
      @Override
      public int getPositionIncrementGap(String fieldName) {
        return 100;
      }
    };
  }

  static Analyzer perField() {
    Analyzer french = new FrenchAnalyzer();
    Analyzer english = new EnglishAnalyzer();
    return new PerFieldAnalyzerWrapper(folding(), Map.of(
        "title_fr", french, "body_fr", french,
        "title_en", english, "body_en", english));
  }

  static boolean hasStemmer(String language) {
    for (String code : STEMMED_LANGUAGES) {
      if (code.equals(language)) {
        return true;
      }
    }
    return false;
  }
}
