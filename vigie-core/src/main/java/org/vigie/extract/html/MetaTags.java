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
 * attribute, lower case ("og:title", "article:published_time", "author", "dc.creator"), each with
 * its values in page order. Space-separated keys ({@code property="og:title twitter:title"}) count
 * for each of their names.
 */
final class MetaTags {
  private final Map<String, List<String>> values = new HashMap<>();

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
          tags.values.computeIfAbsent(name, k -> new ArrayList<>(1)).add(content);
        }
      }
    }
    return tags;
  }

  /** The first value of the first of these keys that the page gives. */
  Optional<String> first(String... keys) {
    for (String key : keys) {
      List<String> found = values.get(key);
      if (found != null) {
        return Optional.of(found.getFirst());
      }
    }
    return Optional.empty();
  }

  /** Every value of a key, in page order. */
  List<String> all(String key) {
    return values.getOrDefault(key, List.of());
  }
}
