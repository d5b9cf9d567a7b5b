package org.vigie.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.vigie.ingest.warc.WarcFiles;
import org.vigie.json.ArticleJson;

/**
 * The inputs of the job's tests: a synthetic part that every clone has (articles and their copies,
 * bad records of every kind, a cut .gz) and, where ../shared is there, WARC records wrapping real
 * pages.
 */
final class TestArchives {
  static final String ORIGINAL = "https://wire.example/2020/07/03/tripoli";
  static final String EDITED_COPY = "https://daily.example/monde/tripoli-visite";
  static final String EXACT_COPY = "https://mirror.example/tripoli";
  static final String UNRELATED = "https://sport.example/tour-de-france";
  static final String ENGLISH = "https://news.example/en/budget";

  private static final String[] VISIT = {
      "Le ministre turc de la Défense Hulusi Akar est arrivé vendredi à Tripoli pour une visite officielle de deux"
          + " jours, a indiqué un communiqué publié dans la soirée par ses services à Ankara.",
      "Il doit rencontrer le chef du gouvernement d'union nationale Fayez al-Sarraj et plusieurs responsables"
          + " militaires pour évoquer la coopération entre les deux pays dans le domaine de la défense.",
      "Cette visite intervient après la signature en novembre d'un accord de coopération militaire et sécuritaire"
          + " qui prévoit notamment la formation de soldats libyens par des instructeurs turcs.",
      "Selon une source diplomatique, les discussions porteront aussi sur la situation autour de la ville de Syrte,"
          + " où les forces rivales se font face depuis plusieurs semaines sans avancée notable."};

  private static final String[] TOUR = {
      "Le Slovène Tadej Pogacar a remporté dimanche la quinzième étape du Tour de France entre Lyon et le Grand"
          + " Colombier, au terme d'une ascension finale disputée devant son compatriote Primoz Roglic.",
      "Le maillot jaune a contrôlé ses adversaires dans les derniers kilomètres avant de placer une attaque"
          + " décisive à trois cents mètres de la ligne, sous les encouragements d'un public clairsemé.",
      "Les coureurs observeront lundi une journée de repos avant d'aborder les Alpes, où se jouera sans doute"
          + " le classement général de cette édition décalée à la fin de l'été."};

  private static final String[] BUDGET = {
      "The government unveiled on Tuesday a budget that raises spending on hospitals and schools while cutting"
          + " the deficit, the finance minister told parliament in a speech that lasted almost two hours.",
      "Opposition leaders said the plan relied on optimistic growth forecasts and would leave households"
          + " facing higher taxes on fuel and tobacco from the beginning of next year.",
      "Economists at several banks said the figures were broadly credible but warned that a slowdown in"
          + " exports could force the government to revise its plans before the summer."};

  private TestArchives() {}

  /** Writes the synthetic inputs into the directory. */
  static void writeSynthetic(Path dir) throws IOException {
    Files.createDirectories(dir);
    String extra = "Les deux pays entretiennent des relations étroites depuis l'intervention turque de janvier,"
        + " qui a permis aux forces gouvernementales de repousser l'offensive lancée sur la capitale.";
    WarcFiles crawl = new WarcFiles(true)
        .request(ORIGINAL)
        .response(ORIGINAL, html(200, "Le ministre turc de la Défense en visite à Tripoli", "2020-07-03T08:00:00Z",
            VISIT))
        .response(EDITED_COPY, html(200, "Turquie : Hulusi Akar à Tripoli", "2020-07-03T14:30:00Z",
            concat(VISIT, extra)))
        .response(EXACT_COPY, html(200, "Visite à Tripoli", "2020-07-04T09:00:00Z", VISIT))
        .response(UNRELATED, html(200, "Pogacar s'impose au Grand Colombier", "2020-09-13T17:00:00Z", TOUR))
        .response(ENGLISH, html(200, "Budget raises spending on hospitals", "2020-03-10T12:00:00Z", BUDGET))
        .response("https://news.example/missing", WarcFiles.httpResponse(404, "text/html", "<p>not found</p>"))
        // Corrupt records: a response that holds no HTTP message, a page that is an image, a page whose
        // UTF-16 does not decode.
        .record("response", "https://news.example/no-http", "application/http; msgtype=response",
            "this is not an HTTP response".getBytes(StandardCharsets.US_ASCII), "\r\n", 0)
        .record("response", "https://news.example/png", "application/http; msgtype=response",
            http("text/html", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}),
            "\r\n", 0)
        .record("response", "https://news.example/utf16", "application/http; msgtype=response",
            http("text/html", brokenUtf16()), "\r\n", 0);
    Files.write(dir.resolve("crawl.warc.gz"), crawl.bytes());

    // A download cut short: the first record whole, the second cut in the middle of its gzip member.
    WarcFiles cut = new WarcFiles(true)
        .response("https://news.example/before-the-cut", html(200, "Budget raises spending on hospitals",
            "2020-03-10T12:00:00Z", BUDGET))
        .response("https://news.example/cut", html(200, "Pogacar s'impose au Grand Colombier", "2020-09-13T17:00:00Z",
            TOUR));
    byte[] whole = cut.bytes();
    Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(whole, whole.length - 300));

    Files.write(dir.resolve("dump.jsonl"), List.of(
        jsonLine(Map.of("url", "https://blog.example/a", "source", "Le Blog", "date", "2020-07-05",
            "text", "Akar à Tripoli\n\n" + String.join("\n\n", VISIT[2], VISIT[3]))),
        "{not json at all",
        "{\"url\": \"https://blog.example/empty\"}",
        jsonLine(Map.of("url", "https://blog.example/b", "html", "<html><head><title>Budget</title></head><body>"
            + "<article><h1>Budget raises spending</h1><p>" + String.join("</p><p>", BUDGET)
            + "</p></article></body></html>"))), StandardCharsets.UTF_8);
  }

  /**
   * WARC records wrapping real pages of the shared data: the extraction benchmark's HTML pages under
   * their own URLs, and the seed dispatch as crawled text.
   */
  static void writeShared(Path shared, Path dir) throws IOException {
    Path zyte = shared.resolve("eval/extraction/zyte-article-extraction-benchmark");
    var truth = ArticleJson.mapper().readTree(zyte.resolve("ground-truth.json").toFile());
    WarcFiles pages = new WarcFiles(true);
    try (Stream<Path> files = Files.list(zyte.resolve("html"))) {
      for (Path page : files.sorted().toList()) {
        String id = page.getFileName().toString().replace(".html", "");
        String url = truth.path(id).path("url").asText("https://zyte.example/" + id);
        pages.record("response", url, "application/http; msgtype=response",
            http("text/html", Files.readAllBytes(page)), "\r\n", 0);
      }
    }
    Path seed = shared.resolve("seed/000_2a8616f36f3ff5fa.txt");
    pages.record("resource", "https://www.afp.example/depeche", "text/plain; charset=utf-8",
        Files.readAllBytes(seed), "\r\n", 0);
    Files.write(dir.resolve("shared-pages.warc.gz"), pages.bytes());
    Files.copy(shared.resolve("eval/warc/bbc-news-2014-commoncrawl.warc"), dir.resolve("bbc.warc"));
  }

  private static String html(int status, String title, String published, String... paragraphs) {
    return WarcFiles.httpResponse(status, "text/html; charset=utf-8", "<!doctype html><html><head><title>" + title
        + "</title><meta property=\"article:published_time\" content=\"" + published + "\"></head><body>"
        + "<nav><a href=\"/\">Accueil</a> <a href=\"/monde\">Monde</a></nav><article><h1>" + title + "</h1><p>"
        + String.join("</p>\n<p>", paragraphs) + "</p></article><footer>© Example</footer></body></html>");
  }

  private static String[] concat(String[] paragraphs, String extra) {
    String[] all = Arrays.copyOf(paragraphs, paragraphs.length + 1);
    all[paragraphs.length] = extra;
    return all;
  }

  private static byte[] http(String contentType, byte[] body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    return out.toByteArray();
  }

  /** Markup in UTF-16LE with a high surrogate that no low one follows. */
  private static byte[] brokenUtf16() {
    byte[] text = "<html><body><p>Bonjour tout le monde, voici un texte</p></body></html>"
        .getBytes(StandardCharsets.UTF_16LE);
    byte[] broken = Arrays.copyOf(text, text.length + 4);
    broken[text.length] = 0x00;
    broken[text.length + 1] = (byte) 0xD8;
    broken[text.length + 2] = 'A';
    broken[text.length + 3] = 0x00;
    return broken;
  }

  private static String jsonLine(Map<String, String> fields) throws IOException {
    return ArticleJson.mapper().writeValueAsString(fields);
  }
}
