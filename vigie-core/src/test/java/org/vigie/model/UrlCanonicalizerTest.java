package org.vigie.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {

  @Test
  void canonical_trackingFragmentCaseAndPort_removed() {
    assertThat(UrlCanonicalizer.canonical(
        "HTTPS://WWW.News.Example:443/monde/article.html?utm_source=twitter&id=42&fbclid=abc&xtor=RSS-1#comments"))
        .isEqualTo("https://www.news.example/monde/article.html?id=42");
  }

  @Test
  void canonical_contentParametersKeptInOrder() {
    assertThat(UrlCanonicalizer.canonical("https://news.example/a?page=2&lang=fr"))
        .isEqualTo("https://news.example/a?page=2&lang=fr");
  }

  @Test
  void canonical_onlyTracking_noQuestionMark() {
    assertThat(UrlCanonicalizer.canonical("http://news.example:80/a?utm_medium=rss"))
        .isEqualTo("http://news.example/a");
  }

  @Test
  void canonical_emptyPathAndDotSegments() {
    assertThat(UrlCanonicalizer.canonical("https://news.example")).isEqualTo("https://news.example/");
    assertThat(UrlCanonicalizer.canonical("https://news.example/a/../b")).isEqualTo("https://news.example/b");
  }

  @Test
  void canonical_notAUrl_unchanged() {
    assertThat(UrlCanonicalizer.canonical("not a url")).isEqualTo("not a url");
  }
}
