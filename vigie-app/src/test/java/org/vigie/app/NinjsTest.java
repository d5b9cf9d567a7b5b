package org.vigie.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.model.Block;
import org.vigie.model.Caption;
import org.vigie.model.Precision;
import org.vigie.model.Published;

class NinjsTest {
  private static Article article(Optional<Published> published, Optional<String> byline) {
    return new Article("u0123456789abcd", Optional.of("https://news.example/a/1"), "file:///in/a.txt",
        Optional.of("Le Quotidien"), Optional.of("Dernières infos - Régions"),
        "Un titre", byline, published, Optional.of("fr"),
        List.of(Block.paragraph("Premier paragraphe du texte."), Block.paragraph("Second paragraphe, plus long.")),
        List.of(new Caption("Une photo du port.", Optional.of("© Reuters"), Optional.of(LocalDate.of(2024, 5, 6)))),
        List.of("port", "ferry"), "abcdef0123");
  }

  @Test
  void toTree_mapsTheArticleOntoNinjs21Fields() {
    JsonNode item = Ninjs.toTree(article(Optional.of(new Published("2024-05-07", Precision.DAY, false)),
        Optional.of("Marie Dupont")));

    assertThat(item.get("uri").asText()).isEqualTo("urn:vigie:article:u0123456789abcd");
    assertThat(item.at("/standard/version").asText()).isEqualTo("2.1");
    assertThat(item.get("type").asText()).isEqualTo("text");
    assertThat(item.get("version").asText()).isEqualTo("abcdef0123");
    assertThat(item.get("versioncreated").asText()).isEqualTo("2024-05-07T00:00:00Z");
    assertThat(item.get("language").asText()).isEqualTo("fr");
    assertThat(item.at("/headlines/0/role").asText()).isEqualTo("main");
    assertThat(item.at("/headlines/0/value").asText()).isEqualTo("Un titre");
    assertThat(item.at("/bodies/0/contenttype").asText()).isEqualTo("text/plain");
    assertThat(item.at("/bodies/0/value").asText())
        .isEqualTo("Premier paragraphe du texte.\n\nSecond paragraphe, plus long.");
    assertThat(item.at("/bodies/0/wordcount").asInt()).isEqualTo(8);
    assertThat(item.get("by").asText()).isEqualTo("Marie Dupont");
    assertThat(item.at("/infosources/0/name").asText()).isEqualTo("Le Quotidien");
    assertThat(item.at("/subjects/0/name").asText()).isEqualTo("Dernières infos - Régions");
    assertThat(item.at("/subjects/0/rel").asText()).isEqualTo("section");
    assertThat(item.at("/subjects/2/name").asText()).isEqualTo("ferry");
    assertThat(item.at("/altids/1/value").asText()).isEqualTo("https://news.example/a/1");
  }

  @Test
  void toTree_makesEachCaptionAPictureAssociationWithItsCredit() {
    JsonNode picture = Ninjs.toTree(article(Optional.empty(), Optional.empty())).at("/associations/0");

    assertThat(picture.get("name").asText()).isEqualTo("picture1");
    assertThat(picture.get("uri").asText()).isEqualTo("urn:vigie:article:u0123456789abcd:picture:1");
    assertThat(picture.get("type").asText()).isEqualTo("picture");
    assertThat(picture.at("/descriptions/0/role").asText()).isEqualTo("caption");
    assertThat(picture.at("/descriptions/0/value").asText()).isEqualTo("Une photo du port.");
    assertThat(picture.get("by").asText()).isEqualTo("© Reuters");
    assertThat(picture.get("contentcreated").asText()).isEqualTo("2024-05-06T00:00:00Z");
  }

  @Test
  void toTree_leavesOutWhatIsUnknown() {
    JsonNode item = Ninjs.toTree(article(Optional.empty(), Optional.empty()));

    assertThat(item.has("versioncreated")).isFalse();
    assertThat(item.has("by")).isFalse();
  }

  @Test
  void dateTime_writesEveryPrecisionAsRfc3339() {
    assertThat(Ninjs.dateTime(new Published("2020", Precision.YEAR, true))).contains("2020-01-01T00:00:00Z");
    assertThat(Ninjs.dateTime(new Published("2020-07", Precision.MONTH, true))).contains("2020-07-01T00:00:00Z");
    assertThat(Ninjs.dateTime(new Published("2020-07-03T10:15+02:00", Precision.MINUTE, false)))
        .contains("2020-07-03T10:15:00+02:00");
    assertThat(Ninjs.dateTime(new Published("2020-07-03T10:15:30Z", Precision.SECOND, false)))
        .contains("2020-07-03T10:15:30Z");
    assertThat(Ninjs.dateTime(new Published("soon", Precision.DAY, true))).isEmpty();
  }
}
