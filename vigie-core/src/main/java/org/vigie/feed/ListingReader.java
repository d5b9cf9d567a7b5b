package org.vigie.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.parser.Parser;
import org.vigie.pipeline.FailureCause;
import org.vigie.pipeline.Outcome;

/**
 * Reads what a feed URL or a sitemap URL returns. The root element says what it is: {@code rss},
 * {@code rdf:RDF} and {@code feed} are feeds (read with ROME), {@code urlset} a sitemap (with
 * Google News extensions), {@code sitemapindex} a sitemap index, {@code opml} a feed list; anything
 * else is a page. Links are made absolute against the document's URL and de-duplicated; titles lose
 * their markup and entities. A document with a DOCTYPE is refused: feeds never need one, and
 * entity-expansion attacks always do.
 */
public final class ListingReader {
  private static final int MAX_ENTRIES = 50_000;
  private static final int MAX_GUNZIPPED = 64 * 1024 * 1024;

  public Outcome<Listing> read(byte[] content, URI base) {
    byte[] xml;
    try {
      xml = gunzipIfNeeded(content);
    } catch (IOException e) {
      return Outcome.failed(FailureCause.UNREADABLE, "not valid gzip: " + e.getMessage());
    }
    Optional<String> root = rootElement(xml);
    if (root.isEmpty()) {
      return Outcome.done(new Listing(ListingKind.PAGE, Optional.empty(), List.of(), List.of()));
    }
    if (SafeXml.declaresDoctype(xml) && !root.get().equals("html")) {
      return Outcome.failed(FailureCause.UNREADABLE,
          "the XML document declares a DOCTYPE or entities, which feeds never need; refused as unsafe");
    }
    try {
      return switch (root.get()) {
        case "rss", "rdf", "feed" -> Outcome.done(feed(xml, base));
        case "urlset" -> Outcome.done(sitemap(xml, base));
        case "sitemapindex" -> Outcome.done(sitemapIndex(xml, base));
        case "opml" -> Outcome.done(opml(xml, base));
        default -> Outcome.done(new Listing(ListingKind.PAGE, Optional.empty(), List.of(), List.of()));
      };
    } catch (FeedException | XMLStreamException | IllegalArgumentException | IOException e) {
      return Outcome.failed(FailureCause.UNREADABLE, "malformed " + root.get() + " document: " + e.getMessage());
    }
  }

  /** The local name of the root element, lower case, or empty when the bytes are not XML. */
  static Optional<String> rootElement(byte[] xml) {
    int i = 0;
    while (i < xml.length && (Character.isWhitespace(xml[i]) || (xml[i] & 0xFF) == 0xEF || (xml[i] & 0xFF) == 0xBB
        || (xml[i] & 0xFF) == 0xBF)) {
      i++;
    }
    if (i >= xml.length || xml[i] != '<') {
      return Optional.empty();
    }
    String head = new String(xml, i, Math.min(xml.length - i, 8192), java.nio.charset.StandardCharsets.ISO_8859_1);
    int at = 0;
    while (at < head.length()) {
      int open = head.indexOf('<', at);
      if (open < 0 || open + 1 >= head.length()) {
        return Optional.empty();
      }
      char next = head.charAt(open + 1);
      if (next == '?' || next == '!') {
        int close = head.startsWith("<!--", open) ? head.indexOf("-->", open) : head.indexOf('>', open);
        if (close < 0) {
          return Optional.empty();
        }
        at = close + 1;
        continue;
      }
      int end = open + 1;
      while (end < head.length() && !Character.isWhitespace(head.charAt(end)) && head.charAt(end) != '>'
          && head.charAt(end) != '/') {
        end++;
      }
      String name = head.substring(open + 1, end);
      int colon = name.indexOf(':');
      return Optional.of((colon >= 0 ? name.substring(colon + 1) : name).toLowerCase(Locale.ROOT));
    }
    return Optional.empty();
  }

  private static Listing feed(byte[] xml, URI base) throws FeedException, IOException {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false);
    SyndFeed feed = input.build(new XmlReader(new ByteArrayInputStream(xml)));
    List<FeedEntry> pages = new ArrayList<>();
    Set<URI> seen = new LinkedHashSet<>();
    for (SyndEntry entry : feed.getEntries()) {
      if (pages.size() >= MAX_ENTRIES) {
        break;
      }
      Optional<URI> url = entryLink(entry).flatMap(link -> resolve(base, link));
      if (url.isEmpty() || !seen.add(url.get())) {
        continue;
      }
      Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      pages.add(new FeedEntry(url.get(), plainText(entry.getTitle()), Optional.ofNullable(date).map(Date::toInstant)));
    }
    return new Listing(ListingKind.FEED, plainText(feed.getTitle()), pages, List.of());
  }

  /** An entry's page: its alternate link, else its link, else a guid that is a URL. */
  private static Optional<String> entryLink(SyndEntry entry) {
    for (SyndLink link : entry.getLinks()) {
      if ((link.getRel() == null || link.getRel().equals("alternate")) && link.getHref() != null) {
        return Optional.of(link.getHref());
      }
    }
    if (entry.getLink() != null && !entry.getLink().isBlank()) {
      return Optional.of(entry.getLink());
    }
    String uri = entry.getUri();
    return uri != null && (uri.startsWith("http://") || uri.startsWith("https://")) ? Optional.of(uri) : Optional.empty();
  }

  private static Listing sitemap(byte[] xml, URI base) throws XMLStreamException {
    List<FeedEntry> pages = new ArrayList<>();
    Set<URI> seen = new LinkedHashSet<>();
    XMLStreamReader reader = SafeXml.reader(xml);
    String loc = null;
    String lastmod = null;
    String newsDate = null;
    String newsTitle = null;
    StringBuilder text = new StringBuilder();
    while (reader.hasNext() && pages.size() < MAX_ENTRIES) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        text.setLength(0);
        if (reader.getLocalName().equals("url")) {
          loc = lastmod = newsDate = newsTitle = null;
        }
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        text.append(reader.getText());
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String value = text.toString().strip();
        switch (reader.getLocalName()) {
          case "loc" -> loc = value;
          case "lastmod" -> lastmod = value;
          case "publication_date" -> newsDate = value;
          case "title" -> newsTitle = value;
          case "url" -> {
            Optional<URI> url = loc == null ? Optional.empty() : resolve(base, loc);
            if (url.isPresent() && seen.add(url.get())) {
              String date = newsDate != null ? newsDate : lastmod;
              pages.add(new FeedEntry(url.get(), plainText(newsTitle), instant(date)));
            }
          }
          default -> { }
        }
        text.setLength(0);
      }
    }
    return new Listing(ListingKind.SITEMAP, Optional.empty(), pages, List.of());
  }

  private static Listing sitemapIndex(byte[] xml, URI base) throws XMLStreamException {
    Set<URI> lists = new LinkedHashSet<>();
    XMLStreamReader reader = SafeXml.reader(xml);
    StringBuilder text = new StringBuilder();
    while (reader.hasNext() && lists.size() < MAX_ENTRIES) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        text.setLength(0);
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        text.append(reader.getText());
      } else if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("loc")) {
        resolve(base, text.toString().strip()).ifPresent(lists::add);
      }
    }
    return new Listing(ListingKind.SITEMAP_INDEX, Optional.empty(), List.of(), List.copyOf(lists));
  }

  private static Listing opml(byte[] xml, URI base) throws XMLStreamException {
    Set<URI> feeds = new LinkedHashSet<>();
    Optional<String> title = Optional.empty();
    XMLStreamReader reader = SafeXml.reader(xml);
    boolean inTitle = false;
    StringBuilder titleText = new StringBuilder();
    while (reader.hasNext() && feeds.size() < MAX_ENTRIES) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (reader.getLocalName().equals("outline")) {
          String xmlUrl = reader.getAttributeValue(null, "xmlUrl");
          if (xmlUrl != null) {
            resolve(base, xmlUrl).ifPresent(feeds::add);
          }
        } else if (reader.getLocalName().equals("title")) {
          inTitle = true;
        }
      } else if (inTitle && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
        titleText.append(reader.getText());
      } else if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("title")) {
        inTitle = false;
        title = plainText(titleText.toString());
      }
    }
    return new Listing(ListingKind.OPML, title, List.of(), List.copyOf(feeds));
  }

  private static Optional<URI> resolve(URI base, String link) {
    try {
      String cleaned = Parser.unescapeEntities(link.strip(), false).replace(" ", "%20");
      URI resolved = base.resolve(cleaned).normalize();
      String scheme = resolved.getScheme();
      if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
        return Optional.empty();
      }
      return Optional.of(resolved);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Titles arrive with markup and (sometimes doubly) escaped entities: "Caf&amp;eacute;" → "Café". */
  static Optional<String> plainText(String title) {
    if (title == null) {
      return Optional.empty();
    }
    String text = title;
    for (int round = 0; round < 2 && text.contains("&"); round++) {
      text = Parser.unescapeEntities(text, false);
    }
    if (text.contains("<")) {
      text = org.jsoup.Jsoup.parse(text).text();
    }
    text = text.replaceAll("\\s+", " ").strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private static Optional<Instant> instant(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value).toInstant());
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(LocalDate.parse(value.substring(0, Math.min(10, value.length()))).atStartOfDay()
            .toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException again) {
        return Optional.empty();
      }
    }
  }

  private static byte[] gunzipIfNeeded(byte[] content) throws IOException {
    if (content.length < 2 || (content[0] & 0xFF) != 0x1F || (content[1] & 0xFF) != 0x8B) {
      return content;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(content))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] chunk = in.readNBytes(MAX_GUNZIPPED);
      out.write(chunk);
      return out.toByteArray();
    }
  }
}
