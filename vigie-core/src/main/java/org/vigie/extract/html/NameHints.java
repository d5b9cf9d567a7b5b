package org.vigie.extract.html;

import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * What an element's names say about its role: the class, id, role and itemprop attributes that
 * authors give containers ("article-body", "related-stories", "comments", "share-bar"). Names are
 * evidence, not verdicts: they weigh a block's score up or down, as the class-name weights of
 * Readability (Mozilla, {@code Readability.js} {@code _getClassWeight}) and trafilatura's
 * boilerplate expressions do; only a handful of unambiguous tags (nav, aside, footer) weigh as
 * much as a name.
 *
 * <p>Names are split into lower-case words at punctuation and camel-case humps
 * ("relatedStories" gives "related" and "stories"); a word is looked up whole, and a few roots also
 * as the start of a word ("commentlist", "sharebar"). Stateless apart from bounded caches of the
 * weight of each distinct attribute string, safe to share between threads.
 */
final class NameHints {
  /** Weight of a word that marks page furniture outright. */
  static final int BOILERPLATE = -25;
  /** Weight of a word that marks text around an article (bylines, tags, captions). */
  static final int PERIPHERAL = -12;
  /** Weight of a word that marks the article's text itself. */
  static final int ARTICLE_BODY = 25;
  /** Weight of a word that often names a content container. */
  static final int CONTENT = 8;

  private static final Map<String, Integer> WORDS = new HashMap<>();
  private static final List<String> BOILERPLATE_ROOTS = List.of("comment", "share", "sharing", "social", "sidebar",
      "related", "recommend", "newsletter", "subscri", "advert", "sponsor", "cookie", "consent", "outbrain",
      "taboola", "recirc", "promo", "breadcrumb", "popup", "modal", "trending", "disqus", "signup",
      "masthead", "footer", "navbar", "navigation", "paywall", "teaser");

  static {
    for (String word : List.of("comment", "comments", "related", "share", "sharing", "social", "sidebar", "footer",
        "nav", "navbar", "navigation", "menu", "newsletter", "subscribe", "subscription", "advert", "advertisement",
        "ads", "ad", "adv", "dfp", "gpt", "sponsor", "sponsored", "cookie", "cookies", "consent", "gdpr", "outbrain",
        "taboola", "recirc", "promo", "promotion", "breadcrumb", "breadcrumbs", "popup", "modal",
        "trending", "popular", "disqus", "signup", "masthead", "banner", "skip", "toolbar", "pagination", "pager",
        "sharedaddy", "addtoany", "jp-relatedposts", "yarpp",
        "recommended", "recommendations", "more", "also", "next", "prev", "previous", "login", "paywall",
        "overlay", "hidden", "print", "rating", "sitemap", "links", "follow", "inline-related", "teaser", "teasers",
        "carousel", "slider", "gallery", "slideshow", "mostread", "most", "tools", "utility", "rail", "aside",
        "complementary",
        "contentinfo")) {
      WORDS.put(word, BOILERPLATE);
    }
    for (String word : List.of("byline", "author", "authors", "bio", "meta", "metadata", "tags", "tag", "topics",
        "caption", "captions", "credit", "credits", "figcaption", "dateline", "date", "timestamp", "time",
        "headline", "title", "kicker", "disclaimer", "copyright", "source", "label", "info", "header", "widget",
        "widgets")) {
      WORDS.putIfAbsent(word, PERIPHERAL);
    }
    for (String word : List.of("articlebody", "storybody", "postbody", "entrycontent", "postcontent",
        "articlecontent", "storycontent", "bodytext", "richtext", "prose", "blogpost")) {
      WORDS.put(word, ARTICLE_BODY);
    }
    for (String word : List.of("article", "content", "entry", "post", "story", "text", "body", "main", "blog",
        "page", "single", "paragraph", "paragraphs")) {
      WORDS.put(word, CONTENT);
    }
  }

  /** Class names that hide an element from sight: screen-reader text, hover cards, collapsed states. */
  private static final java.util.Set<String> INVISIBLE_CLASSES = java.util.Set.of("hidden", "hide", "d-none",
      "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screenreader-only", "screen-reader-only",
      "element-invisible", "offscreen", "is-hidden", "u-hidden", "tooltip", "popover", "invisible", "a11y-only");
  /** Words that name a figure's caption or credit. */
  private static final java.util.Set<String> CAPTION_WORDS = java.util.Set.of("caption", "captions", "figcaption",
      "credit", "credits", "copyright", "photocredit", "imagecredit");

  private static final List<String> NAME_ATTRIBUTES = List.of("class", "id", "role", "itemprop", "data-component");

  /**
   * Pages of one site share their class names, so results are cached across pages and threads;
   * the caches are emptied when they reach {@link #MAX_CACHED} names, so hostile pages cannot grow
   * them without bound.
   */
  private static final int MAX_CACHED = 100_000;
  private static final Map<String, int[]> cache = new ConcurrentHashMap<>();
  private static final Map<String, Boolean> invisibleCache = new ConcurrentHashMap<>();
  private static final Map<String, Boolean> captionCache = new ConcurrentHashMap<>();

  private static <V> V cached(Map<String, V> cache, String key, Function<String, V> compute) {
    V value = cache.get(key);
    if (value == null) {
      if (cache.size() >= MAX_CACHED) {
        cache.clear();
      }
      value = compute.apply(key);
      cache.put(key, value);
    }
    return value;
  }

  /** True when the element's classes say that readers do not see it. */
  boolean isInvisible(Element element) {
    String classes = element.className();
    if (classes.isEmpty() || isPageRoot(element)) {
      return false;
    }
    return cached(invisibleCache, classes, c -> {
      for (String name : tokens(c.toLowerCase(Locale.ROOT))) {
        // A hover card ("rollover-people-block") is hidden until hovered; the link it hangs on is text.
        if (INVISIBLE_CLASSES.contains(name) || name.startsWith("rollover") && name.endsWith("block")) {
          return true;
        }
      }
      return false;
    });
  }

  /** True when the element's class or id names it as a caption or a picture credit. */
  boolean isCaption(Element element) {
    if (element.attributesSize() == 0 || isPageRoot(element)) {
      return false;
    }
    return namesCaption(element.className()) || namesCaption(element.id());
  }

  private boolean namesCaption(String names) {
    if (names.isEmpty()) {
      return false;
    }
    return cached(captionCache, names, n -> {
      for (String word : words(n)) {
        if (CAPTION_WORDS.contains(word)) {
          return true;
        }
      }
      return false;
    });
  }

  /**
   * The weight of an element's own names and tag; 0 when they say nothing. The names of {@code
   * <html>} and {@code <body>} are not read: they describe the whole page (feature flags, page
   * types), not a part of it.
   */
  int weight(Element element) {
    if (isPageRoot(element)) {
      return 0;
    }
    int tagWeight = switch (element.normalName()) {
      case "nav", "aside", "footer" -> BOILERPLATE;
      case "article", "main" -> CONTENT;
      case "figcaption" -> PERIPHERAL;
      default -> 0;
    };
    if (element.attributesSize() == 0) {
      return tagWeight;
    }
    int negative = 0;
    int positive = 0;
    for (String attribute : NAME_ATTRIBUTES) {
      String names = element.attr(attribute);
      if (names.isEmpty() || attribute.equals("id") && isSlug(names)) {
        continue;
      }
      // Ids are mostly unique ("post-18834"), so caching them would only churn the cache.
      int[] weights = attribute.equals("id") ? weightsOfNames(names) : cached(cache, names, NameHints::weightsOfNames);
      negative = Math.min(negative, weights[0]);
      positive = Math.max(positive, weights[1]);
    }
    return tagWeight + negative + positive;
  }

  /**
   * An id made from a heading's words ("sharing-with-a-single-developer", as documentation and
   * wiki engines make anchors) names the text, not the element's role.
   */
  private static boolean isSlug(String id) {
    int separators = 0;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '-' || c == '_' || c == '.') {
        separators++;
      }
    }
    return separators >= 3;
  }

  private static boolean isPageRoot(Element element) {
    String tag = element.normalName();
    return tag.equals("body") || tag.equals("html");
  }

  /**
   * Strongest evidence wins in each direction: the most negative word plus the most positive one,
   * so that "article-comments" stays negative and "article-body main" does not count twice.
   */
  static int weightOfNames(String names) {
    int[] weights = weightsOfNames(names);
    return weights[0] + weights[1];
  }

  /** The most negative and the most positive word weight of a name attribute. */
  private static int[] weightsOfNames(String names) {
    int negative = 0;
    int positive = 0;
    // Compound words first ("article-body", "story_body", "articleBody" all give "articlebody").
    for (String part : tokens(names)) {
      Integer compound = WORDS.get(lettersOnly(part));
      if (compound != null && compound == ARTICLE_BODY) {
        positive = Math.max(positive, ARTICLE_BODY);
      }
      for (String word : words(part)) {
        int w = wordWeight(word);
        negative = Math.min(negative, w);
        positive = Math.max(positive, w);
      }
    }
    return new int[] {negative, positive};
  }

  private static int wordWeight(String word) {
    Integer known = WORDS.get(word);
    if (known != null) {
      return known;
    }
    for (String root : BOILERPLATE_ROOTS) {
      if (word.startsWith(root) && !word.startsWith("commentary") && !word.startsWith("commentisfree")) {
        return BOILERPLATE;
      }
    }
    return 0;
  }

  /** The white-space separated tokens of an attribute value. */
  static List<String> tokens(String value) {
    List<String> tokens = new java.util.ArrayList<>(4);
    int start = -1;
    for (int i = 0; i <= value.length(); i++) {
      boolean space = i == value.length() || Character.isWhitespace(value.charAt(i));
      if (space && start >= 0) {
        tokens.add(value.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return tokens;
  }

  /** "article-body", "story_body", "articleBody" all give "articlebody". */
  private static String lettersOnly(String name) {
    StringBuilder letters = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'a' && c <= 'z') {
        letters.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        letters.append((char) (c + 32));
      }
    }
    return letters.toString();
  }

  /** Lower-case words of a name, split at anything but letters and at camel-case humps. */
  static List<String> words(String name) {
    List<String> words = new java.util.ArrayList<>(4);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      boolean hump = c >= 'A' && c <= 'Z' && i > 0 && name.charAt(i - 1) >= 'a' && name.charAt(i - 1) <= 'z';
      if (!letter || hump) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
      }
      if (letter) {
        word.append(Character.toLowerCase(c));
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }
}
