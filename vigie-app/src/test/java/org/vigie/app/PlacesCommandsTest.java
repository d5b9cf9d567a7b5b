package org.vigie.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.geo.Gazetteer;
import org.vigie.geo.NameKey;
import org.vigie.json.ArticleJson;
import org.vigie.testing.LoopbackServer;

/** {@code vigie bench places} and {@code vigie gazetteer update}. */
class PlacesCommandsTest {
  @TempDir Path temp;

  /** Two LGL-format articles: Tripoli in Libya, Paris in Texas. */
  private static final String LGL = """
      <articles>
        <article docid="1">
          <title>t</title><url>https://example.com/1</url>
          <text><![CDATA[The Turkish minister arrived in Tripoli, the Libyan capital, on Friday.]]></text>
          <toponyms>
            <toponym><start>32</start><end>39</end><phrase>Tripoli</phrase>
              <gaztag geonameid="2210247"><name>Tripoli</name><fclass>P</fclass><fcode>PPLC</fcode>
              <lat>32.88743</lat><lon>13.18733</lon><country geonameid="2215636">Libya</country></gaztag></toponym>
          </toponyms>
        </article>
        <article docid="2">
          <title>t</title><url>https://example.com/2</url>
          <text><![CDATA[A tornado touched down near Paris, Texas, on Sunday.]]></text>
          <toponyms>
            <toponym><start>28</start><end>33</end><phrase>Paris</phrase>
              <gaztag geonameid="4717560"><name>Paris</name><fclass>P</fclass><fcode>PPL</fcode>
              <lat>33.66094</lat><lon>-95.55551</lon><country geonameid="6252001">United States</country></gaztag></toponym>
          </toponyms>
        </article>
      </articles>
      """;

  @Test
  void benchPlaces_goldSpans_reportAndOutLines() throws Exception {
    Path dataset = Files.writeString(temp.resolve("lgl-mini.xml"), LGL);
    Path out = temp.resolve("pred.jsonl");

    Cli.Result result = Cli.run(temp.resolve("data"), "bench", "places", dataset.toString(), "--gold-spans", "--out",
        out.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode figures = ArticleJson.mapper().readTree(result.outLines().getLast());
    assertThat(figures.get("items").asInt()).isEqualTo(2);
    assertThat(figures.get("accuracy161km").asDouble()).isEqualTo(1.0);
    assertThat(figures.get("geonameIdAccuracy").asDouble()).isEqualTo(1.0);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    JsonNode first = ArticleJson.mapper().readTree(lines.getFirst());
    assertThat(first.get("doc").asText()).isEqualTo("1");
    assertThat(first.get("start").asInt()).isEqualTo(32);
    assertThat(first.get("geonameId").asLong()).isEqualTo(2210247L);
    assertThat(first.get("country").asText()).isEqualTo("LY");
  }

  @Test
  void benchPlaces_endToEnd_findsTheToponyms() throws Exception {
    Path dataset = Files.writeString(temp.resolve("lgl-mini.xml"), LGL);

    Cli.Result result = Cli.run(temp.resolve("data"), "bench", "places", dataset.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode figures = ArticleJson.mapper().readTree(result.outLines().getLast());
    assertThat(figures.get("mode").asText()).isEqualTo("end-to-end");
    assertThat(figures.get("found").asInt()).isEqualTo(2);
  }

  @Test
  void benchPlaces_missingDataset_badUsage() {
    Cli.Result result = Cli.run(temp.resolve("data"), "bench", "places", temp.resolve("nope.xml").toString());
    assertThat(result.exitCode()).isEqualTo(2);
  }

  @Test
  void gazetteerUpdate_loopbackDumps_freshPlacesInDataDirectory() throws Exception {
    String row = String.join("\t", "99999999", "Vigieville", "Vigieville", "Vigie-Ville", "45.0", "5.0", "P",
        "PPL", "FR", "", "84", "26", "", "", "1234", "", "200", "Europe/Paris", "2026-01-01");
    byte[] zip = zip("cities500.txt", row + "\n");
    String countryInfo = "#ISO\tISO3\n" + "FR\tFRA\t250\tFR\tFrance\tParis\t547030\t67000000\tEU\t.fr\tEUR\tEuro\t33"
        + "\t\t\tfr-FR\t3017382\tCH,DE\t\n";
    try (LoopbackServer server = new LoopbackServer()) {
      server.on("/dump/cities500.zip", exchange -> {
        exchange.sendResponseHeaders(200, zip.length);
        exchange.getResponseBody().write(zip);
      });
      server.on("/dump/countryInfo.txt", exchange -> LoopbackServer.respond(exchange, 200, "text/plain", countryInfo));
      Path data = temp.resolve("data");

      Cli.Result result = Cli.run(data, "gazetteer", "update", "--source", server.uri("/dump/").toString());

      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(result.out()).contains("gazetteer updated");
      Gazetteer fresh;
      try (InputStream in = Files.newInputStream(data.resolve("gazetteer/gazetteer.bin.gz"))) {
        fresh = Gazetteer.read(in);
      }
      assertThat(fresh.lookup(NameKey.fold("Vigie-Ville"))).isNotEmpty();
      assertThat(fresh.country("FR")).hasValueSatisfying(e -> assertThat(e.geonameId()).isEqualTo(3017382L));
      assertThat(fresh.lookup("libye")).isNotEmpty();
    }
  }

  @Test
  void gazetteerUpdate_unreachable_failsInOneSentence() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      Cli.Result result = Cli.run(temp.resolve("data"), "gazetteer", "update", "--source",
          server.uri("/missing/").toString());
      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err()).contains("cannot update the gazetteer");
    }
  }

  private static byte[] zip(String name, String content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }
}
