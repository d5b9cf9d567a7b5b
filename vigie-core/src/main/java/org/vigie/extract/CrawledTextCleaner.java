package org.vigie.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.vigie.model.Block;
import org.vigie.model.BlockKind;
import org.vigie.model.Caption;
import org.vigie.model.Precision;
import org.vigie.model.Published;
import org.vigie.text.TextShape;
import org.vigie.time.AbsoluteDates;
import org.vigie.time.DateMention;

/**
 * Recovers an article from text that a crawler extracted from a page: one block a line, with the
 * site's interface, the headline (often twice), captions and repeats mixed into the body.
 *
 * <p>The signals are general, not a site's words: a line's length and whether it reads as a
 * sentence; its position relative to the first paragraph of prose; repetition; a small multilingual
 * lexicon of interface words ({@link InterfaceLexicon}); credit patterns for captions
 * ({@link CaptionDetector}); copies and truncated teasers ({@link RepeatFilter}).
 *
 * <ol>
 *   <li>Lines are cleaned and joined when the text is hard-wrapped.
 *   <li>Interface lines, bylines, datelines and captions are recognised line by line.
 *   <li>The body starts at the first line of prose. Before it, the headline is the line printed
 *       twice, else the last headline-shaped line; a short label before the headline is the
 *       section.
 *   <li>After it, prose is body; a short line is a heading only if more body follows (else it is a
 *       related link or a footer).
 *   <li>Copies of the title or of a paragraph, and truncated teasers, are dropped.
 * </ol>
 */
public final class CrawledTextCleaner {
  private static final int MAX_TITLE_CHARS = 250;
  private static final int MAX_TITLE_WORDS = 35;
  private static final int MAX_SECTION_WORDS = 10;
  private static final int MAX_SECTION_CHARS = 80;
  private static final int MAX_BYLINE_CHARS = 100;
  private static final int MAX_DATELINE_CHARS = 120;

  private static final Pattern BYLINE = Pattern.compile(
      "^(?i:par|by|von|por|di|door|de)\\s+\\p{Lu}[\\p{L}'’.\\-]*(?:[\\s,]+(?:\\p{Lu}[\\p{L}'’.\\-]*|et|and|und|y|e|en|"
          + "avec|with|mit|con|com|met|à|in|à|au|du|de|la|le|des|von|van|der|al-|el-)){0,12}\\s*(?:\\(.*\\))?$");
  private static final Pattern DATELINE_WORDS = Pattern.compile(
      "^(?:publi[eé](?:\\s+le)?|mis\\s+[aà]\\s+jour(?:\\s+le)?|modifi[eé](?:\\s+le)?|actualis[eé](?:\\s+le)?|"
          + "published(?:\\s+on)?|updated(?:\\s+on)?|posted(?:\\s+on)?|last\\s+updated|first\\s+published|"
          + "ver[oö]ffentlicht(?:\\s+am)?|aktualisiert|publicado|actualizado|pubblicato|aggiornato|gepubliceerd)\\b.*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern UPDATE_WORDS = Pattern.compile(
      "^(?:mis\\s+[aà]\\s+jour|modifi|actualis|updated|last\\s+updated|aktualisiert|actualizado|aggiornato)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private enum Role { INTERFACE, CREDIT, CAPTION, BYLINE, DATELINE, TEXT }

  private record Line(String text, Role role, Optional<Caption> caption) {}

  /** Cleans one page's text. Never throws on any input; returns an empty body when no prose is found. */
  public CleanedText clean(String text) {
    List<String> blocks = HardWrap.blocks(text);
    List<Line> lines = new ArrayList<>(blocks.size());
    for (String block : blocks) {
      lines.add(classify(block));
    }
    attachStandaloneCredits(lines);

    Map<String, Integer> occurrences = new HashMap<>();
    for (Line line : lines) {
      if (line.role() == Role.TEXT && line.text().length() <= MAX_TITLE_CHARS) {
        occurrences.merge(TextShape.comparisonKey(line.text()), 1, Integer::sum);
      }
    }

    int bodyStart = firstProse(lines);
    int titleIndex = chooseTitle(lines, bodyStart < 0 ? lines.size() : bodyStart, occurrences);
    Optional<String> title = titleIndex >= 0 ? Optional.of(lines.get(titleIndex).text()) : Optional.empty();
    Optional<String> section = titleIndex >= 0 ? chooseSection(lines, titleIndex) : Optional.empty();
    if (section.isEmpty()) {
      section = crumbSection(lines, bodyStart < 0 ? lines.size() : bodyStart);
    }

    Optional<String> byline = Optional.empty();
    Optional<Published> published = Optional.empty();
    List<Caption> captions = new ArrayList<>();
    List<Block> candidates = new ArrayList<>();
    List<Block> pendingHeadings = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      switch (line.role()) {
        case CAPTION -> captions.add(line.caption().orElseThrow());
        case BYLINE -> byline = byline.or(() -> Optional.of(stripBylineWord(line.text())));
        case DATELINE -> {
          // The first publication line wins; an update line is the modified time, not the published one.
          if (published.isEmpty() && !isUpdate(line.text())) {
            published = dateline(line.text());
          }
        }
        case TEXT -> {
          if (bodyStart < 0 || i < bodyStart || i == titleIndex) {
            continue;
          }
          if (isProse(line.text())) {
            candidates.addAll(pendingHeadings);
            pendingHeadings.clear();
            candidates.add(Block.paragraph(line.text()));
          } else if (looksLikeHeadline(line.text())) {
            pendingHeadings.add(new Block(BlockKind.HEADING, line.text()));
          }
        }
        default -> { }
      }
    }

    List<Block> body = dropCopies(candidates, title);
    body = dropTrailingTeasers(body);
    if (title.isEmpty() && !body.isEmpty()) {
      title = Optional.of(firstSentence(body.getFirst().text()));
    }
    return new CleanedText(title, section, byline, published, captions, body);
  }

  private static Line classify(String block) {
    if (InterfaceLexicon.isInterface(block)) {
      return new Line(block, Role.INTERFACE, Optional.empty());
    }
    if (CaptionDetector.standaloneCredit(block).isPresent() && TextShape.words(block) <= 8) {
      return new Line(block, Role.CREDIT, Optional.empty());
    }
    Optional<Caption> caption = CaptionDetector.caption(block);
    if (caption.isPresent()) {
      return new Line(block, Role.CAPTION, caption);
    }
    if (block.length() <= MAX_BYLINE_CHARS && BYLINE.matcher(block).matches() && !TextShape.endsSentence(block)) {
      return new Line(block, Role.BYLINE, Optional.empty());
    }
    if (isDateline(block)) {
      return new Line(block, Role.DATELINE, Optional.empty());
    }
    return new Line(block, Role.TEXT, Optional.empty());
  }

  /** A credit on a line of its own belongs to the short descriptive line just before it. */
  private static void attachStandaloneCredits(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.role() != Role.CREDIT) {
        continue;
      }
      String credit = CaptionDetector.standaloneCredit(line.text()).orElseThrow();
      if (i > 0 && lines.get(i - 1).role() == Role.TEXT
          && lines.get(i - 1).text().length() <= CaptionDetector.MAX_CAPTION_CHARS
          && TextShape.words(lines.get(i - 1).text()) >= 3) {
        String text = lines.get(i - 1).text();
        lines.set(i - 1, new Line(text, Role.CAPTION,
            Optional.of(new Caption(text, Optional.of(credit), CaptionDetector.captionDate(text)))));
      }
      lines.set(i, new Line(line.text(), Role.INTERFACE, Optional.empty()));
    }
  }

  private static int firstProse(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).role() == Role.TEXT && isProse(lines.get(i).text())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The headline: among text lines before the body, one printed more than once anywhere in the
   * page wins (sites print the title in the page head and again above the article); otherwise the
   * headline-shaped line closest to the body.
   */
  private static int chooseTitle(List<Line> lines, int bodyStart, Map<String, Integer> occurrences) {
    int repeated = -1;
    int closest = -1;
    for (int i = 0; i < bodyStart; i++) {
      Line line = lines.get(i);
      if (line.role() != Role.TEXT || !looksLikeHeadline(line.text())) {
        continue;
      }
      if (occurrences.getOrDefault(TextShape.comparisonKey(line.text()), 0) > 1 && TextShape.words(line.text()) >= 3) {
        if (repeated < 0 || !sameText(lines.get(repeated).text(), line.text())) {
          repeated = i;
        }
      }
      closest = i;
    }
    if (repeated >= 0) {
      return firstCopy(lines, repeated, bodyStart);
    }
    return closest;
  }

  private static int firstCopy(List<Line> lines, int index, int bodyStart) {
    String key = TextShape.comparisonKey(lines.get(index).text());
    for (int i = 0; i < bodyStart; i++) {
      if (lines.get(i).role() == Role.TEXT && TextShape.comparisonKey(lines.get(i).text()).equals(key)) {
        return i;
      }
    }
    return index;
  }

  /** The nearest short label before the headline, other than the headline itself. */
  private static Optional<String> chooseSection(List<Line> lines, int titleIndex) {
    String titleKey = TextShape.comparisonKey(lines.get(titleIndex).text());
    for (int i = titleIndex - 1; i >= 0; i--) {
      Line line = lines.get(i);
      if (line.role() != Role.TEXT) {
        continue;
      }
      String text = line.text();
      if (TextShape.comparisonKey(text).equals(titleKey)) {
        continue;
      }
      if (text.length() <= MAX_SECTION_CHARS && TextShape.words(text) <= MAX_SECTION_WORDS
          && !TextShape.endsSentence(text) && TextShape.words(text) >= 1) {
        return Optional.of(text);
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Bread crumbs name the section when nothing else does: "Accueil > Monde > Afrique" gives "Monde > Afrique". */
  private static Optional<String> crumbSection(List<Line> lines, int bodyStart) {
    for (int i = 0; i < bodyStart; i++) {
      String text = lines.get(i).text();
      if (lines.get(i).role() == Role.INTERFACE && InterfaceLexicon.isCrumbs(text)) {
        List<String> parts = new ArrayList<>(List.of(text.split("\\s[>›»/]\\s")));
        if (!parts.isEmpty() && InterfaceLexicon.isInterface(parts.getFirst())) {
          parts.removeFirst();
        }
        if (!parts.isEmpty()) {
          return Optional.of(String.join(" > ", parts.stream().map(String::strip).toList()));
        }
      }
    }
    return Optional.empty();
  }

  private static List<Block> dropCopies(List<Block> candidates, Optional<String> title) {
    List<String> texts = candidates.stream().map(Block::text).toList();
    List<RepeatFilter.Verdict> dropped = RepeatFilter.copies(texts, title.map(List::of).orElse(List.of()));
    java.util.BitSet gone = new java.util.BitSet();
    dropped.forEach(v -> gone.set(v.index()));
    List<Block> kept = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      if (!gone.get(i)) {
        kept.add(candidates.get(i));
      }
    }
    // A heading left with no paragraph after it introduced something that was dropped.
    while (!kept.isEmpty() && kept.getLast().kind() == BlockKind.HEADING) {
      kept.removeLast();
    }
    return kept;
  }

  /** Teasers of other articles at the end of a page: cut-off paragraphs after the last complete one. */
  private static List<Block> dropTrailingTeasers(List<Block> body) {
    List<Block> kept = new ArrayList<>(body);
    while (kept.size() > 1 && RepeatFilter.endsTruncated(kept.getLast().text())
        && !TextShape.comparisonKey(kept.getLast().text()).matches(".*[\"»”]\\s*(?:\\.\\.\\.|…)$")) {
      kept.removeLast();
    }
    return kept;
  }

  /**
   * Prose: enough words to be a sentence, and sentence punctuation. A long line without final
   * punctuation still counts (crawls lose it), a short one needs it.
   */
  static boolean isProse(String text) {
    int words = TextShape.words(text, 64);
    if (words >= 20 && TextShape.hasSentencePunctuation(text)) {
      return true;
    }
    return words >= 6 && TextShape.endsSentence(text);
  }

  static boolean looksLikeHeadline(String text) {
    int words = TextShape.words(text, MAX_TITLE_WORDS + 1);
    return text.length() <= MAX_TITLE_CHARS && words >= 1 && words <= MAX_TITLE_WORDS
        && (!TextShape.endsSentence(text) || text.endsWith("?") || text.endsWith("!"));
  }

  private static boolean sameText(String a, String b) {
    return TextShape.comparisonKey(a).equals(TextShape.comparisonKey(b));
  }

  private static boolean isDateline(String text) {
    if (text.length() > MAX_DATELINE_CHARS) {
      return false;
    }
    List<DateMention> dates = AbsoluteDates.find(text);
    if (dates.isEmpty()) {
      return false;
    }
    if (DATELINE_WORDS.matcher(text).matches()) {
      return true;
    }
    // A line that is only a date and time, give or take a weekday and connecting words.
    String rest = text;
    for (DateMention date : dates.reversed()) {
      rest = rest.substring(0, date.start()) + rest.substring(date.end());
    }
    return TextShape.words(rest) <= 3 && !TextShape.hasSentencePunctuation(rest.replace(".", ""));
  }

  private static boolean isUpdate(String text) {
    return UPDATE_WORDS.matcher(text.strip()).find();
  }

  private static Optional<Published> dateline(String text) {
    List<DateMention> dates = AbsoluteDates.find(text);
    if (dates.isEmpty()) {
      return Optional.empty();
    }
    DateMention first = dates.getFirst();
    LocalDate date = first.date();
    if (first.time().isPresent()) {
      LocalDateTime local = date.atTime(first.time().get());
      return Optional.of(new Published(local.toString(), Precision.MINUTE, false));
    }
    return Optional.of(new Published(date.toString(), Precision.DAY, false));
  }

  private static String stripBylineWord(String text) {
    return text.replaceFirst("^(?i)(?:par|by|von|por|di|door|de)\\s+", "").strip();
  }

  private static String firstSentence(String paragraph) {
    int end = -1;
    for (int i = 0; i < paragraph.length() - 1; i++) {
      char c = paragraph.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(paragraph.charAt(i + 1)) && i > 20) {
        end = i + 1;
        break;
      }
    }
    String sentence = end > 0 ? paragraph.substring(0, end) : paragraph;
    if (sentence.length() <= 160) {
      return sentence.strip();
    }
    int cut = sentence.lastIndexOf(' ', 150);
    return sentence.substring(0, cut > 40 ? cut : 150).strip() + " …";
  }
}
