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
 * markup is shared with the teasers and sidebars around it. The document's {@code <title>} comes
 * last for the title, as it usually carries the site's name ("… | Site").
 */
final class MetadataReader {
  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])(?:[/-](0?[1-9]|[12]\\d|3[01]))?(?=[/._-])");
  private static final Pattern BYLINE_WORD = Pattern.compile(
      "^(?i:by|par|von|por|di|door|de|from|written by|posted by|auteur|autor)\\s*:?\\s+");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·:»/]{1,2}\\s+");
  private static final int MAX_BYLINE_CHARS = 120;
  /** Words of the lines around a byline that are not names: follow buttons, datelines. */
  private static final Pattern NOT_A_NAME = Pattern.compile(
      "(?i)\\b(?:follow|updated|published|posted|modified|share|comments?)\\b|:$");

  private MetadataReader() {}

  static PageMetadata read(Document document, Optional<URI> url, Optional<String> headerLanguage) {
    return read(PageIndex.of(document), url, headerLanguage);
  }

  static PageMetadata read(PageIndex page, Optional<URI> url, Optional<String> headerLanguage) {
    MetaTags meta = MetaTags.read(page.metas);
    JsonLdArticle ld = JsonLdArticle.read(page.jsonLd);

    Optional<String> siteName = first(
        ld::publisher,
        () -> meta.first("og:site_name"),
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
   * The headline, then its other forms. Stated titles come first, JSON-LD, then Dublin Core,
   * OpenGraph, Twitter and the other conventions; without any, the document's {@code <title>},
   * which usually carries the site's name: the {@code <h1>} it starts with, or the title without
   * the site's name.
   */
  private static List<String> titles(PageIndex page, MetaTags meta, JsonLdArticle ld, Optional<String> siteName) {
    List<String> stated = new ArrayList<>();
    String documentTitle = TextShape.cleanLine(page.title);
    jsonLdTitle(ld, documentTitle + " " + meta.first("og:title").orElse("")).ifPresent(stated::add);
    meta.first("dc:title", "dcterm:title", "dcterms:title").ifPresent(stated::add);
    meta.first("og:title").ifPresent(stated::add);
    meta.first("twitter:title").ifPresent(stated::add);
    meta.first("parsely-title", "sailthru:title", "headline", "title").ifPresent(stated::add);
    List<String> cleaned = new ArrayList<>(stated.stream().map(TextShape::cleanLine).filter(t -> !t.isEmpty()).toList());

    Set<String> titles = new LinkedHashSet<>();
    if (!cleaned.isEmpty()) {
      titles.add(cleaned.getFirst());
    } else if (!documentTitle.isEmpty()) {
      titles.add(headingOfTitle(page, documentTitle).orElseGet(() -> withoutSiteName(documentTitle, siteName)));
    }
    titles.addAll(cleaned);
    if (!documentTitle.isEmpty()) {
      titles.add(documentTitle);
    }
    return List.copyOf(titles);
  }

  /**
   * The JSON-LD headline, or its name when the two differ and only the name agrees with the
   * document's other titles (some sites put the site's or a category's name in one of them).
   */
  private static Optional<String> jsonLdTitle(JsonLdArticle ld, String otherTitles) {
    if (ld.headline().isEmpty() || ld.name().isEmpty() || ld.headline().equals(ld.name())) {
      return ld.headline().or(ld::name);
    }
    String title = TextShape.comparisonKey(otherTitles);
    boolean headlineAgrees = title.contains(TextShape.comparisonKey(ld.headline().get()));
    boolean nameAgrees = title.contains(TextShape.comparisonKey(ld.name().get()));
    return nameAgrees && !headlineAgrees ? ld.name() : ld.headline();
  }

  /** The visible {@code <h1>} that the document title equals or starts with, before a separator. */
  private static Optional<String> headingOfTitle(PageIndex page, String documentTitle) {
    String titleKey = TextShape.comparisonKey(documentTitle);
    for (Element h1 : page.headings) {
      String heading = TextShape.cleanLine(h1.text());
      if (heading.isEmpty() || heading.length() > 300) {
        continue;
      }
      String key = TextShape.comparisonKey(heading);
      if (titleKey.equals(key) || titleKey.startsWith(key) && documentTitle.length() > heading.length()
          && TITLE_SEPARATOR.matcher(documentTitle.substring(heading.length())).lookingAt()) {
        return Optional.of(heading);
      }
    }
    return Optional.empty();
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
    for (String key : List.of("dc:creator", "dcterm:creator", "dcterms:creator", "author", "article:author",
        "og:article:author", "parsely-author", "sailthru:author", "byl", "citation_author")) {
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

  /**
   * The byline the page prints: the most specific author element first (a link with {@code
   * rel=author}, then an {@code itemprop=author} with its name, then an element named "author",
   * then one named "byline"), its text without the "By" and the date that often follow the name.
   */
  private static Optional<String> printedByline(PageIndex page) {
    for (int rank = 0; rank < 4; rank++) {
      for (Element element : page.bylines) {
        if (bylineRank(element) != rank || BlockCollector.isHidden(element)) {
          continue;
        }
        String text = bylineText(element);
        if (!text.isEmpty() && text.length() <= MAX_BYLINE_CHARS && TextShape.words(text) <= 8
            && text.indexOf('@') < 0 && !NOT_A_NAME.matcher(text).find()
            && !TextShape.endsSentence(text.replaceAll("\\b\\p{Lu}\\.$", ""))) {
          return Optional.of(text);
        }
      }
    }
    return Optional.empty();
  }

  /** 0 for rel=author, 1 for itemprop=author, 2 for an "author" name, 3 for a "byline" name, 4 for none. */
  private static int bylineRank(Element element) {
    String names = (element.className() + ' ' + element.id()).toLowerCase(Locale.ROOT);
    if (names.contains("comment")) {
      return 4;
    }
    if (element.attr("rel").equalsIgnoreCase("author")) {
      return 0;
    }
    if (element.attr("itemprop").toLowerCase(Locale.ROOT).contains("author")) {
      return 1;
    }
    return names.contains("author") ? 2 : names.contains("byline") ? 3 : 4;
  }

  private static String bylineText(Element element) {
    Element name = element.selectFirst("[itemprop=name]");
    String text = TextShape.cleanLine(name != null ? name.text() : element.text());
    text = stripBylineWord(text);
    List<org.vigie.time.DateMention> dates = org.vigie.time.AbsoluteDates.find(text);
    if (!dates.isEmpty()) {
      text = text.substring(0, dates.getFirst().start());
    }
    return text.replaceAll("[\\s,|·•–—-]+$", "").strip();
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
