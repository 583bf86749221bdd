package io.humaans.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.util.Random;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * Whenever a JSON string, as Moshi decodes it, holds the token in a form the Redactor removes, the
 * scanner must say "may hold" (no false negative).
 */
class SecretScannerPropertyTest {
  private static final String[] TOKENS = {"hum_live/Sup3r S3cretT0ken", "aab", "a/b c", "ab%2"};

  /** One character of the token in a random form, as it would be written inside a JSON string. */
  private static String encode(char c, Random r) {
    String hex2 = String.format(r.nextBoolean() ? "%02x" : "%02X", (int) c);
    String hex4 = String.format(r.nextBoolean() ? "%04x" : "%04X", (int) c);
    switch (r.nextInt(9)) {
      case 0:
        return c == '"' || c == '\\' ? "\\" + c : String.valueOf(c);
      case 1:
        return "\\u" + hex4; // JSON escape
      case 2:
        return "%" + hex2; // percent, in the decoded string
      case 3:
        return "\\u0025" + hex2; // percent whose % is JSON-escaped
      case 4:
        return "%" + jsonEscapeAll(hex2); // percent whose digits are JSON-escaped
      case 5:
        return "\\\\u" + hex4; // the decoded string holds backslash-u
      case 6:
        return "\\u005cu" + jsonEscapeAll(hex4); // backslash-u, all JSON-escaped
      case 7:
        return c == ' ' ? "+" : c == '/' ? "\\/" : String.valueOf(c);
      default:
        return c == '/' || c == '"' || c == '\\' ? "\\\\\\" + c : String.valueOf(c);
    }
  }

  private static String jsonEscapeAll(String s) {
    StringBuilder b = new StringBuilder();
    for (char ch : s.toCharArray()) {
      b.append(String.format("\\u%04x", (int) ch));
    }
    return b.toString();
  }

  private static String noise(String token, Random r) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(6);
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(5)) {
        case 0 -> b.append(token, 0, r.nextInt(token.length() + 1));
        case 1 -> b.append("\\\\");
        case 2 -> b.append('%');
        case 3 -> b.append('+');
        default -> b.append((char) ('a' + r.nextInt(26)));
      }
    }
    return b.toString();
  }

  @Test
  void everyDecodedEchoIsFound() throws IOException {
    Random r = new Random(42);
    for (int round = 0; round < 50_000; round++) {
      String token = TOKENS[r.nextInt(TOKENS.length)];
      StringBuilder s = new StringBuilder(noise(token, r));
      // Sometimes drop or change one character, so near-misses are tried too.
      int broken = r.nextInt(3) == 0 ? r.nextInt(token.length()) : -1;
      for (int i = 0; i < token.length(); i++) {
        if (i == broken) {
          continue;
        }
        s.append(encode(token.charAt(i), r));
      }
      s.append(noise(token, r));
      String json = "[\"" + s + "\"]";
      String decoded;
      try {
        JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
        reader.beginArray();
        decoded = reader.nextString();
      } catch (IOException e) {
        continue; // not valid JSON
      }
      boolean holds = Redactor.of(token).appearsIn(decoded);
      if (holds) {
        assertThat(new SecretScanner(token).mayHold(new Buffer().writeUtf8(json)))
            .as("token %s in %s (decoded %s)", token, json, decoded)
            .isTrue();
      }
    }
  }
}
