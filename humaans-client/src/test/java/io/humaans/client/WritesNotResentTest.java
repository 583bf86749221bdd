package io.humaans.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humaans.client.errors.HumaansIoException;
import io.humaans.client.errors.ServerException;
import io.humaans.client.errors.UnexpectedStatusException;
import io.humaans.client.model.Person;
import io.humaans.client.model.WebhookParams;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * POST, PATCH and DELETE are sent once however the connection or the server fails: OkHttp, below
 * the client's retry policy, would otherwise send them again by itself (after a failure on a reused
 * connection, after a 408, after a 503 with {@code Retry-After: 0}), creating a row twice or
 * reporting an applied delete as a 404. Nor does a redirect send them elsewhere: after a 301, 302
 * or 303 OkHttp would fetch the new location with a GET, and an update that was not applied would
 * return that row as if it had been.
 */
class WritesNotResentTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  /** The server reads the request, then closes the connection without answering. */
  private static MockResponse lostResponse() {
    return new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
        .build();
  }

  private static WebhookParams hook() {
    return WebhookParams.builder().url("https://hooks.example/h").build();
  }

  /** Makes the next request go out on a pooled connection, as in any run after the first call. */
  private static void warmUp(HumaansClient client) {
    Person me = client.me();
    assertThat(me.id()).isEqualTo("Me1");
  }

  private List<String> requestsSeen() throws InterruptedException {
    List<String> seen = new ArrayList<>();
    for (int i = server.getRequestCount(); i > 0; i--) {
      var request = server.takeRequest();
      seen.add(request.getMethod() + " " + request.getTarget());
    }
    return seen;
  }

  @Test
  void postWhoseResponseIsLostOnAReusedConnectionIsSentOnce() throws Exception {
    server.enqueue(json(200, "{\"id\":\"Me1\"}"));
    server.enqueue(lostResponse());
    server.enqueue(json(201, "{\"id\":\"WhSecond\"}"));
    try (HumaansClient client = TestClients.client(server)) {
      warmUp(client);
      assertThatThrownBy(() -> client.webhooks().create(hook()))
          .isInstanceOf(HumaansIoException.class)
          .hasMessageContaining("POST /webhooks");
    }
    assertThat(requestsSeen()).containsExactly("GET /api/me", "POST /api/webhooks");
  }

  @Test
  void asyncPostWhoseResponseIsLostIsSentOnce() throws Exception {
    server.enqueue(json(200, "{\"id\":\"Me1\"}"));
    server.enqueue(lostResponse());
    server.enqueue(json(201, "{\"id\":\"WhSecond\"}"));
    try (HumaansClient client = TestClients.client(server)) {
      warmUp(client);
      var future = client.webhooks().createAsync(hook());
      assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(HumaansIoException.class);
    }
    assertThat(requestsSeen()).containsExactly("GET /api/me", "POST /api/webhooks");
  }

  @Test
  void patchWhoseResponseIsLostIsSentOnce() throws Exception {
    server.enqueue(json(200, "{\"id\":\"Me1\"}"));
    server.enqueue(lostResponse());
    server.enqueue(json(200, "{\"id\":\"Wh1\"}"));
    try (HumaansClient client = TestClients.client(server)) {
      warmUp(client);
      assertThatThrownBy(() -> client.webhooks().update("Wh1", hook()))
          .isInstanceOf(HumaansIoException.class)
          .hasMessageContaining("PATCH /webhooks/Wh1");
    }
    assertThat(requestsSeen()).containsExactly("GET /api/me", "PATCH /api/webhooks/Wh1");
  }

  @Test
  void deleteWhoseResponseIsLostFailsAsNetworkErrorNotAs404() throws Exception {
    server.enqueue(json(200, "{\"id\":\"Me1\"}"));
    server.enqueue(lostResponse());
    server.enqueue(json(404, "{\"code\":404,\"name\":\"NotFound\"}"));
    try (HumaansClient client = TestClients.client(server)) {
      warmUp(client);
      assertThatThrownBy(() -> client.webhooks().delete("Wh1"))
          .isInstanceOf(HumaansIoException.class)
          .hasMessageContaining("DELETE /webhooks/Wh1");
    }
    assertThat(requestsSeen()).containsExactly("GET /api/me", "DELETE /api/webhooks/Wh1");
  }

  @Test
  void postAnswered408IsNotSentAgain() throws Exception {
    server.enqueue(json(408, "{\"code\":408,\"message\":\"request timeout\"}"));
    server.enqueue(json(201, "{\"id\":\"WhSecond\"}"));
    try (HumaansClient client = TestClients.client(server)) {
      assertThatThrownBy(() -> client.webhooks().create(hook()))
          .isInstanceOf(UnexpectedStatusException.class)
          .hasMessageContaining("408");
    }
    assertThat(requestsSeen()).containsExactly("POST /api/webhooks");
  }

  @Test
  void postAnswered503WithRetryAfterZeroIsNotSentAgain() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .addHeader("Retry-After", "0")
            .body("{\"code\":503,\"message\":\"try again now\"}")
            .build());
    server.enqueue(json(201, "{\"id\":\"WhSecond\"}"));
    try (HumaansClient client = TestClients.client(server)) {
      assertThatThrownBy(() -> client.webhooks().create(hook()))
          .isInstanceOf(ServerException.class)
          .hasMessageContaining("try again now");
    }
    assertThat(requestsSeen()).containsExactly("POST /api/webhooks");
  }

  @Test
  void getAnswered503WithRetryAfterZeroIsStillRetriedWithoutWaiting() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "0").build());
    server.enqueue(json(200, "{\"id\":\"Me1\"}"));
    TestClients.RecordingSleeper sleeper = new TestClients.RecordingSleeper();
    try (HumaansClient client = TestClients.builder(server).sleeper(sleeper).build()) {
      assertThat(client.me().id()).isEqualTo("Me1");
    }
    assertThat(requestsSeen()).containsExactly("GET /api/me", "GET /api/me");
    assertThat(sleeper.sleeps).isEmpty();
  }

  @Test
  void getOnAPooledConnectionTheServerClosedIsStillRecoveredUnderAPolicyOfOneAttempt()
      throws Exception {
    // Only writes lose OkHttp's recovery: a read sent on a keep-alive connection the server has
    // just closed goes out again on a new one, as before, even when the policy never retries.
    server.enqueue(json(200, "{\"id\":\"Me1\"}"));
    server.enqueue(lostResponse());
    server.enqueue(json(200, "{\"id\":\"Me2\"}"));
    try (HumaansClient client =
        TestClients.builder(server).retryPolicy(RetryPolicy.none()).build()) {
      warmUp(client);
      assertThat(client.me().id()).isEqualTo("Me2");
    }
    assertThat(requestsSeen()).containsExactly("GET /api/me", "GET /api/me", "GET /api/me");
  }

  private static MockResponse redirect(int code, String location) {
    return new MockResponse.Builder().code(code).addHeader("Location", location).build();
  }

  @Test
  void patchRedirectedWith301IsNotTurnedIntoAGetThatPassesForTheUpdate() throws Exception {
    server.enqueue(redirect(301, "/api/v2/webhooks/Wh1"));
    server.enqueue(json(200, "{\"id\":\"Wh1\",\"url\":\"https://old.example/h\"}"));
    try (HumaansClient client = TestClients.client(server)) {
      assertThatThrownBy(() -> client.webhooks().update("Wh1", hook()))
          .isInstanceOf(UnexpectedStatusException.class)
          .hasMessageContaining("301")
          .hasMessageContaining("PATCH /webhooks/Wh1")
          .hasMessageContaining("redirects this PATCH to /api/v2/webhooks/Wh1");
    }
    assertThat(requestsSeen()).containsExactly("PATCH /api/webhooks/Wh1");
  }

  @Test
  void postRedirectedWith302IsNotTurnedIntoAGet() throws Exception {
    server.enqueue(redirect(302, "/api/webhooks/WhOld"));
    server.enqueue(json(200, "{\"id\":\"WhOld\",\"url\":\"https://old.example/h\"}"));
    try (HumaansClient client = TestClients.client(server)) {
      assertThatThrownBy(() -> client.webhooks().create(hook()))
          .isInstanceOf(UnexpectedStatusException.class)
          .hasMessageContaining("302")
          .hasMessageContaining("POST /webhooks");
    }
    assertThat(requestsSeen()).containsExactly("POST /api/webhooks");
  }

  @Test
  void deleteRedirectedWith303IsNotTurnedIntoAGet() throws Exception {
    server.enqueue(redirect(303, "/api/webhooks/Wh1"));
    server.enqueue(json(200, "{\"id\":\"Wh1\",\"deleted\":true}"));
    try (HumaansClient client = TestClients.client(server)) {
      assertThatThrownBy(() -> client.webhooks().delete("Wh1"))
          .isInstanceOf(UnexpectedStatusException.class)
          .hasMessageContaining("303");
    }
    assertThat(requestsSeen()).containsExactly("DELETE /api/webhooks/Wh1");
  }

  @Test
  void patchRedirectedWith307IsNotSentElsewhereEither() throws Exception {
    server.enqueue(redirect(307, "/api/v2/webhooks/Wh1"));
    server.enqueue(json(200, "{\"id\":\"Wh1\",\"url\":\"https://hooks.example/h\"}"));
    try (HumaansClient client = TestClients.client(server)) {
      assertThatThrownBy(() -> client.webhooks().update("Wh1", hook()))
          .isInstanceOf(UnexpectedStatusException.class)
          .hasMessageContaining(
              "not followed: the server redirects this PATCH to /api/v2/webhooks/Wh1");
    }
    assertThat(requestsSeen()).containsExactly("PATCH /api/webhooks/Wh1");
  }

  @Test
  void getRedirectedIsStillFollowed() throws Exception {
    server.enqueue(redirect(301, "/api/v2/me"));
    server.enqueue(json(200, "{\"id\":\"Me1\"}"));
    try (HumaansClient client = TestClients.client(server)) {
      assertThat(client.me().id()).isEqualTo("Me1");
    }
    assertThat(requestsSeen()).containsExactly("GET /api/me", "GET /api/v2/me");
  }
}
