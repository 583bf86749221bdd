package io.humaans.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SecretScanner} finds the token in every encoding wherever it lies in a body, including
 * across the buffer's segments, and says "no" for bodies without it.
 */
class SecretScannerTest {
  private static final String TOKEN = "hum_live/Sup3r S3cretT0ken";
  private static final SecretScanner SCANNER = new SecretScanner(TOKEN);

  private static Buffer body(String json) {
    return new Buffer().writeUtf8(json);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hum_live/Sup3r S3cretT0ken",
        "hum_live\\/Sup3r S3cretT0ken",
        "hum_live%2FSup3r+S3cretT0ken",
        "hum%5flive%2fSup3r%20S3cretT0ken",
        "\\u0068um_live/Sup3r S3cretT0ke\\u006E",
        "hum_live\\u00252FSup3r S3cret\\u0054\\u0030ken",
        "hum_live/\\\\u0053up3r S3cretT0ken",
        "hum_live/Sup3r S3cretT0ken%EF%BC%90" // the token followed by anything
      })
  void findsEveryEncodingAcrossSegmentBoundaries(String echoed) {
    // Okio's segments hold 8192 bytes: put the echo at every offset around the first boundary.
    for (int offset = 8192 - echoed.length() - 2; offset <= 8192 + 2; offset++) {
      String json = "{\"a\":\"" + "x".repeat(offset - 6) + echoed + "\",\"b\":1}";
      assertThat(SCANNER.mayHold(body(json))).as("at %d: %s", offset, echoed).isTrue();
    }
  }

  @Test
  void findsAPercentEncodingWithFullWidthDigitsAsTheRedactorDoes() {
    String echoed = "hum_live%２FSup3r S3cretT0ken";
    assertThat(Redactor.of(TOKEN).appearsIn(echoed)).isTrue();
    assertThat(SCANNER.mayHold(body("[\"" + echoed + "\"]"))).isTrue();
  }

  @Test
  void saysNoForBodiesWithoutTheToken() {
    String page =
        "{\"total\":2,\"data\":[{\"id\":\"P1\",\"firstName\":\"Ada\",\"bio\":\"a\\\\b \\/ \\u0041"
            + " %41 100% + Sup3r S3cret\"},{\"id\":\"P2\",\"lastName\":\"hum_live/Sup3r"
            + " S3cretT0ke\",\"city\":\"Zürich\"}]}";
    assertThat(SCANNER.mayHold(body(page.repeat(300)))).isFalse();
    assertThat(SCANNER.mayHold(body(""))).isFalse();
    assertThat(new SecretScanner("").mayHold(body(TOKEN))).isFalse();
  }

  @Test
  void aSecretOutsideAsciiMakesEveryBodyTakeTheRedactingPath() {
    assertThat(new SecretScanner("jeton-é").mayHold(body("{}"))).isTrue();
  }

  @Test
  void toStringDoesNotShowTheSecret() {
    assertThat(SCANNER.toString()).doesNotContain(TOKEN).contains("██");
  }
}
