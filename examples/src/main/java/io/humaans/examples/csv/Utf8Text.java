package io.humaans.examples.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes a file's bytes as strict UTF-8. A byte sequence that is not UTF-8 (a Latin-1 or
 * Windows-1252 export, say), or a NUL byte (UTF-16 text, or not text at all), fails with a {@link
 * CsvFormatException} naming the line and column where it starts and saying that UTF-8 was
 * expected, instead of a bare decoder error.
 */
final class Utf8Text {
  private Utf8Text() {}

  /**
   * Returns the text of {@code bytes}.
   *
   * @param source the file name used in the error message
   * @throws CsvFormatException at the first byte sequence that is not UTF-8
   */
  static String decode(String source, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw notUtf8(source, bytes, in.position());
    }
    // NUL is valid UTF-8 but never text: it is what UTF-16 (or binary) content decodes to.
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw notUtf8(source, bytes, i);
      }
    }
    out.flip();
    return out.toString();
  }

  private static CsvFormatException notUtf8(String source, byte[] bytes, int bad) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < bad; i++) {
      byte b = bytes[i];
      boolean crlf = b == '\r' && i + 1 < bad && bytes[i + 1] == '\n';
      if (b == '\n' || (b == '\r' && !crlf)) {
        line++;
        lineStart = i + 1;
      }
    }
    // Everything before the bad byte decoded, so the column counts its characters.
    String before = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
    int column = before.codePointCount(0, before.length()) + 1;
    return new CsvFormatException(
        source,
        line,
        column,
        String.format(
            Locale.ROOT,
            "not UTF-8 text (byte 0x%02X%s); the file must be UTF-8: save or export it as UTF-8",
            bytes[bad] & 0xFF,
            looksLikeUtf16(bytes) ? ", as in UTF-16" : ""));
  }

  /** Whether the bytes start with a UTF-16 byte-order mark or hold a NUL byte. */
  private static boolean looksLikeUtf16(byte[] bytes) {
    if (bytes.length >= 2) {
      int first = bytes[0] & 0xFF;
      int second = bytes[1] & 0xFF;
      if ((first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF)) {
        return true;
      }
    }
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }
}
