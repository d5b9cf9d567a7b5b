package org.vigie.extract.html;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.vigie.model.Precision;
import org.vigie.model.Published;
import org.vigie.text.TextShape;

/**
 * Reads what a page states about its article, field by field, from every source a publisher may
 * use, and resolves disagreements by one rule.
 *
 * <p><b>Precedence.</b> For each field the sources are asked in this order, and the first usable
 * value wins:
 * <ol>
 *   <li>the JSON-LD article object (schema.org), which publishers write for machines, per article;
 *   <li>OpenGraph and {@code article:*} properties, then the other {@code <meta>} conventions
 *       (Dublin Core, Parse.ly, Sailthru, {@code name=author});
 *   <li>microdata ({@code itemprop}) in the page body;
 *   <li>what the page prints for readers: {@code <time>} elements, byline elements and "By …"
 *       lines;
 *   <li>the URL ({@code /2019/11/18/}), for the publication date only.
 * </ol>
 * Machine-readable statements come first because they are meant to describe this article; printed
 * markup is shared with the teasers and sidebars around it. One exception: the title is the
 * headline the page prints in {@code <h1>} when that agrees with a stated title, since stated
 * titles often carry the site's name ("… | Site").
 */
final class MetadataReader {
  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])(?:[/-](0?[1-9]|[12]\\d|3[01]))?(?=[/._-])");
  private static final Pattern BYLINE_WORD = Pattern.compile(
      "^(?i:by|par|von|por|di|door|de|from|written by|posted by|auteur|autor)\\s*:?\\s+");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·:»/]{1,2}\\s+");
  private static final int MAX_BYLINE_CHARS = 120;

  private MetadataReader() {}

  static PageMetadata read(Document document, Optional<URI> url, Optional<String> headerLanguage) {
    return read(PageIndex.of(document), url, headerLanguage);
  }

  static PageMetadata read(PageIndex page, Optional<URI> url, Optional<String> headerLanguage) {
    MetaTags meta = MetaTags.read(page.metas);
    JsonLdArticle ld = JsonLdArticle.read(page.jsonLd);

    Optional<String> siteName = first(
        () -> meta.first("og:site_name"),
        ld::publisher,
        () -> meta.first("application-name", "al:android:app_name", "al:iphone:app_name"));

    List<String> authors = authors(page, meta, ld);
    Optional<String> byline = authors.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", authors));

    Optional<Published> published = first(
        () -> ld.datePublished().flatMap(DateValues::parse),
        () -> metaDate(meta, "article:published_time", "og:published_time", "article:published", "datepublished",
            "pubdate", "publishdate", "publish-date", "publish_date", "published_time", "published-date",
            "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
            "dcterms.created", "dc.date.created", "date", "article.published", "article_date_original",
            "original-publish-date", "cxenseparse:recs:publishtime", "og:article:published_time"),
        () -> itempropDate(page, "datePublished"),
        () -> timeElement(page),
        () -> url.flatMap(MetadataReader::urlDate));
    Optional<Published> modified = first(
        () -> ld.dateModified().flatMap(DateValues::parse),
        () -> metaDate(meta, "article:modified_time", "og:updated_time", "article:modified", "datemodified",
            "last-modified", "dcterms.modified", "dc.date.modified", "lastmod", "modified_time"),
        () -> itempropDate(page, "dateModified"));

    Optional<String> section = first(ld::section, () -> meta.first("article:section", "section", "parsely-section",
        "og:article:section"));
    List<String> tags = tags(meta, ld);
    Optional<String> language = first(
        () -> nonEmpty(page.language),
        () -> meta.first("content-language", "language", "dc.language", "og:locale"),
        ld::language,
        () -> headerLanguage).flatMap(MetadataReader::languageCode);
    Optional<String> canonical = first(
        () -> absolute(page.canonical, "href"),
        () -> meta.first("og:url"),
        ld::url).filter(u -> u.startsWith("http://") || u.startsWith("https://"));
    Optional<String> image = first(() -> meta.first("og:image", "og:image:url", "og:image:secure_url"), ld::image,
        () -> meta.first("twitter:image", "twitter:image:src"));
    Optional<String> description = first(() -> meta.first("og:description"), () -> meta.first("description"),
        ld::description, () -> meta.first("twitter:description")).map(TextShape::cleanLine);

    List<String> titles = titles(page, meta, ld, siteName);
    boolean declaresArticle = ld.headline().isPresent() && ld.datePublished().isPresent()
        || meta.first("og:type").filter(t -> t.toLowerCase(Locale.ROOT).contains("article")).isPresent();
    return new PageMetadata(titles, byline, authors, published, modified, section.map(TextShape::cleanLine), tags,
        language, canonical, siteName.map(TextShape::cleanLine), image, description, ld.articleBody(),
        declaresArticle);
  }

  @SafeVarargs
  private static <T> Optional<T> first(Supplier<Optional<T>>... sources) {
    for (Supplier<Optional<T>> source : sources) {
      Optional<T> value = source.get();
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> nonEmpty(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  // ------------------------------------------------------------------------------------ title

  /**
   * The headline, then its other forms. A visible {@code <h1>} that a stated title starts with or
   * equals is the headline; otherwise the first stated title, JSON-LD before OpenGraph before
   * {@code <title>}, the latter without a site name after a separator.
   */
  private static List<String> titles(PageIndex page, MetaTags meta, JsonLdArticle ld, Optional<String> siteName) {
    List<String> stated = new ArrayList<>();
    ld.headline().ifPresent(stated::add);
    meta.first("og:title").ifPresent(stated::add);
    meta.first("twitter:title").ifPresent(stated::add);
    meta.first("dc.title", "dcterms.title", "parsely-title", "sailthru.title", "headline", "title").ifPresent(stated::add);
    String documentTitle = page.title;
    if (!documentTitle.isBlank()) {
      stated.add(documentTitle);
    }
    List<String> cleaned = stated.stream().map(TextShape::cleanLine).filter(t -> !t.isEmpty()).toList();

    Set<String> titles = new LinkedHashSet<>();
    for (Element h1 : page.headings) {
      String heading = TextShape.cleanLine(h1.text());
      if (heading.isEmpty() || heading.length() > 300) {
        continue;
      }
      String key = TextShape.comparisonKey(heading);
      for (String title : cleaned) {
        String titleKey = TextShape.comparisonKey(title);
        if (titleKey.equals(key) || titleKey.startsWith(key) && TITLE_SEPARATOR.matcher(
            title.substring(Math.min(title.length(), heading.length()))).lookingAt()) {
          titles.add(heading);
          break;
        }
      }
      if (!titles.isEmpty()) {
        break;
      }
    }
    if (titles.isEmpty() && !cleaned.isEmpty()) {
      String best = cleaned.getFirst();
      titles.add(best.equals(TextShape.cleanLine(documentTitle)) || !ld.headline().isPresent() ? withoutSiteName(best, siteName) : best);
    }
    titles.addAll(cleaned);
    return List.copyOf(titles);
  }

  /** "Headline | Site" gives "Headline": drops a segment that names the site, or a short last one. */
  static String withoutSiteName(String title, Optional<String> siteName) {
    Matcher separator = TITLE_SEPARATOR.matcher(title);
    List<int[]> cuts = new ArrayList<>();
    while (separator.find()) {
      cuts.add(new int[] {separator.start(), separator.end()});
    }
    if (cuts.isEmpty()) {
      return title;
    }
    String siteKey = siteName.map(TextShape::comparisonKey).orElse("");
    int[] last = cuts.getLast();
    String tail = title.substring(last[1]);
    String head = title.substring(0, last[0]);
    if (!siteKey.isEmpty() && TextShape.comparisonKey(tail).equals(siteKey)) {
      return head.strip();
    }
    int[] firstCut = cuts.getFirst();
    String lead = title.substring(0, firstCut[0]);
    if (!siteKey.isEmpty() && TextShape.comparisonKey(lead).equals(siteKey)) {
      return title.substring(firstCut[1]).strip();
    }
    if (TextShape.words(tail) <= 4 && TextShape.words(head) >= 4 && !title.substring(last[0], last[1]).contains(":")) {
      return head.strip();
    }
    return title;
  }

  // ---------------------------------------------------------------------------------- authors

  private static List<String> authors(PageIndex page, MetaTags meta, JsonLdArticle ld) {
    if (!ld.authors().isEmpty()) {
      return ld.authors().stream().map(TextShape::cleanLine).filter(MetadataReader::isName).toList();
    }
    for (String key : List.of("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
        "sailthru.author", "byl", "twitter:creator:name", "citation_author")) {
      List<String> names = meta.all(key).stream().map(TextShape::cleanLine).map(MetadataReader::stripBylineWord)
          .filter(MetadataReader::isName).distinct().toList();
      if (!names.isEmpty()) {
        return names;
      }
    }
    return printedByline(page).map(List::of).orElse(List.of());
  }

  /** A name, not a URL, a handle or a sentence. */
  private static boolean isName(String value) {
    return !value.isEmpty() && value.length() <= MAX_BYLINE_CHARS && !value.startsWith("http")
        && !value.startsWith("@") && !value.contains("://") && TextShape.words(value) <= 15;
  }

  /** The byline the page prints: an author link or an element named as a byline or author. */
  private static Optional<String> printedByline(PageIndex page) {
    return page.bylines.stream()
        .filter(e -> !BlockCollector.isHidden(e))
        .map(MetadataReader::bylineText)
        .filter(t -> !t.isEmpty() && t.length() <= MAX_BYLINE_CHARS && TextShape.words(t) <= 12
            && !TextShape.endsSentence(t) || t.endsWith(".") && TextShape.words(t) <= 6 && !t.isEmpty())
        .findFirst();
  }

  private static String bylineText(Element element) {
    Element name = element.hasAttr("itemscope") ? element.selectFirst("[itemprop=name]") : null;
    String text = TextShape.cleanLine(name != null ? name.text() : element.text());
    return stripBylineWord(text);
  }

  static String stripBylineWord(String text) {
    return BYLINE_WORD.matcher(text).replaceFirst("").strip();
  }

  // ------------------------------------------------------------------------------------ dates

  private static Optional<Published> metaDate(MetaTags meta, String... keys) {
    for (String key : keys) {
      for (String value : meta.all(key)) {
        Optional<Published> date = DateValues.parse(value);
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Published> itempropDate(PageIndex page, String property) {
    for (Element element : page.itemprops) {
      if (!element.attr("itemprop").equals(property)) {
        continue;
      }
      String value = element.hasAttr("datetime") ? element.attr("datetime")
          : element.hasAttr("content") ? element.attr("content") : element.text();
      Optional<Published> date = DateValues.parse(value);
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  /** A {@code <time pubdate>}, else the first {@code <time datetime>} in an article element or the page. */
  private static Optional<Published> timeElement(PageIndex page) {
    Optional<Element> time = page.times.stream().filter(t -> t.hasAttr("pubdate")).findFirst()
        .or(() -> page.times.stream().filter(t -> t.closest("article") != null).findFirst())
        .or(() -> page.times.stream().findFirst());
    return time.flatMap(t -> DateValues.parse(t.attr("datetime")));
  }

  /** "/2019/11/18/" gives that day; "/2019/11/" that month. */
  static Optional<Published> urlDate(URI url) {
    String path = url.getRawPath();
    if (path == null) {
      return Optional.empty();
    }
    Matcher m = URL_DATE.matcher(path);
    if (!m.find()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    if (m.group(3) == null) {
      return Optional.of(new Published(String.format(Locale.ROOT, "%04d-%02d", year, month), Precision.MONTH, false));
    }
    try {
      return Optional.of(new Published(java.time.LocalDate.of(year, month, Integer.parseInt(m.group(3))).toString(),
          Precision.DAY, false));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  // ------------------------------------------------------------------------------- the rest

  private static List<String> tags(MetaTags meta, JsonLdArticle ld) {
    Set<String> tags = new LinkedHashSet<>();
    meta.all("article:tag").forEach(t -> tags.add(TextShape.cleanLine(t)));
    if (tags.isEmpty()) {
      tags.addAll(ld.keywords());
    }
    if (tags.isEmpty()) {
      meta.first("news_keywords", "keywords").ifPresent(k -> {
        for (String part : k.split(",")) {
          if (!part.isBlank()) {
            tags.add(TextShape.cleanLine(part));
          }
        }
      });
    }
    tags.removeIf(t -> t.isEmpty() || t.length() > 100);
    return List.copyOf(tags);
  }

  /** "en-US", "en_GB", "fr" give the ISO 639 primary language in lower case; anything else, nothing. */
  static Optional<String> languageCode(String tag) {
    String primary = tag.strip().split("[-_,;\\s]")[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? Optional.of(primary) : Optional.empty();
  }

  private static Optional<String> absolute(Element element, String attribute) {
    if (element == null) {
      return Optional.empty();
    }
    String value = element.absUrl(attribute);
    return value.isEmpty() ? nonEmpty(element.attr(attribute)) : Optional.of(value);
  }
}
