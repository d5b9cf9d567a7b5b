package org.vigie.extract;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Text decoded from bytes, with the charset used and the evidence for it.
 *
 * @param evidence where the charset came from: "bom", "declared", "valid-utf-8", "utf-16-pattern", "detected", "fallback"
 */
public record DecodedText(String text, Charset charset, String evidence) {
  public DecodedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(evidence, "evidence");
  }
}
