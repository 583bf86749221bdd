package io.humaans.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.humaans.client.errors.AuthenticationException;
import io.humaans.client.errors.HumaansApiException;
import io.humaans.client.internal.Redactor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A server echoing the token in any encoding, in bodies or headers, never gets it shown. */
class TokenRedactionTest {
  /** Tokens may hold {@code /}, {@code +} and {@code =}. */
  static final String TOKEN = "hum_t/k+Q=Sup3rS3cret";

  @StartStop final MockWebServer server = new MockWebServer();

  static final String[] ECHOES = {
    "hum_t/k+Q=Sup3rS3cret",
    "hum_t\\/k+Q=Sup3rS3cret",
    "\\u0068um_t\\u002Fk\\u002bQ\\u003dSup3rS3cret",
    "hum_t%2Fk%2BQ%3DSup3rS3cret",
    "hum_t%2fk%2bQ%3dSup3rS3cret",
  };

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4})
  void tokenEchoedInAnErrorBodyAndHeadersIsRedactedEverywhere(int form) {
    String echo = ECHOES[form];
    server.enqueue(
        new MockResponse.Builder()
            .code(401)
            .addHeader(
                "WWW-Authenticate", "Bearer error=\"invalid_token\", token=\"" + TOKEN + "\"")
            .addHeader("X-Request-Id", "req-" + echo)
            .addHeader("Content-Type", "application/json")
            .body(
                "{\"name\":\"NotAuthenticated\",\"code\":401,\"message\":\"Invalid token "
                    + echo
                    + "\","
                    + "\"issues\":[{\"name\":\""
                    + echo
                    + "\",\"reason\":\"token "
                    + echo
                    + " expired\"}]}")
            .build());
    List<String> lines = new CopyOnWriteArrayList<>();
    AuthenticationException e;
    try (HumaansClient client =
        HumaansClient.builder()
            .token(TOKEN)
            .baseUrl(server.url("/api").toString())
            .logger(lines::add)
            .build()) {
      e = catchThrowableOfType(AuthenticationException.class, client::me);
    }
    List<String> shown =
        new ArrayList<>(
            List.of(
                e.getMessage(),
                e.toString(),
                e.rawBody(),
                e.serverMessage().orElseThrow(),
                e.requestId().orElseThrow(),
                e.issues().toString()));
    shown.addAll(lines);
    Redactor redactor = Redactor.of(TOKEN);
    for (String text : shown) {
      assertThat(redactor.appearsIn(text)).as(text).isFalse();
      assertThat(text).doesNotContain("Sup3rS3cret");
    }
    assertThat(e.serverMessage()).hasValue("Invalid token ██");
    assertThat(e.requestId()).hasValue("req-██");
    assertThat(e.issues().get(0).name()).hasValue("██");
    assertThat(e.getMessage())
        .startsWith("401 Unauthorized on GET /me: Invalid token ██; issues: ██: token ██ expired");
    assertThat(lines)
        .contains(
            "WWW-Authenticate: Bearer error=\"invalid_token\", token=\"██\"", "Authorization: ██");
  }

  @Test
  void redactorFindsEveryEncodingAndMixes() {
    Redactor r = Redactor.of("a b/c+d=");
    assertThat(r.redact("x a b/c+d= y")).isEqualTo("x ██ y");
    assertThat(r.redact("x a+b%2Fc%2Bd%3D y")).isEqualTo("x ██ y");
    assertThat(r.redact("x a%20b\\/c\\u002Bd\\u003D y")).isEqualTo("x ██ y");
    assertThat(r.redact("a b/c+d=a b/c+d=")).isEqualTo("████");
    assertThat(r.redact("a b/c+d")).isEqualTo("a b/c+d");
    assertThat(Redactor.of("").redact("anything")).isEqualTo("anything");
  }

  @Test
  void apiExceptionsBuiltFromRedactedBodiesKeepNoTrace() {
    server.enqueue(
        new MockResponse.Builder()
            .code(403)
            .body("<html>denied for " + TOKEN.replace("/", "%2F") + "</html>")
            .build());
    try (HumaansClient client =
        HumaansClient.builder().token(TOKEN).baseUrl(server.url("/api").toString()).build()) {
      HumaansApiException e =
          catchThrowableOfType(HumaansApiException.class, () -> client.people().get("x"));
      assertThat(e.rawBody()).isEqualTo("<html>denied for ██</html>");
      assertThat(e.getMessage()).contains("non-JSON response body: <html>denied for ██</html>");
    }
  }
}
