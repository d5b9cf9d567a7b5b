package org.vigie.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} values by key: the {@code property}, {@code name} or {@code itemprop}
 * attribute, lower case, with dots read as colons ("og:title", "article:published_time", "author",
 * "dc:creator" for "DC.creator"), each with its values in page order. Space-separated keys ({@code
 * property="og:title twitter:title"}) count for each of their names.
 */
final class MetaTags {
  private final Map<String, List<String>> values = new HashMap<>();
  private final Map<String, Integer> propertyCounts = new HashMap<>();

  static MetaTags read(List<Element> metaElements) {
    MetaTags tags = new MetaTags();
    for (Element meta : metaElements) {
      String content = meta.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String attribute : List.of("property", "name", "itemprop", "http-equiv")) {
        String key = meta.attr(attribute);
        if (key.isEmpty()) {
          continue;
        }
        for (String name : NameHints.tokens(key.toLowerCase(Locale.ROOT))) {
          tags.add(name.replace('.', ':'), content, attribute.equals("property"));
        }
      }
    }
    return tags;
  }

  /**
   * Values stated with {@code property} (RDFa, as OpenGraph and Dublin Core define them) go before
   * those stated with {@code name}, which pages use more loosely; page order within each.
   */
  private void add(String key, String content, boolean property) {
    List<String> list = values.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (property) {
      int at = propertyCounts.merge(key, 1, Integer::sum) - 1;
      list.add(Math.min(at, list.size()), content);
    } else {
      list.add(content);
    }
  }

  /** The first value of the first of these keys that the page gives. */
  Optional<String> first(String... keys) {
    for (String key : keys) {
      List<String> found = values.get(key.replace('.', ':'));
      if (found != null) {
        return Optional.of(found.getFirst());
      }
    }
    return Optional.empty();
  }

  /** Every value of a key, in page order. */
  List<String> all(String key) {
    return values.getOrDefault(key.replace('.', ':'), List.of());
  }
}
