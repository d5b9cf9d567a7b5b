package org.vigie.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobotsTxtTest {
  private static final RobotsTxt ROBOTS = RobotsTxt.parse("""
      # comment
      User-agent: *
      Disallow: /private/
      Allow: /private/open$
      Disallow: /*.pdf$
      Crawl-delay: 3

      User-agent: Vigie
      Disallow: /no-vigie/
      Allow: /
      """);

  @Test
  void allows_specificGroupWinsOverWildcard() {
    assertThat(ROBOTS.allows("vigie", "/no-vigie/page")).isFalse();
    assertThat(ROBOTS.allows("vigie", "/private/x")).isTrue();
    assertThat(ROBOTS.allows("otherbot", "/private/x")).isFalse();
  }

  @Test
  void allows_longestMatchAndAnchors() {
    assertThat(ROBOTS.allows("otherbot", "/private/open")).isTrue();
    assertThat(ROBOTS.allows("otherbot", "/private/open/more")).isFalse();
    assertThat(ROBOTS.allows("otherbot", "/files/report.pdf")).isFalse();
    assertThat(ROBOTS.allows("otherbot", "/files/report.pdf?x=1")).isTrue();
  }

  @Test
  void crawlDelay_fromGroup() {
    assertThat(ROBOTS.crawlDelay("otherbot")).contains(Duration.ofSeconds(3));
    assertThat(ROBOTS.crawlDelay("vigie")).isEmpty();
  }

  @Test
  void matches_hostilePattern_linearAndCorrect() {
    String pattern = "/" + "*a".repeat(200) + "b$";
    assertThat(RobotsTxt.matches(pattern, "/" + "a".repeat(5000))).isFalse();
  }

  @Test
  void parse_emptyDisallowMeansAllowAll() {
    assertThat(RobotsTxt.parse("User-agent: *\nDisallow:\n").allows("vigie", "/anything")).isTrue();
  }
}
