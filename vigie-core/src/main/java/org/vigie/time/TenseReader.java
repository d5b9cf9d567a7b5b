package org.vigie.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tense of the clause a time expression sits in: the verb nearest to the expression in its
 * sentence decides, looking a few words to the left first (news puts the time right after the verb:
 * "se sont rendus vendredi", "will meet on Friday"), then to the right. A tagger would do better;
 * this needs no model and is right for the common shapes of news prose.
 */
final class TenseReader {
  private static final Pattern TOKEN = Pattern.compile("\\p{L}+['’]|[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");
  private static final int SENTENCE_REACH = 160;
  private static final int LEFT_WORDS = 8;
  private static final int RIGHT_WORDS = 6;

  private final TenseCues cues;

  TenseReader(TenseCues cues) {
    this.cues = cues;
  }

  Tense read(String text, int start, int end) {
    int from = sentenceStart(text, start);
    int to = sentenceEnd(text, end);
    List<String> tokens = new ArrayList<>();
    int firstAfter = -1;
    int lastBefore = -1;
    Matcher matcher = TOKEN.matcher(text).region(from, to);
    while (matcher.find()) {
      if (matcher.end() <= start) {
        lastBefore = tokens.size();
      } else if (matcher.start() >= end && firstAfter < 0) {
        firstAfter = tokens.size();
      } else if (matcher.start() < end) {
        tokens.add("");  // the expression's own words say nothing of the tense
        continue;
      }
      tokens.add(matcher.group().toLowerCase(java.util.Locale.ROOT).replace('’', '\''));
    }
    for (int i = lastBefore, seen = 0; i >= 0 && seen < LEFT_WORDS; i--, seen++) {
      Tense tense = cues.classify(tokens, i);
      if (tense != Tense.UNKNOWN) {
        return tense;
      }
    }
    for (int i = firstAfter, seen = 0; i >= 0 && i < tokens.size() && seen < RIGHT_WORDS; i++, seen++) {
      Tense tense = cues.classify(tokens, i);
      if (tense != Tense.UNKNOWN) {
        return tense;
      }
    }
    return Tense.UNKNOWN;
  }

  private static int sentenceStart(String text, int start) {
    int limit = Math.max(0, start - SENTENCE_REACH);
    for (int i = start - 1; i >= limit; i--) {
      if (endsSentence(text, i)) {
        return i + 1;
      }
    }
    return limit;
  }

  private static int sentenceEnd(String text, int end) {
    int limit = Math.min(text.length(), end + SENTENCE_REACH);
    for (int i = end; i < limit; i++) {
      if (endsSentence(text, i)) {
        return i;
      }
    }
    return limit;
  }

  private static boolean endsSentence(String text, int i) {
    char c = text.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == ';' || c == '\n';
  }
}
