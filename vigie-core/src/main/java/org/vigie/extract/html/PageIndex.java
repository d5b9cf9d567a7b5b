package org.vigie.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The elements that metadata is read from, gathered in one pass over the page rather than one
 * selector query each: {@code <meta>}, JSON-LD scripts, {@code <h1>}, the canonical link, {@code
 * <time>}, {@code itemprop} holders and byline candidates.
 */
final class PageIndex {
  final List<Element> all;
  final List<Element> metas = new ArrayList<>();
  final List<Element> jsonLd = new ArrayList<>();
  final List<Element> headings = new ArrayList<>();
  final List<Element> times = new ArrayList<>();
  final List<Element> itemprops = new ArrayList<>();
  final List<Element> bylines = new ArrayList<>();
  Element canonical;
  String language = "";
  String title = "";

  private PageIndex(List<Element> all) {
    this.all = all;
  }

  static PageIndex of(Document document) {
    PageIndex index = new PageIndex(document.getAllElements());
    boolean inBody = false;
    for (Element element : index.all) {
      switch (element.normalName()) {
        case "html" -> index.language = element.hasAttr("lang") ? element.attr("lang") : element.attr("xml:lang");
        case "body" -> inBody = true;
        case "title" -> {
          if (index.title.isEmpty() && !inBody) {
            index.title = element.text();
          }
        }
        case "meta" -> index.metas.add(element);
        case "script" -> {
          if (element.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
            index.jsonLd.add(element);
          }
        }
        case "h1" -> {
          if (inBody) {
            index.headings.add(element);
          }
        }
        case "link" -> {
          if (index.canonical == null && element.attr("rel").equalsIgnoreCase("canonical") && element.hasAttr("href")) {
            index.canonical = element;
          }
        }
        case "time" -> {
          if (inBody && element.hasAttr("datetime")) {
            index.times.add(element);
          }
        }
        default -> { }
      }
      if (element.attributesSize() == 0 || !inBody) {
        continue;
      }
      if (element.hasAttr("itemprop")) {
        index.itemprops.add(element);
      }
      if (isBylineCandidate(element)) {
        index.bylines.add(element);
      }
    }
    return index;
  }

  private static boolean isBylineCandidate(Element element) {
    if (element.attr("rel").equalsIgnoreCase("author")) {
      return true;
    }
    String names = (element.className() + ' ' + element.id() + ' ' + element.attr("itemprop")).toLowerCase(Locale.ROOT);
    return names.contains("byline") || names.contains("author");
  }
}
