package org.vigie.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.vigie.model.BlockKind;
import org.vigie.text.TextShape;

/**
 * Cuts a page's body into text blocks in reading order, in one pass and without recursion (pages
 * nest deep). Elements that never hold article text (scripts, forms, media, hidden elements) are
 * skipped whole; every block-level element starts and ends a block; two line breaks in a row end a
 * paragraph, as they do on screen. Reading stops after {@link #MAX_BLOCKS} blocks.
 */
final class BlockCollector implements NodeFilter {
  /**
   * Blocks read from one page at most: far more than any article has, few enough that a page of
   * a million tiny elements costs no more than a long article.
   */
  static final int MAX_BLOCKS = 10_000;

  static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "center", "dd",
      "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
      "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
      "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption", "legend", "menu", "dir", "listing",
      "output");

  /** Elements whose content is never article text. */
  static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "noscript", "template", "svg", "math", "canvas",
      "iframe", "object", "embed", "video", "audio", "source", "track", "input", "select", "option", "textarea",
      "button", "head", "link", "meta", "title", "map", "dialog", "frameset", "frame", "applet", "form-control");

  private final NameHints hints;
  private final List<TextBlock> blocks = new ArrayList<>();
  private final List<Element> open = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private int linkChars;
  private int linkDepth;
  private int captionDepth;
  private int quoteDepth;
  private boolean lastWasBreak;

  private BlockCollector(NameHints hints) {
    this.hints = hints;
  }

  static List<TextBlock> collect(Element root, NameHints hints) {
    BlockCollector collector = new BlockCollector(hints);
    collector.open.add(root);
    NodeTraversor.filter(collector, root);
    collector.flush();
    return collector.blocks;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (blocks.size() >= MAX_BLOCKS) {
      return FilterResult.STOP;
    }
    if (node instanceof TextNode textNode) {
      String value = textNode.getWholeText();
      if (!value.isEmpty()) {
        appendText(value);
      }
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element element)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    String tag = element.normalName();
    if (SKIPPED_TAGS.contains(tag) || isHidden(element) || hints.isInvisible(element)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (tag.equals("br")) {
      if (lastWasBreak) {
        flush();
      } else {
        text.append(' ');
        lastWasBreak = true;
      }
      return FilterResult.CONTINUE;
    }
    // The text before a block element is a block of its own, flushed before the element's
    // state (link, caption, quote) applies.
    if (BLOCK_TAGS.contains(tag)) {
      flush();
      open.add(element);
    }
    if (tag.equals("a")) {
      linkDepth++;
    } else if (isCaption(element)) {
      captionDepth++;
    } else if (tag.equals("blockquote")) {
      quoteDepth++;
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element element) {
      String tag = element.normalName();
      if (BLOCK_TAGS.contains(tag)) {
        flush();
        if (!open.isEmpty() && open.getLast() == element) {
          open.removeLast();
        }
      }
      if (tag.equals("a")) {
        linkDepth--;
      } else if (isCaption(element)) {
        captionDepth--;
      } else if (tag.equals("blockquote")) {
        quoteDepth--;
      }
    }
    return FilterResult.CONTINUE;
  }

  /** Figures and their captions are not body text: the text in a figure is its caption or credit. */
  private boolean isCaption(Element element) {
    String tag = element.normalName();
    return tag.equals("figcaption") || tag.equals("figure") || hints.isCaption(element);
  }

  private void appendText(String value) {
    int before = text.length();
    text.append(value);
    if (linkDepth > 0) {
      linkChars += countVisible(value);
    }
    if (text.length() > before && !value.isBlank()) {
      lastWasBreak = false;
    }
  }

  private static int countVisible(String value) {
    int count = 0;
    boolean space = true;
    for (int i = 0; i < value.length(); i++) {
      if (Character.isWhitespace(value.charAt(i))) {
        if (!space) {
          count++;
        }
        space = true;
      } else {
        count++;
        space = false;
      }
    }
    return count;
  }

  private void flush() {
    lastWasBreak = false;
    if (text.isEmpty() || blocks.size() >= MAX_BLOCKS) {
      text.setLength(0);
      linkChars = 0;
      return;
    }
    String cleaned = TextShape.cleanLine(text.toString());
    text.setLength(0);
    if (!cleaned.isEmpty()) {
      Element owner = open.getLast();
      blocks.add(new TextBlock(cleaned, owner, Math.min(linkChars, cleaned.length()), kindOf(owner),
          captionDepth > 0));
    }
    linkChars = 0;
  }

  private BlockKind kindOf(Element owner) {
    return switch (owner.normalName()) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> BlockKind.HEADING;
      case "li", "dd", "dt" -> BlockKind.LIST_ITEM;
      default -> quoteDepth > 0 ? BlockKind.QUOTE : BlockKind.PARAGRAPH;
    };
  }

  /** Hidden by the page itself: the hidden attribute, aria-hidden, or an inline display:none. */
  static boolean isHidden(Element element) {
    if (element.attributesSize() == 0) {
      return false;
    }
    if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))) {
      return true;
    }
    String style = element.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String compact = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    return compact.contains("display:none") || compact.contains("visibility:hidden");
  }
}
