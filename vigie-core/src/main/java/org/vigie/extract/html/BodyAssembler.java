package org.vigie.extract.html;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.vigie.extract.CaptionDetector;
import org.vigie.extract.InterfaceLexicon;
import org.vigie.extract.RepeatFilter;
import org.vigie.model.Block;
import org.vigie.model.BlockKind;
import org.vigie.model.Caption;
import org.vigie.text.TextShape;
import org.vigie.time.AbsoluteDates;

/**
 * Turns the blocks of the chosen container into an article body and captions: block by block it
 * drops what is not body text (link lists, interface lines, boxes named as furniture inside the
 * article, bylines and datelines), sets captions apart, drops copies of the title and truncated
 * teasers ({@link RepeatFilter}), and trims what is left before the first paragraph and after the
 * last one.
 *
 * <p>Repeated paragraphs inside the article are kept: in HTML the container already excludes the
 * page's furniture, and what repeats inside it (recipe steps, table rows, a refrain) is content.
 */
final class BodyAssembler {
  /** Link density above which a block is navigation, not prose. */
  private static final double MAX_LINK_DENSITY = 0.5;
  private static final double MAX_PROSE_LINK_DENSITY = 0.7;
  /** Name weight inside the container at which a box is furniture (related links, share bars). */
  private static final int FURNITURE_HINT = -20;
  /** Interface lines (prompts, notices) are at most this long. */
  private static final int MAX_INTERFACE_WORDS = 25;
  /** Bylines and datelines are short. */
  private static final int MAX_BYLINE_WORDS = 14;
  private static final Pattern BYLINE_START = Pattern.compile(
      "^(?i:by|par|von|por|di|door|written by|posted by|published by|reporting by|auteur|autor)\\b.*");
  private static final Pattern DATELINE_WORDS = Pattern.compile(
      "(?i)\\b(?:updated|published|posted|modified|last updated|mis à jour|publié|aktualisiert|veröffentlicht|"
          + "actualizado|publicado)\\b");

  /** Element names of a standfirst: the summary under a headline. */
  private static final Pattern SUMMARY_NAMES = Pattern.compile("standfirst|excerpt|subtitle|subhead|summary|\\bdek");
  /** A lead without its full stop is a long sentence. */
  private static final int MIN_LEAD_WORDS = 15;
  /** Share of a block's trigrams in the articleBody above which the page confirms it as body text. */
  private static final double CONFIRMED_SHARE = 0.8;
  private static final double MAX_CONFIRMED_LINK_DENSITY = 0.9;
  /** Share below which the articleBody does not hold a block at all. */
  private static final double UNCONFIRMED_SHARE = 0.2;
  /** Blocks shorter than this are not judged by the articleBody (headings, short lines it may leave out). */
  private static final int MIN_JUDGED_WORDS = 8;
  /** How much of the body the articleBody must hold, and of the articleBody the body, for it to be the whole article. */
  private static final double MIN_CONTAINMENT = 0.5;
  private static final double MIN_COVERAGE = 0.8;
  /** Captions that read as prose are a sentence or two. */
  private static final int MAX_PROSE_CAPTION_CHARS = 300;
  /** An author's biography at the end of an article is a few sentences. */
  private static final int MAX_BIOGRAPHY_WORDS = 70;
  private static final Set<String> BIOGRAPHY_VERBS = Set.of("is", "covers", "writes", "has", "was", "reports",
      "joined", "edits", "est", "a", "couvre", "travaille");

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern CLOCK_TIME = Pattern.compile("\\d{1,2}:\\d{2}");

  private final ContentFinder finder;

  BodyAssembler(ContentFinder finder) {
    this.finder = finder;
  }

  record Assembled(List<Block> body, List<Caption> captions) {}

  /**
   * A block that may be body text.
   *
   * @param summaryNamed its element's names call it a summary ("standfirst", "dek", "excerpt")
   * @param confirmed the page's JSON-LD articleBody holds it
   */
  private record Candidate(Block block, boolean prose, boolean summaryNamed, boolean confirmed) {}

  Assembled assemble(ContentFinder.Found found, PageMetadata metadata, Optional<ArticleBodyHint> hint) {
    List<Candidate> candidates = new ArrayList<>();
    List<Caption> captions = new ArrayList<>();
    Set<String> authorWords = authorWords(metadata.authors());
    for (TextBlock block : found.blocks()) {
      if (block.caption()) {
        caption(block.text()).ifPresent(captions::add);
        continue;
      }
      // What the page's own articleBody holds is body text, whatever box it is in; but a paragraph
      // that is one link is a promotion, even when the site's articleBody carries it along.
      boolean confirmed = hint.isPresent() && block.linkDensity() < MAX_CONFIRMED_LINK_DENSITY
          && hint.get().share(block.text()) >= CONFIRMED_SHARE;
      if (!confirmed && isFurniture(block, found.container()) || isByline(block, authorWords) || isDateline(block)) {
        continue;
      }
      boolean prose = block.isProse();
      Optional<Caption> credited = CaptionDetector.caption(block.text()).filter(c -> !prose || isCreditedProse(block, c));
      if (credited.isPresent()) {
        captions.add(credited.get());
        continue;
      }
      candidates.add(new Candidate(new Block(block.kind(), block.text()), prose, isSummaryNamed(block.owner()),
          confirmed));
    }
    List<Candidate> kept = dropStandfirst(dropTitleCopiesAndTeasers(candidates, metadata.titles()), metadata.description());
    List<Candidate> trimmed = trimEdges(dropClosingFurniture(kept, authorWords), metadata.description());
    List<Candidate> body = hint.isPresent() ? dropUnconfirmed(trimmed, hint.get()) : trimmed;
    return new Assembled(body.stream().map(Candidate::block).toList(), captions);
  }

  private boolean isFurniture(TextBlock block, Element container) {
    // A sentence may link most of its words (a deals roundup, a name linked to a profile) and stay prose.
    if (block.linkDensity() > (block.isProse() && block.words() >= 8 ? MAX_PROSE_LINK_DENSITY : MAX_LINK_DENSITY)) {
      return true;
    }
    // Interface lines are short; the lexicon's folding is not worth running on paragraphs.
    if (block.words() <= MAX_INTERFACE_WORDS && InterfaceLexicon.isInterface(block.text())) {
      return true;
    }
    int inner = finder.innerNegativeHint(block.owner(), container);
    return inner <= FURNITURE_HINT && !(block.isProse() && inner > 2 * FURNITURE_HINT);
  }

  /**
   * A caption that reads as prose: a sentence or two with a bare credit after the last full stop
   * ("The WeWork logo in New York. Reuters"). A paragraph may end with its wire's name in brackets
   * ("(AP)"), a sentence, or a copyright year, none of which makes it a caption.
   */
  private static boolean isCreditedProse(TextBlock block, Caption caption) {
    String text = block.text();
    return text.length() <= MAX_PROSE_CAPTION_CHARS && !text.endsWith(")") && !TextShape.endsSentence(text)
        && caption.credit().filter(credit -> !Character.isDigit(credit.charAt(0))).isPresent();
  }

  /** A short line that names the author: "By Jane Doe", "Jane Doe, Staff Writer". */
  private static boolean isByline(TextBlock block, Set<String> authorWords) {
    String text = block.text();
    if (block.words() > MAX_BYLINE_WORDS || TextShape.endsSentence(text) && !text.endsWith(".")) {
      return false;
    }
    if (BYLINE_START.matcher(text).matches() && !TextShape.endsSentence(text)) {
      return true;
    }
    if (authorWords.isEmpty()) {
      return false;
    }
    int named = 0;
    for (String word : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
      if (authorWords.contains(word)) {
        named++;
      }
    }
    return named >= Math.min(2, authorWords.size()) && block.words() <= 2 * named + 6;
  }

  /** A short line that is mostly a date: "Updated 5:27 am CST, Wednesday, November 20, 2019". */
  private static boolean isDateline(TextBlock block) {
    String text = block.text();
    if (text.length() > 120 || !hasDigit(text) || block.words() > MAX_BYLINE_WORDS) {
      return false;
    }
    if (DATELINE_WORDS.matcher(text).find() && (AbsoluteDates.find(text).size() > 0 || CLOCK_TIME.matcher(text).find())) {
      return true;
    }
    var dates = AbsoluteDates.find(text);
    if (dates.isEmpty()) {
      return false;
    }
    int dateChars = dates.stream().mapToInt(d -> d.end() - d.start()).sum();
    return dateChars * 2 >= text.length();
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> authorWords(List<String> authors) {
    Set<String> words = new HashSet<>();
    for (String author : authors) {
      for (String word : NON_WORD.split(author.toLowerCase(Locale.ROOT))) {
        if (word.length() >= 2) {
          words.add(word);
        }
      }
    }
    return words;
  }

  private static Optional<Caption> caption(String text) {
    Optional<Caption> credited = CaptionDetector.caption(text);
    if (credited.isPresent()) {
      return credited;
    }
    if (CaptionDetector.standaloneCredit(text).isPresent() || TextShape.words(text) < 3) {
      return Optional.empty();
    }
    return Optional.of(new Caption(text, Optional.empty(), CaptionDetector.captionDate(text)));
  }

  /**
   * Drops copies of the title (the headline printed again inside the article) and teasers: blocks
   * cut off with an ellipsis that begin like another block. {@link RepeatFilter} finds the
   * teasers; it only runs when some block ends like one, since most pages have none.
   */
  private static List<Candidate> dropTitleCopiesAndTeasers(List<Candidate> candidates, List<String> titles) {
    Set<String> titleKeys = new HashSet<>();
    int longestTitle = 0;
    for (String title : titles) {
      titleKeys.add(TextShape.comparisonKey(title));
      longestTitle = Math.max(longestTitle, title.length());
    }
    BitSet gone = new BitSet();
    boolean teasers = false;
    for (int i = 0; i < candidates.size(); i++) {
      String text = candidates.get(i).block().text();
      if (text.length() <= longestTitle + 10 && titleKeys.contains(TextShape.comparisonKey(text))) {
        gone.set(i);
      }
      teasers |= mayBeTruncated(text);
    }
    if (teasers) {
      List<String> texts = candidates.stream().map(c -> c.block().text()).toList();
      for (RepeatFilter.Verdict verdict : RepeatFilter.copies(texts, List.of())) {
        if (verdict.reason() == RepeatFilter.Reason.TEASER) {
          gone.set(verdict.index());
        }
      }
    }
    List<Candidate> kept = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      if (!gone.get(i)) {
        kept.add(candidates.get(i));
      }
    }
    return kept;
  }

  /**
   * What sites put after an article inside its container: calls to subscribe, follow or listen, the
   * affiliate notice, the copyright line, the author's biography ("Eric Song is IGN's deal
   * curator…"). Taken off from the end, up to the last paragraph of prose that is none of these;
   * the labels and links among them go with {@link #trimEdges}.
   */
  private static List<Candidate> dropClosingFurniture(List<Candidate> candidates, Set<String> authorWords) {
    List<Candidate> kept = new ArrayList<>(candidates);
    for (int i = kept.size() - 1; i > 0; i--) {
      String text = kept.get(i).block().text();
      if (InterfaceLexicon.isCallToAction(text) || isAuthorBiography(text, authorWords)) {
        kept.remove(i);
      } else if (kept.get(i).prose() && kept.get(i).block().kind() != BlockKind.HEADING) {
        break;
      }
    }
    return kept;
  }

  /** Begins with the author's name and says what they do: "Zac covers Apple news…", "Jane Doe is a reporter…". */
  private static boolean isAuthorBiography(String text, Set<String> authorWords) {
    if (authorWords.isEmpty() || TextShape.words(text) > MAX_BIOGRAPHY_WORDS) {
      return false;
    }
    String[] words = NON_WORD.split(text.toLowerCase(Locale.ROOT), 4);
    return words.length >= 3 && authorWords.contains(words[0])
        && (BIOGRAPHY_VERBS.contains(words[1]) || authorWords.contains(words[1]) && BIOGRAPHY_VERBS.contains(words[2]));
  }

  /** A block that may follow the last paragraph of prose: a list item, or a sentence that is not a teaser. */
  private static boolean isClosingLine(Block block) {
    return block.kind() == BlockKind.LIST_ITEM
        || block.kind() != BlockKind.HEADING && TextShape.endsSentence(block.text()) && !mayBeTruncated(block.text())
        && TextShape.words(block.text()) >= 2;
  }

  /** Ends with an ellipsis, as a truncated teaser does (a cheap test before {@link RepeatFilter}). */
  private static boolean mayBeTruncated(String text) {
    int from = Math.max(0, text.length() - 12);
    return text.indexOf("...", from) >= 0 || text.indexOf('…', from) >= 0;
  }

  /**
   * The standfirst (dek, summary) above an article is the page's description printed again: a
   * heading, or a block named as a summary, that says what the description says, before or as the
   * first paragraph. It sums the article up; it is not part of it.
   */
  private static List<Candidate> dropStandfirst(List<Candidate> candidates, Optional<String> description) {
    String summary = description.map(BodyAssembler::wordKey).orElse("");
    if (summary.isEmpty()) {
      return candidates;
    }
    for (int i = 0; i < candidates.size(); i++) {
      Candidate candidate = candidates.get(i);
      boolean heading = candidate.block().kind() == BlockKind.HEADING;
      if ((heading || candidate.summaryNamed()) && wordKey(candidate.block().text()).equals(summary)) {
        List<Candidate> rest = new ArrayList<>(candidates);
        rest.remove(i);
        return rest;
      }
      if (candidate.prose() && !heading) {
        break;
      }
    }
    return candidates;
  }

  private static boolean isSummaryNamed(Element owner) {
    String names = (owner.className() + ' ' + owner.id()).toLowerCase(Locale.ROOT);
    return SUMMARY_NAMES.matcher(names).find();
  }

  /**
   * Before the first paragraph of prose only headings may stay (a kicker, a label, a stray link may
   * not), and two kinds of lead: a line that the page's description starts with, so that the site
   * itself counts it as the article's beginning ("Staff Reports", "PITTSBURGH"), and a long
   * unpunctuated sentence right before the first paragraph (a bold lead). After the last
   * paragraph, only list items and short sentences (a closing quote, "Colombia had lost to Belgium
   * on Monday."), not labels or links. A heading with no text after it introduced something that
   * was dropped.
   */
  private static List<Candidate> trimEdges(List<Candidate> candidates, Optional<String> description) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < candidates.size(); i++) {
      if (candidates.get(i).prose() && candidates.get(i).block().kind() != BlockKind.HEADING) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (first < 0) {
      return List.of();
    }
    String summary = description.map(BodyAssembler::wordKey).orElse("");
    List<Candidate> kept = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate candidate = candidates.get(i);
      Block block = candidate.block();
      if (!candidate.confirmed() && (i < first && block.kind() != BlockKind.HEADING && !isLead(candidates, i, first, summary)
          || i > last && !isClosingLine(block))) {
        continue;
      }
      kept.add(candidate);
    }
    while (!kept.isEmpty() && kept.getLast().block().kind() == BlockKind.HEADING) {
      kept.removeLast();
    }
    return kept;
  }

  /**
   * When the page's articleBody is the whole article (it is not cut short, and the body and it hold
   * each other), a paragraph of the body that it does not hold at all is something the site added
   * around the article: a teaser for another story, a promotion.
   */
  private static List<Candidate> dropUnconfirmed(List<Candidate> body, ArticleBodyHint hint) {
    List<String> texts = body.stream().map(c -> c.block().text()).toList();
    if (hint.truncated() || hint.containment(texts) < MIN_CONTAINMENT || hint.coverage(texts) < MIN_COVERAGE) {
      return body;
    }
    List<Candidate> kept = new ArrayList<>();
    for (Candidate candidate : body) {
      String text = candidate.block().text();
      if (TextShape.words(text) >= MIN_JUDGED_WORDS && hint.share(text) < UNCONFIRMED_SHARE) {
        continue;
      }
      kept.add(candidate);
    }
    return kept;
  }

  private static boolean isLead(List<Candidate> candidates, int i, int first, String summary) {
    String text = candidates.get(i).block().text();
    if (i == first - 1 && TextShape.words(text) >= MIN_LEAD_WORDS && Character.isUpperCase(text.codePointAt(0))
        && !text.endsWith(":")) {
      return true;
    }
    String next = wordKey(candidates.get(i + 1).block().text());
    String lead = wordKey(text);
    return !lead.isEmpty() && summary.startsWith(lead + ' ' + next.substring(0, Math.min(next.length(), 20)));
  }

  /** Words only, lower case, one space apart: the form in which a description and a block can be compared. */
  private static String wordKey(String text) {
    return String.join(" ", NON_WORD.split(text.toLowerCase(Locale.ROOT))).strip();
  }
}
