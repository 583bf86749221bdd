package io.humaans.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humaans.client.RetryPolicy;
import io.humaans.client.errors.HumaansApiException;
import io.humaans.client.errors.HumaansIoException;
import java.io.IOException;
import java.time.Clock;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sends a token the way the client does and checks no resulting exception message shows it. */
class TokenNeverInExceptionMessagesTest {

  private static final String TOKEN = "secret-token-123";

  @StartStop private final MockWebServer server = new MockWebServer();

  private final OkHttpClient client =
      new OkHttpClient.Builder()
          .retryOnConnectionFailure(false)
          .addInterceptor(
              new RetryInterceptor(RetryPolicy.none(), d -> {}, Clock.systemUTC(), () -> 0.0))
          .build();

  private HumaansApiException call(String path) throws IOException {
    HttpUrl url = server.url("/api" + path);
    Request request =
        new Request.Builder().url(url).header("Authorization", "Bearer " + TOKEN).build();
    try (Response response = client.newCall(request).execute()) {
      String pathAndQuery =
          url.encodedPath().substring("/api".length())
              + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery());
      return ErrorMapper.fromResponse(
          request.method(),
          pathAndQuery,
          response.code(),
          response.headers(),
          response.body().string());
    }
  }

  @ParameterizedTest
  @ValueSource(
      ints = {300, 400, 401, 402, 403, 404, 405, 408, 409, 410, 418, 422, 429, 500, 502, 503, 504})
  void messageNeverContainsTokenEvenWhenServerEchoesIt(int status) throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(status)
            .addHeader("X-Request-Id", "req_1")
            .body(
                "{\"code\":"
                    + status
                    + ",\"name\":\"Err\",\"message\":\"rejected Authorization: Bearer "
                    + TOKEN
                    + "\",\"issues\":[{\"name\":\"token\",\"reason\":\"Bearer "
                    + TOKEN
                    + " is revoked\"}]}")
            .build());

    HumaansApiException e = call("/compensations?personId=x");

    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.getMessage()).doesNotContain(TOKEN).contains("Bearer ██");
    assertThat(e.toString()).doesNotContain(TOKEN);
    assertThat(e.path()).isEqualTo("/compensations?personId=x");
  }

  @ParameterizedTest
  @ValueSource(ints = {401, 403, 502})
  void htmlBodyEchoingTokenIsRedactedInMessage(int status) throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(status)
            .body("<html><body>Authorization: bearer " + TOKEN + "</body></html>")
            .build());

    HumaansApiException e = call("/people");

    assertThat(e.getMessage()).doesNotContain(TOKEN);
    assertThat(e.rawBody()).contains(TOKEN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/people?access_token=" + TOKEN, "/people?token=" + TOKEN + "&x=1"})
  void tokenInQueryIsRedactedInMessage(String path) throws Exception {
    server.enqueue(new MockResponse.Builder().code(404).body("{}").build());

    HumaansApiException e = call(path);

    assertThat(e.getMessage()).doesNotContain(TOKEN);
  }

  @Test
  void networkFailureMessageHasNoToken() {
    server.enqueue(
        new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
    Request request =
        new Request.Builder()
            .url(server.url("/api/people"))
            .header("Authorization", "Bearer " + TOKEN)
            .build();

    assertThatThrownBy(() -> client.newCall(request).execute())
        .isInstanceOfSatisfying(
            IOException.class,
            io -> {
              HumaansIoException e = ErrorMapper.io("GET", "/people", io);
              assertThat(e.getMessage()).startsWith("GET /people ").doesNotContain(TOKEN);
            });
  }
}
