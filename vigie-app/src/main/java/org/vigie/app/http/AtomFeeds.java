package org.vigie.app.http;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.vigie.model.Article;
import org.vigie.model.Published;
import org.vigie.store.SearchHit;
import org.vigie.store.SearchRequest;
import org.vigie.store.SearchResults;
import org.vigie.store.SearchSort;

/**
 * Atom feeds (RFC 4287) of the newest articles of a search, a country or an entity:
 * {@code /feeds/search.atom?q=…}, {@code /feeds/country/{CC}.atom}, {@code /feeds/entity/{id}.atom}.
 * Entry ids are the article's ({@code urn:vigie:article:ID}), so a reader never sees an article
 * twice; feed ids name what the feed follows, so that they stay the same across requests.
 */
final class AtomFeeds {
  static final int ENTRIES = 50;
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String COUNTRY = "/feeds/country/";
  private static final String ENTITY = "/feeds/entity/";
  private static final String SUFFIX = ".atom";

  private final NewsViews views;

  AtomFeeds(NewsViews views) {
    this.views = views;
  }

  Response answer(ApiServer.Request request) throws IOException {
    String path = request.path();
    if (path.equals("/feeds/search.atom")) {
      String query = request.parameters().get("q").orElse("");
      // Ids are IRIs: what the feed follows is percent-encoded into them.
      return feed(request, "urn:vigie:feed:search:" + Html.segment(query),
          "Vigie — " + (query.isBlank() ? "latest news" : query),
          "/search?q=" + Html.param(query), "/feeds/search.atom?q=" + Html.param(query), query);
    }
    if (path.startsWith(COUNTRY) && path.endsWith(SUFFIX) && path.length() > COUNTRY.length() + SUFFIX.length()) {
      String code = NewsViews.countryCode(path.substring(COUNTRY.length(), path.length() - SUFFIX.length()));
      return feed(request, "urn:vigie:feed:country:" + code, "Vigie — " + Messages.ENGLISH.countryName(code),
          "/country/" + code, COUNTRY + code + SUFFIX, "country:" + code);
    }
    if (path.startsWith(ENTITY) && path.endsWith(SUFFIX) && path.length() > ENTITY.length() + SUFFIX.length()) {
      String id = path.substring(ENTITY.length(), path.length() - SUFFIX.length());
      NewsViews.EntityView entity = views.entity(id, 1)
          .orElseThrow(() -> ApiException.notFound("no article mentions the entity " + id));
      return feed(request, "urn:vigie:feed:entity:" + Html.segment(id), "Vigie — " + entity.name(),
          "/entity/" + Html.segment(id),
          ENTITY + Html.segment(id) + SUFFIX, "entity:" + NewsViews.quoted(id));
    }
    throw ApiException.notFound("no such feed: " + path + " (feeds are /feeds/search.atom?q=,"
        + " /feeds/country/{CC}.atom and /feeds/entity/{id}.atom)");
  }

  private Response feed(ApiServer.Request request, String id, String title, String alternate, String self,
      String query) throws IOException {
    SearchResults results = JsonApi.search(views, SearchRequest.of(query, SearchSort.NEWEST, ENTRIES));
    String origin = request.origin();
    Instant now = views.clock().instant();
    Instant updated = results.hits().stream().map(h -> updated(h.article(), now)).max(Instant::compareTo).orElse(now);
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      element(xml, "id", id);
      element(xml, "title", title);
      element(xml, "updated", updated.toString());
      link(xml, "self", origin + self, "application/atom+xml");
      link(xml, "alternate", origin + alternate, "text/html");
      xml.writeStartElement("author");
      element(xml, "name", "Vigie");
      xml.writeEndElement();
      element(xml, "generator", "Vigie");
      for (SearchHit hit : results.hits()) {
        entry(xml, hit, origin, now);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the feed", e);
    }
    return Response.of(200, "application/atom+xml; charset=utf-8", text.toString());
  }

  private static void entry(XMLStreamWriter xml, SearchHit hit, String origin, Instant now) throws XMLStreamException {
    Article article = hit.article();
    xml.writeStartElement("entry");
    element(xml, "id", "urn:vigie:article:" + Html.segment(article.id()));
    element(xml, "title", article.title());
    element(xml, "updated", updated(article, now).toString());
    article.published().flatMap(AtomFeeds::instant).ifPresent(p -> {
      try {
        element(xml, "published", p.toString());
      } catch (XMLStreamException e) {
        throw new IllegalStateException(e);
      }
    });
    xml.writeStartElement("author");
    element(xml, "name", article.byline().or(article::source).orElse("Vigie"));
    xml.writeEndElement();
    link(xml, "alternate", origin + "/article/" + Html.segment(article.id()), "text/html");
    Optional<String> source = article.url().flatMap(Html::webLink);
    if (source.isPresent()) {
      link(xml, "via", source.get(), null);
    }
    String summary = article.body().isEmpty() ? "" : article.body().getFirst().text();
    xml.writeStartElement("summary");
    xml.writeAttribute("type", "text");
    xml.writeCharacters(xmlSafe(summary.length() > 600 ? summary.substring(0, 600) + " …" : summary));
    xml.writeEndElement();
    xml.writeEndElement();
  }

  /** When the article last changed as far as Vigie knows: modified, else published, else now. */
  private static Instant updated(Article article, Instant now) {
    return article.metadata().modified().flatMap(AtomFeeds::instant)
        .or(() -> article.published().flatMap(AtomFeeds::instant)).orElse(now);
  }

  static Optional<Instant> instant(Published published) {
    String value = published.value();
    try {
      if (value.length() == 10) {
        return Optional.of(LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      if (value.length() > 16 && (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:?\\d\\d$"))) {
        return Optional.of(OffsetDateTime.parse(value).toInstant());
      }
      if (value.length() >= 16) {
        return Optional.of(java.time.LocalDateTime.parse(value).toInstant(ZoneOffset.UTC));
      }
      if (value.length() == 7) {
        return Optional.of(java.time.YearMonth.parse(value).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      if (value.length() == 4) {
        return Optional.of(LocalDate.of(Integer.parseInt(value), 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(xmlSafe(text));
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("href", xmlSafe(href));
    if (type != null) {
      xml.writeAttribute("type", type);
    }
  }

  /** XML 1.0 cannot carry most control characters, even escaped: they are dropped. */
  private static String xmlSafe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(out::appendCodePoint);
    return out.toString();
  }
}
