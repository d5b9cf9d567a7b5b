package org.vigie.extract.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The schema.org article that a page describes in JSON-LD ({@code <script
 * type="application/ld+json">}): the first object typed as an article (NewsArticle, BlogPosting,
 * ReportageNewsArticle and the other subtypes of CreativeWork that are articles), found at the
 * top level, in an array, in an {@code @graph} or as a page's {@code mainEntity}. Malformed
 * scripts are skipped; sizes and nesting are bounded.
 */
record JsonLdArticle(
    Optional<String> headline,
    Optional<String> name,
    List<String> authors,
    Optional<String> datePublished,
    Optional<String> dateModified,
    Optional<String> publisher,
    Optional<String> section,
    List<String> keywords,
    Optional<String> description,
    Optional<String> image,
    Optional<String> url,
    Optional<String> language,
    Optional<String> articleBody) {

  static final JsonLdArticle NONE = new JsonLdArticle(Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty());

  private static final int MAX_SCRIPT_CHARS = 2_000_000;
  /** Some pages wrap their JSON-LD in a CDATA section, as XHTML wanted. */
  private static final java.util.regex.Pattern CDATA = java.util.regex.Pattern.compile("^\\s*<!\\[CDATA\\[|\\]\\]>\\s*$");
  private static final int MAX_NODES = 20_000;
  private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "analysisnewsarticle",
      "askpublicnewsarticle", "backgroundnewsarticle", "opinionnewsarticle", "reportagenewsarticle",
      "reviewnewsarticle", "report", "satiricalarticle", "scholarlyarticle", "medicalscholarlyarticle",
      "socialmediaposting", "blogposting", "liveblogposting", "discussionforumposting", "techarticle",
      "advertisercontentarticle", "review", "creativework", "webpage", "itempage", "medicalwebpage");
  /** Types that describe an article less specifically than a real article type: used only when no article is found. */
  private static final Set<String> WEAK_TYPES = Set.of("creativework", "webpage", "itempage", "medicalwebpage", "review");

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .build();

  static {
    MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
  }

  static JsonLdArticle read(List<Element> scripts) {
    JsonNode strong = null;
    JsonNode weak = null;
    for (Element script : scripts) {
      String data = script.data();
      if (data.isBlank() || data.length() > MAX_SCRIPT_CHARS) {
        continue;
      }
      JsonNode root;
      try {
        root = MAPPER.readTree(CDATA.matcher(data).replaceAll(""));
      } catch (JsonProcessingException | RuntimeException e) {
        continue;
      }
      Deque<JsonNode> queue = new ArrayDeque<>();
      queue.add(root);
      int seen = 0;
      while (!queue.isEmpty() && seen++ < MAX_NODES) {
        JsonNode node = queue.poll();
        if (node == null) {
          continue;
        }
        if (node.isArray()) {
          node.forEach(queue::add);
          continue;
        }
        if (!node.isObject()) {
          continue;
        }
        String type = typeOf(node);
        if (type != null) {
          if (!WEAK_TYPES.contains(type) && strong == null && ARTICLE_TYPES.contains(type)) {
            strong = node;
          } else if (WEAK_TYPES.contains(type) && weak == null && node.has("headline")) {
            weak = node;
          }
        }
        if (node.has("@graph")) {
          queue.add(node.get("@graph"));
        }
        if (node.has("mainEntity")) {
          queue.add(node.get("mainEntity"));
        }
        if (node.has("mainEntityOfPage") && node.get("mainEntityOfPage").isObject()) {
          queue.add(node.get("mainEntityOfPage"));
        }
      }
      if (strong != null) {
        break;
      }
    }
    JsonNode article = strong != null ? strong : weak;
    return article == null ? NONE : from(article);
  }

  /** The most specific article type among an object's types, lower case, or null. */
  private static String typeOf(JsonNode node) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return null;
    }
    String best = null;
    for (JsonNode t : type.isArray() ? type : List.of(type)) {
      String name = t.asText("").toLowerCase(Locale.ROOT).replaceFirst("^.*[/:]", "");
      if (ARTICLE_TYPES.contains(name) && (best == null || WEAK_TYPES.contains(best))) {
        best = name;
      }
    }
    return best;
  }

  private static JsonLdArticle from(JsonNode a) {
    return new JsonLdArticle(text(a.get("headline")), text(a.get("name")), names(a.get("author")), text(a.get("datePublished")).or(
        () -> text(a.get("dateCreated"))), text(a.get("dateModified")), name(a.get("publisher")),
        firstText(a.get("articleSection")), keywords(a.get("keywords")), text(a.get("description")),
        url(a.get("image")), url(a.get("url")).or(() -> url(a.get("mainEntityOfPage"))),
        text(a.get("inLanguage")).or(() -> name(a.get("inLanguage"))), text(a.get("articleBody")));
  }

  private static Optional<String> text(JsonNode node) {
    if (node == null || !node.isValueNode()) {
      return Optional.empty();
    }
    String value = node.asText("").strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  private static Optional<String> firstText(JsonNode node) {
    if (node != null && node.isArray()) {
      return node.isEmpty() ? Optional.empty() : text(node.get(0));
    }
    return text(node);
  }

  private static Optional<String> name(JsonNode node) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isArray()) {
      return node.isEmpty() ? Optional.empty() : name(node.get(0));
    }
    return node.isObject() ? text(node.get("name")) : text(node);
  }

  private static Optional<String> url(JsonNode node) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isArray()) {
      return node.isEmpty() ? Optional.empty() : url(node.get(0));
    }
    if (node.isObject()) {
      return text(node.get("url")).or(() -> text(node.get("@id")));
    }
    return text(node);
  }

  /** Author names: strings, Person or Organization objects, or arrays of them; duplicates once. */
  private static List<String> names(JsonNode node) {
    Set<String> names = new LinkedHashSet<>();
    if (node != null) {
      for (JsonNode author : node.isArray() ? node : List.of(node)) {
        name(author).map(n -> n.replaceAll("\\s+", " ")).filter(n -> !n.startsWith("http")).ifPresent(names::add);
      }
    }
    return List.copyOf(names);
  }

  private static List<String> keywords(JsonNode node) {
    List<String> keywords = new ArrayList<>();
    if (node == null) {
      return keywords;
    }
    if (node.isArray()) {
      node.forEach(k -> text(k).ifPresent(keywords::add));
    } else {
      text(node).ifPresent(k -> {
        for (String part : k.split(",")) {
          if (!part.isBlank()) {
            keywords.add(part.strip());
          }
        }
      });
    }
    return keywords;
  }
}
