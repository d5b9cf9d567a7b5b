package org.vigie.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.pipeline.Outcome;

/** Pages in legacy charsets that declare none: the fixtures are news pages in UTF-8, encoded here. */
class LegacyCharsetsTest {
  private final TextDecoder decoder = new TextDecoder();

  private static String fixture(String name) throws IOException {
    try (InputStream in = LegacyCharsetsTest.class.getResourceAsStream("/fixtures/html/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static byte[] encoded(String text, String charset) {
    Charset cs = Charset.forName(charset);
    assertThat(cs.newEncoder().canEncode(text)).as("the fixture is all in " + charset).isTrue();
    return text.getBytes(cs);
  }

  private DecodedText decoded(byte[] bytes, List<String> declared) {
    Outcome<DecodedText> outcome = decoder.decode(bytes, declared);
    assertThat(outcome).isInstanceOf(Outcome.Done.class);
    return ((Outcome.Done<DecodedText>) outcome).value();
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({
      "undeclared-ja.html, Shift_JIS",
      "undeclared-ja.html, EUC-JP",
      "undeclared-ja.html, ISO-2022-JP",
      "undeclared-zh-hans.html, GBK",
      "undeclared-zh-hans.html, GB18030",
      "undeclared-zh-hant.html, Big5",
      "undeclared-ko.html, EUC-KR",
      "undeclared-ru.html, windows-1251",
      "undeclared-ru.html, KOI8-R",
      "undeclared-ru.html, ISO-8859-5",
      "undeclared-ru.html, IBM866",
      "undeclared-el.html, ISO-8859-7",
      "undeclared-el.html, windows-1253"})
  void decode_undeclaredLegacyCharset_detected(String fixture, String charset) throws IOException {
    String page = fixture(fixture);
    DecodedText text = decoded(encoded(page, charset), List.of());
    assertThat(text.text()).isEqualTo(page);
    assertThat(text.evidence()).isEqualTo("detected");
  }

  @Test
  void decode_windows1252PageThatTheDetectorReadsAsGb18030_staysWindows1252() throws IOException {
    // "144×144" in windows-1252 is a valid four-byte GB18030 sequence, and the detector says GB18030.
    String page = fixture("undeclared-en-times-sign-reads-as-gb18030.html");
    DecodedText text = decoded(encoded(page, "windows-1252"), List.of());
    assertThat(text.text()).isEqualTo(page);
    assertThat(text.charset()).isEqualTo(Charset.forName("windows-1252"));
  }

  @Test
  void decode_declaredShiftJisWithAStrayByte_detectedRatherThanWindows1252() throws IOException {
    String page = fixture("undeclared-ja.html");
    byte[] bytes = encoded(page, "Shift_JIS");
    int at = page.indexOf("<article>");
    bytes[at] = (byte) 0x80;
    DecodedText text = decoded(bytes, List.of("shift_jis"));
    assertThat(text.charset()).isEqualTo(Charset.forName("windows-31j"));
    assertThat(text.text()).contains("小池百合子知事は記者団に対し");
  }

  @Test
  void decode_declaredLabelsReadAsTheirWebSupersets() {
    // ① and 뷁 are in the Microsoft extensions that pages labelled Shift_JIS and EUC-KR use.
    assertThat(decoded(encoded("丸数字①です", "windows-31j"), List.of("Shift_JIS")).text()).isEqualTo("丸数字①です");
    assertThat(decoded(encoded("뷁 소리", "x-windows-949"), List.of("euc-kr")).text()).isEqualTo("뷁 소리");
    assertThat(decoded(encoded("汉字", "GBK"), List.of("gb2312")).charset()).isEqualTo(Charset.forName("GB18030"));
  }

  @Test
  void decode_declaredCharsetThatFits_winsOverTheDetector() throws IOException {
    String russian = fixture("undeclared-ru.html");
    // KOI8-R bytes labelled windows-1251 decode without error; the label is obeyed, as browsers do.
    DecodedText text = decoded(encoded(russian, "KOI8-R"), List.of("windows-1251"));
    assertThat(text.evidence()).isEqualTo("declared");
    assertThat(text.charset()).isEqualTo(Charset.forName("windows-1251"));
  }

  @Test
  void decode_asciiWithoutEscapes_staysUtf8() {
    DecodedText text = decoded("plain ASCII news".getBytes(StandardCharsets.US_ASCII), List.of());
    assertThat(text.evidence()).isEqualTo("valid-utf-8");
  }

  @Test
  void decode_shortLatinTexts_stayWindows1252() {
    for (String latin : List.of("Le ministre de la Défense est arrivé à Tripoli, « vendredi ».",
        "Der Außenminister traf sich am Donnerstag in Ankara.", "Señor Núñez’s café — 3 €.",
        "L’été à Paris : l’équipe s’est qualifiée.")) {
      DecodedText text = decoded(encoded(latin, "windows-1252"), List.of());
      assertThat(text.text()).isEqualTo(latin);
      assertThat(text.charset()).isEqualTo(Charset.forName("windows-1252"));
    }
  }
}
