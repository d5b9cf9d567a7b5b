package org.vigie.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigie.pipeline.FailureCause;
import org.vigie.pipeline.Outcome;

class TextDecoderTest {
  private final TextDecoder decoder = new TextDecoder();
  private static final String FRENCH = "Le ministre turc de la Défense est arrivé à Tripoli, « vendredi » — 3 €.";

  private DecodedText decoded(Outcome<DecodedText> outcome) {
    assertThat(outcome).isInstanceOf(Outcome.Done.class);
    return ((Outcome.Done<DecodedText>) outcome).value();
  }

  private FailureCause failure(Outcome<DecodedText> outcome) {
    assertThat(outcome).isInstanceOf(Outcome.Failed.class);
    return ((Outcome.Failed<DecodedText>) outcome).cause();
  }

  @Test
  void decode_utf8_keepsAccents() {
    DecodedText text = decoded(decoder.decode(FRENCH.getBytes(StandardCharsets.UTF_8), Optional.empty()));
    assertThat(text.text()).isEqualTo(FRENCH);
    assertThat(text.evidence()).isEqualTo("valid-utf-8");
  }

  @Test
  void decode_latin1WithoutDeclaration_fallsBackToWindows1252() {
    String latin = "Le ministre de la Défense est arrivé à Tripoli, « vendredi ».";
    DecodedText text = decoded(decoder.decode(latin.getBytes(StandardCharsets.ISO_8859_1), Optional.empty()));
    assertThat(text.text()).isEqualTo(latin);
    assertThat(text.charset()).isEqualTo(Charset.forName("windows-1252"));
  }

  @Test
  void decode_windows1252CurlyQuotesAndEuro_noMojibake() {
    String text = "Il a dit “oui” — pour 3 €.";
    DecodedText decodedText = decoded(decoder.decode(text.getBytes(Charset.forName("windows-1252")), Optional.empty()));
    assertThat(decodedText.text()).isEqualTo(text);
  }

  @Test
  void decode_declaredCharsetThatFits_wins() {
    String cyrillic = "Москва заявила о переговорах";
    byte[] bytes = cyrillic.getBytes(Charset.forName("KOI8-R"));
    assertThat(decoded(decoder.decode(bytes, Optional.of("koi8-r"))).text()).isEqualTo(cyrillic);
  }

  @Test
  void decode_singleByteLabelOnValidUtf8_decodesAsUtf8() {
    DecodedText text = decoded(decoder.decode(FRENCH.getBytes(StandardCharsets.UTF_8), List.of("iso-8859-1")));
    assertThat(text.text()).isEqualTo(FRENCH);
    assertThat(text.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void decode_severalDeclarations_firstThatFitsWins() {
    byte[] latin = FRENCH.getBytes(Charset.forName("windows-1252"));
    DecodedText text = decoded(decoder.decode(latin, List.of("utf-8", "windows-1252")));
    assertThat(text.text()).isEqualTo(FRENCH);
    assertThat(text.evidence()).isEqualTo("declared");
  }

  @Test
  void decode_utf8Bom_stripped() {
    byte[] body = FRENCH.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertThat(decoded(decoder.decode(bytes, Optional.of("iso-8859-1"))).text()).isEqualTo(FRENCH);
  }

  @Test
  void decode_utf16WithoutBom_detectedFromZeroBytes() {
    assertThat(decoded(decoder.decode(FRENCH.getBytes(StandardCharsets.UTF_16LE), Optional.empty())).text())
        .isEqualTo(FRENCH);
    assertThat(decoded(decoder.decode(FRENCH.getBytes(StandardCharsets.UTF_16BE), Optional.empty())).text())
        .isEqualTo(FRENCH);
  }

  @Test
  void decode_empty_failsAsEmpty() {
    assertThat(failure(decoder.decode(new byte[0], Optional.empty()))).isEqualTo(FailureCause.EMPTY);
  }

  @Test
  void decode_pngSignature_failsAsBinary() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    Outcome<DecodedText> outcome = decoder.decode(png, Optional.empty());
    assertThat(failure(outcome)).isEqualTo(FailureCause.BINARY);
    assertThat(((Outcome.Failed<DecodedText>) outcome).message()).contains("PNG");
  }

  @Test
  void decode_randomBytes_failsAsBinary() {
    byte[] bytes = new byte[4096];
    new java.util.Random(42).nextBytes(bytes);
    assertThat(failure(decoder.decode(bytes, Optional.empty()))).isEqualTo(FailureCause.BINARY);
  }
}
