package org.vigie.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds an article's text, as a maximum-sum subtree: every text block gets
 * a score, positive when it reads like article prose and negative when it reads like page
 * furniture (link lists, short labels), weighed by what its ancestors' names say; the container is
 * the element whose blocks add up to the most, the deepest one on a tie. A subtree is the DOM's
 * form of the maximum subsequence of Pasternack and Roth ("Extracting article text from the web
 * with maximum subsequence segmentation", WWW 2009): the article's paragraphs outweigh the
 * boilerplate mixed among them, while the menus, related links and comments around them lower the
 * sum of any larger subtree. The block features (text length, link density, sentence shape) are
 * those of boilerpipe (Kohlschütter et al., "Boilerplate detection using shallow text features",
 * WSDM 2010).
 *
 * <p>Work is linear in the page: one pass down the elements for their name weights, one pass up
 * for the subtree sums.
 */
final class ContentFinder {
  /** Share of the articleBody that a container holds for the articleBody to confirm it. */
  private static final double CONFIRMED_COVERAGE = 0.6;
  /** How much more of the articleBody another container must hold to replace the chosen one. */
  private static final double MIN_COVERAGE_GAIN = 0.2;

  private final List<Element> elements;
  private final Map<Element, Integer> index;
  private final int[] parent;
  private final int[] depth;
  private final int[] ownHint;

  ContentFinder(Element body, NameHints hints) {
    this(body, body.getAllElements(), hints);
  }

  /** With the page's elements in document order, as {@link PageIndex} lists them (only body's are used). */
  ContentFinder(Element body, List<Element> pageElements, NameHints hints) {
    List<Element> all = bodySlice(body, pageElements);
    this.elements = all;
    this.index = new IdentityHashMap<>(all.size() * 2);
    this.index.put(body, 0);
    this.parent = new int[all.size()];
    this.depth = new int[all.size()];
    this.ownHint = new int[all.size()];
    for (int i = 0; i < all.size(); i++) {
      Element element = all.get(i);
      index.put(element, i);
      Integer up = i == 0 ? null : index.get(element.parent());
      parent[i] = up == null ? -1 : up;
      depth[i] = up == null ? 0 : depth[up] + 1;
      ownHint[i] = hints.weight(element);
    }
  }

  /** The body and its descendants: a run of the page's pre-order list that starts at the body. */
  private static List<Element> bodySlice(Element body, List<Element> pageElements) {
    int start = -1;
    for (int i = 0; i < pageElements.size(); i++) {
      if (pageElements.get(i) == body) {
        start = i;
        break;
      }
    }
    if (start < 0) {
      return body.getAllElements();
    }
    // A subtree is contiguous in pre-order: when the page's last element is under the body, so is
    // every element between.
    int end = start + 1;
    if (isUnder(pageElements.getLast(), body)) {
      end = pageElements.size();
    }
    while (end < pageElements.size() && isUnder(pageElements.get(end), body)) {
      end++;
    }
    return pageElements.subList(start, end);
  }

  private static boolean isUnder(Element element, Element body) {
    for (Element e = element.parent(); e != null; e = e.parent()) {
      if (e == body) {
        return true;
      }
    }
    return false;
  }

  /** The chosen container and the blocks inside it, in order. */
  record Found(Element container, List<TextBlock> blocks, double score) {}

  Found find(List<TextBlock> blocks) {
    return find(blocks, this::score);
  }

  /**
   * The container the page's own articleBody points to, when the chosen one holds little of it
   * (comments or a long sidebar outscored a short article): the subtree that agrees most with
   * the articleBody, each block counting its length for when the articleBody holds it and against
   * when not. The chosen container stays when it holds most of the articleBody, when the
   * articleBody is cut short, or when no subtree holds clearly more of it.
   */
  Found confirm(Found found, List<TextBlock> blocks, ArticleBodyHint hint) {
    double held = hint.coverage(texts(found.blocks()));
    if (hint.truncated() || held >= CONFIRMED_COVERAGE) {
      return found;
    }
    Found agreeing = find(blocks, block -> block.caption() ? 0 : block.text().length() * (2 * hint.share(block.text()) - 1));
    double agreeingHeld = hint.coverage(texts(agreeing.blocks()));
    return agreeingHeld >= CONFIRMED_COVERAGE && agreeingHeld >= held + MIN_COVERAGE_GAIN
        ? new Found(agreeing.container(), agreeing.blocks(), score(agreeing.blocks())) : found;
  }

  private static List<String> texts(List<TextBlock> blocks) {
    return blocks.stream().map(TextBlock::text).toList();
  }

  private double score(List<TextBlock> blocks) {
    return blocks.stream().mapToDouble(this::score).sum();
  }

  private Found find(List<TextBlock> blocks, ToDoubleFunction<TextBlock> scoring) {
    double[] sums = new double[elements.size()];
    for (TextBlock block : blocks) {
      Integer owner = index.get(block.owner());
      if (owner != null) {
        sums[owner] += scoring.applyAsDouble(block);
      }
    }
    // Pre-order puts every child after its parent: in reverse order each subtree is complete
    // when it is passed up. A subtree whose names say furniture passes its prose up discounted,
    // or against its parent once the names are clear (a comment thread, a footer), so the
    // element that holds the article and the comments scores below the article alone.
    double[] compared = new double[elements.size()];
    for (int i = elements.size() - 1; i >= 0; i--) {
      int own = ownHint[i];
      double passed = sums[i] > 0 && own < 0 ? sums[i] * Math.max(-0.5, 1 + own / 20.0)
          : sums[i] < 0 && own < 0 ? sums[i] * 1.5 : sums[i];
      // An element's own names weigh less on itself than on what it passes up: a wrapper named
      // "sidebar" may well hold the article, while the comments inside an article must not count.
      compared[i] = sums[i] * (own < 0 ? Math.max(0.3, 1 + own / 40.0) : 1 + own / 50.0);
      if (parent[i] >= 0) {
        sums[parent[i]] += passed;
      }
    }
    int best = 0;
    for (int i = 1; i < compared.length; i++) {
      if (compared[i] > compared[best] + 1e-9
          || Math.abs(compared[i] - compared[best]) <= 1e-9 && depth[i] > depth[best]) {
        best = i;
      }
    }
    Element container = elements.get(best);
    List<TextBlock> inside = new ArrayList<>();
    for (TextBlock block : blocks) {
      if (isInside(block.owner(), best)) {
        inside.add(block);
      }
    }
    return new Found(container, inside, compared[best]);
  }

  /**
   * How much a block speaks for the subtrees around it: its length when it is prose, less its link
   * text; half that for a long line without sentence punctuation; minus part of its link text when
   * it is mostly links; a small minus for a short label.
   */
  double score(TextBlock block) {
    if (block.caption()) {
      return 0;
    }
    int chars = block.text().length();
    double linkDensity = block.linkDensity();
    if (linkDensity > 0.5) {
      return -0.6 * block.linkChars();
    } else if (block.isHeading()) {
      return 0;
    } else if (block.isProse()) {
      return chars * (1 - linkDensity);
    } else if (block.words() >= 8) {
      return 0.5 * chars * (1 - linkDensity);
    }
    return -Math.min(10, chars / 4.0);
  }

  /** The strongest negative name weight on the way from an element up to a container (exclusive), or 0. */
  int innerNegativeHint(Element element, Element container) {
    Integer i = index.get(element);
    int worst = 0;
    for (int at = i == null ? -1 : i; at >= 0 && elements.get(at) != container; at = parent[at]) {
      worst = Math.min(worst, ownHint[at]);
    }
    return worst;
  }

  /** True when the element is the container or inside it. */
  boolean isInside(Element element, Element container) {
    Integer c = index.get(container);
    return c != null && isInside(element, c);
  }

  private boolean isInside(Element element, int container) {
    Integer i = index.get(element);
    if (i == null) {
      return false;
    }
    for (int at = i; at >= 0; at = parent[at]) {
      if (depth[at] < depth[container]) {
        return false;
      }
      if (at == container) {
        return true;
      }
    }
    return false;
  }
}
