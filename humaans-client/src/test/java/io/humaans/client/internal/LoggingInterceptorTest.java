package io.humaans.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class LoggingInterceptorTest {

  private static final String TOKEN = "secret-token-123";

  @StartStop private final MockWebServer server = new MockWebServer();

  private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

  private OkHttpClient client() {
    return new OkHttpClient.Builder()
        .retryOnConnectionFailure(false)
        .addInterceptor(
            chain ->
                chain.proceed(
                    chain
                        .request()
                        .newBuilder()
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Cookie", "session=" + TOKEN)
                        .build()))
        .addInterceptor(new LoggingInterceptor(lines::add))
        .build();
  }

  @Test
  void logsRequestAndResponseLinesWithCredentialsRedacted() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .addHeader("Set-Cookie", "session=" + TOKEN)
            .body("{\"total\":0,\"note\":\"SECRET-BODY\"}")
            .build());
    Request request =
        new Request.Builder()
            .url(server.url("/api/people?%24limit=2&%24skip=0"))
            .header("Accept", "application/json")
            .build();

    try (Response response = client().newCall(request).execute()) {
      assertThat(response.body().string()).contains("SECRET-BODY");
    }

    String url = server.url("/api/people?%24limit=2&%24skip=0").toString();
    assertThat(lines).noneMatch(line -> line.contains(TOKEN));
    assertThat(lines).noneMatch(line -> line.contains("SECRET-BODY"));
    assertThat(lines.get(0)).isEqualTo("--> GET " + url);
    assertThat(lines)
        .contains(
            "Accept: application/json",
            "Authorization: ██",
            "Cookie: ██",
            "--> END GET",
            "Content-Type: application/json",
            "Set-Cookie: ██",
            "<-- END HTTP (body not logged)");
    assertThat(lines).anyMatch(line -> line.matches("<-- 200 OK \\Q" + url + "\\E \\(\\d+ ms\\)"));
    assertThat(lines.get(lines.size() - 1)).isEqualTo("<-- END HTTP (body not logged)");
  }

  @Test
  void requestBodyIsNotLogged() throws Exception {
    server.enqueue(new MockResponse.Builder().code(201).body("{}").build());
    Request request =
        new Request.Builder()
            .url(server.url("/api/timesheet-entries"))
            .post(RequestBody.create("{\"note\":\"PRIVATE\"}", MediaType.get("application/json")))
            .build();

    client().newCall(request).execute().close();

    assertThat(lines).noneMatch(line -> line.contains("PRIVATE"));
    assertThat(lines).contains("--> END POST (18-byte body not logged)");
    assertThat(lines).anyMatch(line -> line.startsWith("<-- 201 "));
  }

  @Test
  void logsFailureAndRethrows() {
    server.enqueue(
        new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());

    assertThatThrownBy(
            () ->
                client().newCall(new Request.Builder().url(server.url("/api/x")).build()).execute())
        .isInstanceOf(IOException.class);

    assertThat(lines).anyMatch(line -> line.startsWith("<-- HTTP FAILED: "));
    assertThat(lines).noneMatch(line -> line.contains(TOKEN));
  }

  @Test
  void userInfoInUrlIsNotLogged() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).build());
    Request request =
        new Request.Builder()
            .url(server.url("/api/x").newBuilder().username("admin").password(TOKEN).build())
            .build();

    client().newCall(request).execute().close();

    assertThat(lines).noneMatch(line -> line.contains(TOKEN) || line.contains("admin"));
    assertThat(lines.get(0)).isEqualTo("--> GET " + server.url("/api/x"));
  }
}
