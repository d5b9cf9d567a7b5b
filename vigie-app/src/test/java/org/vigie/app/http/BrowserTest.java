package org.vigie.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.vigie.testing.AnnotatedArticles;

/**
 * The pages in a real headless Chromium (Debian's {@code chromium} and {@code chromedriver}, started
 * here; nothing is downloaded): search, a facet, an article and its marks, every page's screenshot
 * under {@code target/screenshots/}, and a hostile article that must run nothing. Skipped, with a
 * message, where no Chromium is installed.
 */
class BrowserTest {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir
  static Path temp;
  static WebFixture web;
  static ChromeDriverService service;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    Optional<Path> chromium = executable("chromium", "chromium-browser", "google-chrome");
    Optional<Path> driver = executable("chromedriver");
    Assumptions.assumeTrue(chromium.isPresent() && driver.isPresent(),
        "skipped: the browser tests need chromium and chromedriver (Debian: apt-get install chromium chromium-driver)");
    web = new WebFixture(temp);
    service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile()).usingAnyFreePort()
        .withLogOutput(java.io.OutputStream.nullOutputStream()).build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.get().toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
        "--user-data-dir=" + Files.createDirectories(temp.resolve("chromium-profile")), "--window-size=1280,1000",
        "--lang=en-GB", "--hide-scrollbars");
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (web != null) {
      web.close();
    }
  }

  private static Optional<Path> executable(String... names) {
    String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/bin" + File.pathSeparator
        + "/usr/lib/chromium";
    for (String name : names) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  private static void open(String path) {
    browser.get(web.base.resolve(path).toString());
  }

  /** A full-page screenshot: the window is stretched to the page's height first. */
  private static void screenshot(String name) throws IOException {
    Dimension window = browser.manage().window().getSize();
    Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
    browser.manage().window().setSize(new Dimension(window.getWidth(), Math.min(4000, Math.max(600, height.intValue()))));
    byte[] png = browser.getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    browser.manage().window().setSize(window);
  }

  @Test
  void search_facet_article_andItsMarks() throws IOException {
    open("/?hl=en");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
    screenshot("home");

    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("Tripoli", Keys.ENTER);
    assertThat(browser.getCurrentUrl()).contains("/search?q=Tripoli");
    assertThat(browser.findElements(By.cssSelector(".hit"))).hasSize(3);
    assertThat(browser.findElement(By.cssSelector(".snippet mark")).getText()).isEqualTo("Tripoli");
    screenshot("search");

    browser.findElement(By.cssSelector("#f-languages + ul a[href*='fr']")).click();
    assertThat(browser.getCurrentUrl()).contains("lang%3A%22fr%22");
    List<WebElement> hits = browser.findElements(By.cssSelector(".hit h3 a"));
    assertThat(hits).hasSize(1);
    assertThat(hits.getFirst().getText()).startsWith("Le ministre turc");

    hits.getFirst().click();
    assertThat(browser.getCurrentUrl()).contains("/article/" + AnnotatedArticles.akarInTripoli().id());
    assertThat(marks("person")).contains("Hulusi Akar", "Khalifa Haftar");
    assertThat(marks("place")).contains("Tripoli", "Libye");
    assertThat(marks("date")).contains("vendredi 3 juillet 2020");
    assertThat(marks("quote")).contains("Nous continuerons à soutenir le gouvernement légitime");
    assertThat(marks("role")).contains("ministre turc de la Défense");
    assertThat(browser.findElement(By.cssSelector(".caption .credit")).getText())
        .isEqualTo("AFP / TURKISH DEFENCE MINISTRY");
    assertThat(browser.findElement(By.cssSelector(".source a")).getAttribute("href")).startsWith("https://www.afp.com/");
    WebElement quoteFact = browser.findElement(By.cssSelector(".fact[data-kind='quote'] .evidence"));
    assertThat(quoteFact.getText()).contains("a déclaré Hulusi Akar");
    screenshot("article");

    browser.findElement(By.cssSelector("mark[data-kind='person'] a")).click();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Hulusi Akar");
    assertThat(browser.findElements(By.cssSelector(".quotes blockquote"))).hasSize(2);
    screenshot("entity");
  }

  @Test
  void articleEvents_showWhoDidWhatWhereAndWhenWithTheTriggerMarked() throws IOException {
    open("/article/" + AnnotatedArticles.akarInTripoli().id() + "?hl=en");
    List<WebElement> events = browser.findElements(By.cssSelector(".events .event"));

    assertThat(browser.findElement(By.id("events")).getText()).isEqualTo("Events");
    assertThat(events).hasSize(3);
    assertThat(events).extracting(e -> e.findElement(By.cssSelector(".event-type")).getText())
        .containsExactly("visit", "meeting", "support pledged");
    WebElement visit = events.getFirst();
    assertThat(visit.findElement(By.cssSelector(".t-event")).getText()).isEqualToIgnoringCase("Consult · 04");
    assertThat(visit.findElement(By.cssSelector(".event-actors dd")).getText()).isEqualTo("Hulusi Akar (Türkiye)");
    assertThat(visit.findElement(By.cssSelector(".event-place a")).getAttribute("href")).endsWith("/country/LY");
    assertThat(visit.findElement(By.cssSelector(".event-time dd")).getText())
        .isEqualTo("vendredi 3 juillet 2020 (2020-07-03)");
    assertThat(visit.findElement(By.cssSelector(".evidence mark")).getText()).isEqualTo("est arrivé");
    assertThat(events.get(1).findElement(By.cssSelector(".event-target dd")).getText())
        .isEqualTo("responsables du gouvernement libyen");
    assertThat(events.get(2).findElement(By.cssSelector(".factuality")).getText()).isEqualTo("uncertain");
    assertThat(visit.findElements(By.cssSelector(".factuality"))).isEmpty();
    screenshot("article-events");

    visit.findElement(By.cssSelector(".event-actors a[href^='/entity/']")).click();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Hulusi Akar");
    assertThat(browser.findElements(By.cssSelector(".events .event-type"))).extracting(WebElement::getText)
        .contains("visit", "meeting");
    screenshot("entity-events");
  }

  private static List<String> marks(String kind) {
    return browser.findElements(By.cssSelector(".text mark[data-kind='" + kind + "'], h1 mark[data-kind='" + kind + "']"))
        .stream().map(WebElement::getText).toList();
  }

  @Test
  void countryStoryAndMap_inFrench() throws IOException {
    open("/country/LY?hl=fr");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dernières infos — Libye");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
    assertThat(browser.findElements(By.cssSelector(".timeline rect.bar"))).isNotEmpty();
    screenshot("country");

    browser.findElement(By.cssSelector(".stories a")).click();
    assertThat(browser.findElements(By.cssSelector("tbody tr"))).hasSize(3);
    screenshot("story");

    open("/map");
    assertThat(browser.findElements(By.cssSelector("svg.world path"))).hasSizeGreaterThan(150);
    assertThat(browser.findElement(By.cssSelector("svg.world a[href='/country/LY'] path")).getAttribute("class"))
        .contains("h5");
    screenshot("map");

    open("/map?hl=en&q=" + URLEncoder.encode("lang:en", StandardCharsets.UTF_8));
    assertThat(browser.findElement(By.cssSelector("svg.world a[href='/country/TN'] path")).getAttribute("class"))
        .contains("h0");
    browser.findElement(By.cssSelector("svg.world a[href='/country/LY']")).click();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Latest news — Libya");
  }

  @Test
  void articleToItsStory_timelineInOrderWithTheCopyMarked_thenAllStories() throws IOException {
    open("/article/" + AnnotatedArticles.akarInTripoli().id() + "?hl=en");
    browser.findElement(By.cssSelector(".story-of a")).click();

    assertThat(browser.getCurrentUrl()).endsWith("/story/" + AnnotatedArticles.STORY);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(AnnotatedArticles.akarInTripoli().title());
    assertThat(browser.findElements(By.cssSelector("tbody tr time"))).extracting(WebElement::getText)
        .containsExactly("2020-07-03", "2020-07-04", "2020-07-05");
    List<WebElement> copies = browser.findElements(By.cssSelector("tr.copy"));
    assertThat(copies).hasSize(1);
    assertThat(copies.getFirst().getText()).contains("Le Régional").contains("copy of");
    screenshot("story-timeline");

    copies.getFirst().findElement(By.cssSelector(".copy-of a")).click();
    assertThat(browser.getCurrentUrl()).endsWith("/article/" + AnnotatedArticles.akarInTripoli().id());

    browser.findElement(By.cssSelector("header nav a[href='/stories']")).click();
    assertThat(browser.findElements(By.cssSelector(".story-list h3 a"))).extracting(WebElement::getText)
        .containsExactly(AnnotatedArticles.akarInTripoli().title(), WebFixture.HOSTILE.title());
    assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    screenshot("stories");
  }

  @Test
  void keyboard_skipLinkReachesTheContent() {
    open("/search?q=Tripoli");
    browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    WebElement focused = browser.switchTo().activeElement();
    assertThat(focused.getAttribute("class")).isEqualTo("skip");
    focused.sendKeys(Keys.ENTER);
    assertThat(browser.getCurrentUrl()).endsWith("#main");
  }

  @Test
  void phone_pagesFitTheScreen() throws IOException {
    Dimension desktop = browser.manage().window().getSize();
    browser.manage().window().setSize(new Dimension(390, 844));
    try {
      for (String page : List.of("/article/" + AnnotatedArticles.akarInTripoli().id(), "/search?q=Tripoli")) {
        open(page);
        Number overflow = (Number) browser.executeScript(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as(page + " scrolls sideways on a phone").isLessThanOrEqualTo(0);
      }
      screenshot("phone-search");
    } finally {
      browser.manage().window().setSize(desktop);
    }
  }

  @Test
  void hostileArticle_runsNothing() throws IOException {
    open("/article/" + WebFixture.HOSTILE_ID);
    assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    assertThat(browser.getTitle()).doesNotContain("pwned").contains("<script>alert('title')</script>");
    assertThat(browser.findElements(By.tagName("script"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("img, iframe, svg[onload], [onclick], [onerror], [onmouseover]")))
        .isEmpty();
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("<script>alert('title')</script> Tripoli &amp; <b onmouseover=alert(1)>bold</b>");
    assertThat(browser.findElement(By.cssSelector(".byline")).getText()).isEqualTo("<svg onload=alert('byline')>");
    assertThat(browser.findElement(By.cssSelector(".event-type")).getText()).isEqualTo("<script>alert('event')</script>");
    assertThat(browser.findElement(By.cssSelector(".event .evidence mark")).getText())
        .isEqualTo("<img src=x onerror=alert('img')>");
    for (WebElement link : browser.findElements(By.tagName("a"))) {
      assertThat(String.valueOf(link.getAttribute("href"))).doesNotStartWithIgnoringCase("javascript:");
    }
    // The policy itself: a script added to the page (as an injection would) is refused by the browser.
    Object ran = browser.executeScript("var s = document.createElement('script'); s.textContent = 'window.pwned = 1';"
        + " document.body.appendChild(s); return window.pwned === 1;");
    assertThat(ran).isEqualTo(false);
    screenshot("hostile-article");

    open("/search?q=" + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8));
    assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("<script>alert(1)</script>");
  }
}
