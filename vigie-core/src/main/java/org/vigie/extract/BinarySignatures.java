package org.vigie.extract;

import java.util.List;
import java.util.Optional;

/** Magic numbers of common binary formats that crawls and folders hold, so a failure can name the format. */
final class BinarySignatures {
  private record Signature(String name, byte[] prefix) {}

  private static final List<Signature> SIGNATURES = List.of(
      new Signature("a PDF document", bytes(0x25, 0x50, 0x44, 0x46, 0x2D)),
      new Signature("a ZIP archive", bytes(0x50, 0x4B, 0x03, 0x04)),
      new Signature("gzip data", bytes(0x1F, 0x8B)),
      new Signature("a PNG image", bytes(0x89, 0x50, 0x4E, 0x47)),
      new Signature("a JPEG image", bytes(0xFF, 0xD8, 0xFF)),
      new Signature("a GIF image", bytes(0x47, 0x49, 0x46, 0x38)),
      new Signature("a WebP or RIFF file", bytes(0x52, 0x49, 0x46, 0x46)),
      new Signature("an ELF executable", bytes(0x7F, 0x45, 0x4C, 0x46)),
      new Signature("a 7-Zip archive", bytes(0x37, 0x7A, 0xBC, 0xAF)),
      new Signature("a Java class file", bytes(0xCA, 0xFE, 0xBA, 0xBE)));

  private BinarySignatures() {}

  static Optional<String> identify(byte[] content) {
    for (Signature signature : SIGNATURES) {
      byte[] prefix = signature.prefix();
      if (content.length >= prefix.length && java.util.Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length)) {
        return Optional.of(signature.name());
      }
    }
    return Optional.empty();
  }

  private static byte[] bytes(int... values) {
    byte[] result = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = (byte) values[i];
    }
    return result;
  }
}
