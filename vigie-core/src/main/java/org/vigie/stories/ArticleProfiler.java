package org.vigie.stories;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.dedup.Shingles;
import org.vigie.model.Annotations;
import org.vigie.model.Article;
import org.vigie.model.Block;
import org.vigie.model.Entity;
import org.vigie.model.Place;
import org.vigie.model.TimeExpression;

/**
 * Turns an article into its {@link ArticleProfile}: the features that tell one happening from
 * another, in any language.
 *
 * <ul>
 *   <li>Words: lower-cased, accents folded, function words dropped, a final plural "s" cut; in
 *       Chinese and Japanese text, which has no spaces, each pair of adjacent ideographs.
 *   <li>Names: words written with a capital inside a sentence, and acronyms. They are also words,
 *       so a name counts twice: names are what set apart two shootings or two earthquakes, and a
 *       name written in Latin script stays the same in an English, a Malay and a Chinese article.
 *   <li>Numbers: digit strings with separators removed ("1,000" = "1000"), and small number words
 *       ("two", "deux", "dua") as digits, so "two months" meets "2个月". Ages, tolls, sums and
 *       years carry across languages.
 *   <li>Annotations, when the understanding stages have filled them: entity ids, GeoNames ids and
 *       normalised dates, which carry across languages without relying on spelling.
 * </ul>
 *
 * <p>A feature's weight in the article is {@code 1 + ln(count)}, where a title occurrence counts
 * {@value #TITLE_WEIGHT}, a lead occurrence {@value #LEAD_WEIGHT} and a body occurrence 1: titles and
 * leads say what the article is about, bodies wander into background. Bodies are read up to
 * {@value #MAX_BODY_CHARS} characters, enough for the facts and a flat cost on very long pages.
 */
final class ArticleProfiler {
  static final double TITLE_WEIGHT = 3.0;
  static final double LEAD_WEIGHT = 1.5;
  static final int MAX_BODY_CHARS = 12_000;
  /** Extra weight of a name and of an annotation over a word. */
  static final double NAME_WEIGHT = 1.0;
  static final double ANNOTATION_WEIGHT = 1.5;
  static final double BIGRAM_WEIGHT = 1.0;

  private static final Map<String, String> NUMBER_WORDS = numberWords();

  ArticleProfile profile(Article article, long time) {
    Map<Long, double[]> counts = new HashMap<>();
    read(article.title(), TITLE_WEIGHT, counts);
    int chars = 0;
    List<Block> body = article.body();
    for (int i = 0; i < body.size() && chars < MAX_BODY_CHARS; i++) {
      String text = body.get(i).text();
      if (i == 0 && text.strip().equals(article.title().strip())) {
        continue;
      }
      read(text, chars < 400 ? LEAD_WEIGHT : 1.0, counts);
      chars += text.length();
    }
    annotations(article.annotations(), counts);
    long[] terms = new long[counts.size()];
    int n = 0;
    for (Long term : counts.keySet()) {
      terms[n++] = term;
    }
    Arrays.sort(terms);
    float[] weights = new float[terms.length];
    for (int i = 0; i < terms.length; i++) {
      double[] value = counts.get(terms[i]);
      weights[i] = (float) ((1 + Math.log(Math.max(1.0, value[0]))) * value[1]);
    }
    return new ArticleProfile(article.id(), time, article.source(), article.language(), article.title(), terms,
        weights);
  }

  private static void add(Map<Long, double[]> counts, long term, double count, double boost) {
    double[] value = counts.computeIfAbsent(term, t -> new double[] {0, boost});
    value[0] += count;
  }

  private static void annotations(Annotations annotations, Map<Long, double[]> counts) {
    for (Entity entity : annotations.entities()) {
      add(counts, Term.ENTITY.id(entity.id()), 1, ANNOTATION_WEIGHT);
    }
    for (Place place : annotations.places()) {
      if (!place.metonymy()) {
        add(counts, Term.PLACE.id(Long.toString(place.geonameId())), 1, ANNOTATION_WEIGHT);
      }
    }
    for (TimeExpression time : annotations.times()) {
      // Only dates to the day name one moment; "2019" or "PAST_REF" are shared by everything.
      if (time.value().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        add(counts, Term.DATE.id(time.value().substring(0, 10)), 1, ANNOTATION_WEIGHT);
      }
    }
  }

  /** Adds the features of one text, each occurrence counting {@code weight}. */
  private static void read(String text, double weight, Map<Long, double[]> counts) {
    int length = text.length();
    int i = 0;
    boolean sentenceStart = true;
    int previousIdeograph = -1;
    String previousWord = null;
    StringBuilder token = new StringBuilder();
    while (i < length) {
      int c = text.codePointAt(i);
      if (Shingles.isIdeograph(c)) {
        if (previousIdeograph >= 0) {
          add(counts, Term.IDEOGRAPHS.id(new StringBuilder().appendCodePoint(previousIdeograph).appendCodePoint(c)
              .toString()), weight, 1.0);
        }
        previousIdeograph = c;
        i += Character.charCount(c);
        sentenceStart = false;
        continue;
      }
      previousIdeograph = -1;
      if (!Character.isLetterOrDigit(c)) {
        if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '“' || c == '。') {
          sentenceStart = true;
        }
        if (c != ' ' && c != '-' && c != '\'' && c != '’') {
          previousWord = null;
        }
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      boolean digits = Character.isDigit(c);
      token.setLength(0);
      while (i < length) {
        int d = text.codePointAt(i);
        if (Character.isLetterOrDigit(d) && !Shingles.isIdeograph(d) && Character.isDigit(d) == digits) {
          token.appendCodePoint(d);
          i += Character.charCount(d);
        } else {
          break;
        }
      }
      String key = digits ? number(token.toString(), weight, counts)
          : word(text, start, token.toString(), sentenceStart, weight, counts);
      if (key != null && previousWord != null && BIGRAM_WEIGHT > 0) {
        add(counts, Term.PAIR.id(previousWord + " " + key), weight, BIGRAM_WEIGHT);
      }
      previousWord = key;
      sentenceStart = false;
    }
  }

  private static String number(String digits, double weight, Map<Long, double[]> counts) {
    String value = digits.replaceFirst("^0+(?=\\d)", "");
    if (value.length() > 12) {
      return null;
    }
    add(counts, Term.NUMBER.id(value), weight, 1.0);
    return value;
  }

  private static String word(String text, int start, String raw, boolean sentenceStart, double weight,
      Map<Long, double[]> counts) {
    String lower = fold(raw.toLowerCase(Locale.ROOT));
    String number = NUMBER_WORDS.get(lower);
    if (number != null) {
      add(counts, Term.NUMBER.id(number), weight, 1.0);
      return number;
    }
    if (lower.length() < 2 || Stopwords.contains(lower)) {
      return null;
    }
    String stem = lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") ? lower.substring(0,
        lower.length() - 1) : lower;
    add(counts, Term.WORD.id(stem), weight, 1.0);
    boolean capital = Character.isUpperCase(raw.codePointAt(0));
    boolean acronym = raw.length() >= 2 && raw.chars().allMatch(Character::isUpperCase);
    if (acronym || capital && !sentenceStart) {
      add(counts, Term.NAME.id(stem), weight, NAME_WEIGHT);
    }
    return stem;
  }

  /** Accents off ("Médecins" = "medecins"), so that names match across languages that write them or not. */
  private static String fold(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) > 0x7f) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
      }
    }
    return word;
  }

  private static Map<String, String> numberWords() {
    Map<String, String> words = new HashMap<>();
    String[][] languages = {
        {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"},
        {"un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"},
        {"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "lapan", "sembilan", "sepuluh", "sebelas",
            "dua belas"},
    };
    for (String[] language : languages) {
      for (int i = 0; i < language.length; i++) {
        words.putIfAbsent(language[i], Integer.toString(i + 1));
      }
    }
    words.put("delapan", "8");
    words.put("hundred", "100");
    words.put("cent", "100");
    words.put("ratus", "100");
    words.put("thousand", "1000");
    words.put("mille", "1000");
    words.put("ribu", "1000");
    return words;
  }
}
