package io.humaans.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ReportJsonStringTest {

  @Test
  void plainStringsAreWrittenAsTheyAre() throws IOException {
    assertThat(json("")).isEqualTo("\"\"");
    assertThat(json("emp_1/okta")).isEqualTo("\"emp_1/okta\"");
    String nonAscii = "Zoë Ångström 日本 \uD83D\uDE00";
    assertThat(json(nonAscii)).isEqualTo("\"" + nonAscii + "\"");
  }

  @Test
  void quoteBackslashAndControlCharactersAreEscapedAnywhereInTheString() throws IOException {
    assertThat(json("\"")).isEqualTo("\"\\\"\"");
    assertThat(json("a\\b")).isEqualTo("\"a\\\\b\"");
    assertThat(json("line\nnext\r\tx\b\f")).isEqualTo("\"line\\nnext\\r\\tx\\b\\f\"");
    assertThat(json("\u0000x\u001f")).isEqualTo("\"\\u0000x\\u001f\"");
    assertThat(json("end\u0001")).isEqualTo("\"end\\u0001\"");
    assertThat(json("\u007f ok")).isEqualTo("\"\u007f ok\"");
  }

  @Test
  void loneSurrogatesAreEscapedSinceUtf8CannotHoldThemAndPairsStayAsTheyAre() throws IOException {
    // Written raw, a lone surrogate becomes '?' in UTF-8, so the value read back differs.
    assertThat(json("a\uD800b")).isEqualTo("\"a\\ud800b\"");
    assertThat(json("\uDC00")).isEqualTo("\"\\udc00\"");
    assertThat(json("end\uDBFF")).isEqualTo("\"end\\udbff\"");
    assertThat(json("\uDE00\uD83D")).isEqualTo("\"\\ude00\\ud83d\"");
    assertThat(json("\uD83D\uDE00\uD800")).isEqualTo("\"\uD83D\uDE00\\ud800\"");
  }

  @Test
  void everyCharacterBelowTwoFiveSixMatchesTheRfcEscapingOneCharacterAtATime() throws IOException {
    StringBuilder all = new StringBuilder("head ");
    for (char c = 0; c < 256; c++) {
      all.append(c).append('.');
    }
    String value = all.toString();
    assertThat(json(value)).isEqualTo(reference(value));
  }

  /** Writes with a Writer and with a StringBuilder, which must agree, and returns the text. */
  private static String json(String value) throws IOException {
    StringBuilder builder = new StringBuilder();
    ReportJson.string(builder, value);
    StringWriter writer = new StringWriter();
    ReportJson.string(writer, value);
    assertThat(writer.toString()).isEqualTo(builder.toString());
    return builder.toString();
  }

  private static String reference(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.append('"').toString();
  }
}
