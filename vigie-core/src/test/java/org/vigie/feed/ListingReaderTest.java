package org.vigie.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.vigie.pipeline.FailureCause;
import org.vigie.pipeline.Outcome;

class ListingReaderTest {
  private static final URI BASE = URI.create("https://news.example/feeds/world.xml");
  private final ListingReader reader = new ListingReader();

  private Listing listing(String xml) {
    Outcome<Listing> outcome = reader.read(xml.getBytes(StandardCharsets.UTF_8), BASE);
    assertThat(outcome).isInstanceOf(Outcome.Done.class);
    return ((Outcome.Done<Listing>) outcome).value();
  }

  private Outcome.Failed<Listing> failure(String xml) {
    Outcome<Listing> outcome = reader.read(xml.getBytes(StandardCharsets.UTF_8), BASE);
    assertThat(outcome).isInstanceOf(Outcome.Failed.class);
    return (Outcome.Failed<Listing>) outcome;
  }

  @Test
  void read_rss2WithRelativeLinksAndEntities_absoluteUrlsPlainTitles() {
    Listing feed = listing("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>World &amp; Politics</title>
          <item><title>Caf&amp;eacute; owners &lt;b&gt;protest&lt;/b&gt; in Lyon</title>
            <link>/2020/07/03/cafe-protest</link><pubDate>Fri, 03 Jul 2020 10:00:00 GMT</pubDate></item>
          <item><title>Second</title><link>https://news.example/2020/07/03/second?a=1&amp;b=2</link></item>
          <item><title>Duplicate</title><link>/2020/07/03/cafe-protest</link></item>
        </channel></rss>
        """);

    assertThat(feed.kind()).isEqualTo(ListingKind.FEED);
    assertThat(feed.title()).contains("World & Politics");
    assertThat(feed.pages()).hasSize(2);
    assertThat(feed.pages().getFirst().url()).isEqualTo(URI.create("https://news.example/2020/07/03/cafe-protest"));
    assertThat(feed.pages().getFirst().title()).contains("Café owners protest in Lyon");
    assertThat(feed.pages().getFirst().published()).contains(Instant.parse("2020-07-03T10:00:00Z"));
    assertThat(feed.pages().get(1).url().toString()).isEqualTo("https://news.example/2020/07/03/second?a=1&b=2");
  }

  @Test
  void read_atomAndRss1_feeds() {
    Listing atom = listing("""
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom news</title>
          <entry><title>One</title><link rel="alternate" href="https://news.example/one"/>
            <updated>2020-07-03T10:00:00Z</updated><id>urn:1</id></entry></feed>
        """);
    Listing rdf = listing("""
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
          <channel rdf:about="https://news.example/"><title>RDF news</title><link>https://news.example/</link></channel>
          <item rdf:about="https://news.example/two"><title>Two</title><link>https://news.example/two</link></item>
        </rdf:RDF>
        """);
    assertThat(atom.pages()).extracting(FeedEntry::url).containsExactly(URI.create("https://news.example/one"));
    assertThat(rdf.pages()).extracting(FeedEntry::url).containsExactly(URI.create("https://news.example/two"));
  }

  @Test
  void read_malformedFeed_clearFailure() {
    assertThat(failure("<rss version=\"2.0\"><channel><item><title>cut").message()).startsWith("malformed rss document");
  }

  @Test
  void read_entityExpansionAttack_refused() {
    Outcome.Failed<Listing> failed = failure("""
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
        <rss version="2.0"><channel><title>&lol2;</title></channel></rss>
        """);
    assertThat(failed.cause()).isEqualTo(FailureCause.UNREADABLE);
    assertThat(failed.message()).contains("DOCTYPE");
  }

  @Test
  void read_externalEntity_refused() {
    assertThat(failure("""
        <?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&x;</loc></url></urlset>
        """).message()).contains("DOCTYPE");
  }

  @Test
  void read_googleNewsSitemap_urlsTitlesDates() {
    Listing sitemap = listing("""
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
          <url><loc>https://news.example/a</loc>
            <news:news><news:publication><news:name>Example</news:name><news:language>fr</news:language></news:publication>
              <news:publication_date>2020-07-03T12:00:00+02:00</news:publication_date>
              <news:title>Le ministre à Tripoli</news:title></news:news></url>
          <url><loc>/b</loc><lastmod>2020-07-02</lastmod></url>
        </urlset>
        """);
    assertThat(sitemap.kind()).isEqualTo(ListingKind.SITEMAP);
    assertThat(sitemap.pages()).hasSize(2);
    assertThat(sitemap.pages().getFirst().title()).contains("Le ministre à Tripoli");
    assertThat(sitemap.pages().getFirst().published()).contains(Instant.parse("2020-07-03T10:00:00Z"));
    assertThat(sitemap.pages().get(1).url()).isEqualTo(URI.create("https://news.example/b"));
  }

  @Test
  void read_gzipSitemapIndex_childSitemaps() throws IOException {
    String index = """
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>https://news.example/sitemap-1.xml</loc></sitemap>
          <sitemap><loc>https://news.example/sitemap-2.xml.gz</loc></sitemap>
        </sitemapindex>
        """;
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write(index.getBytes(StandardCharsets.UTF_8));
    }
    Outcome<Listing> outcome = reader.read(zipped.toByteArray(), BASE);
    assertThat(((Outcome.Done<Listing>) outcome).value().lists()).hasSize(2);
  }

  @Test
  void read_opml_feedUrls() {
    Listing opml = listing("""
        <opml version="2.0"><head><title>News feeds</title></head><body>
          <outline text="World"><outline type="rss" text="A" xmlUrl="https://a.example/rss"/>
            <outline type="rss" text="B" xmlUrl="https://b.example/atom.xml"/></outline>
        </body></opml>
        """);
    assertThat(opml.kind()).isEqualTo(ListingKind.OPML);
    assertThat(opml.title()).contains("News feeds");
    assertThat(opml.lists()).containsExactly(URI.create("https://a.example/rss"), URI.create("https://b.example/atom.xml"));
  }

  @Test
  void read_htmlPage_page() {
    assertThat(listing("<!DOCTYPE html><html><body><p>x</p></body></html>").kind()).isEqualTo(ListingKind.PAGE);
    assertThat(listing("plain text").kind()).isEqualTo(ListingKind.PAGE);
  }
}
