package org.vigie.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vigie.text.TextShape;

/**
 * Splits crawled text into blocks. Crawl dumps put one block on a line; some text exports instead
 * wrap paragraphs at a fixed width and separate them with blank lines. A text is taken as
 * hard-wrapped when most of its long lines end near one width and run on into the next line; its
 * lines are then joined within each blank-line-separated group.
 */
final class HardWrap {
  private static final int MIN_LINES = 8;
  private static final int MAX_WRAP_WIDTH = 100;

  private HardWrap() {}

  static List<String> blocks(String text) {
    String[] raw = text.split("\r\n|\r|\n|\u2028|\u2029", -1);
    List<String> lines = new ArrayList<>(raw.length);
    for (String line : raw) {
      lines.add(TextShape.cleanLine(line));
    }
    return isHardWrapped(lines) ? joinGroups(lines) : lines.stream().filter(l -> !l.isEmpty()).toList();
  }

  private static boolean isHardWrapped(List<String> lines) {
    int[] lengths = lines.stream().filter(l -> !l.isEmpty()).mapToInt(String::length).sorted().toArray();
    if (lengths.length < MIN_LINES) {
      return false;
    }
    int width = lengths[(int) Math.floor(lengths.length * 0.9)];
    if (width > MAX_WRAP_WIDTH || width < 40) {
      return false;
    }
    // Lines that run on: near the width, followed by a non-blank line, not ending a sentence.
    int runOn = 0;
    int near = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      String line = lines.get(i);
      if (line.length() >= width * 0.7 && line.length() <= width) {
        near++;
        if (!lines.get(i + 1).isEmpty() && !TextShape.endsSentence(line)) {
          runOn++;
        }
      }
    }
    long nonEmpty = Arrays.stream(lengths).count();
    return near >= nonEmpty * 0.5 && runOn >= near * 0.4;
  }

  private static List<String> joinGroups(List<String> lines) {
    List<String> blocks = new ArrayList<>();
    StringBuilder group = new StringBuilder();
    for (String line : lines) {
      if (line.isEmpty()) {
        flush(group, blocks);
        continue;
      }
      if (group.length() > 0) {
        // A hyphen at the end of a wrapped line joins the halves; it stays, since compounds need it.
        if (group.charAt(group.length() - 1) != '-') {
          group.append(' ');
        }
      }
      group.append(line);
    }
    flush(group, blocks);
    return blocks;
  }

  private static void flush(StringBuilder group, List<String> blocks) {
    if (group.length() > 0) {
      blocks.add(group.toString());
      group.setLength(0);
    }
  }
}
