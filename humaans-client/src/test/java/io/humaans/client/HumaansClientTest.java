package io.humaans.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humaans.client.errors.AuthenticationException;
import io.humaans.client.errors.HumaansDecodingException;
import io.humaans.client.errors.HumaansException;
import io.humaans.client.errors.HumaansIoException;
import io.humaans.client.errors.NotFoundException;
import io.humaans.client.errors.PermissionException;
import io.humaans.client.model.Person;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class HumaansClientTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void missingTokenIsAClearError() {
    assertThatThrownBy(() -> HumaansClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("token is required")
        .hasMessageContaining("HUMAANS_API_TOKEN");
  }

  @Test
  void blankTokenIsRejected() {
    assertThatThrownBy(() -> HumaansClient.builder().token("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("token is blank");
  }

  @Test
  void plainHttpIsRefusedExceptForLoopback() {
    assertThatThrownBy(() -> HumaansClient.builder().baseUrl("http://app.humaans.io/api"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must use https");
    assertThat(
            HumaansClient.builder()
                .token("t")
                .baseUrl("http://127.0.0.1:8080/api")
                .build()
                .baseUrl())
        .isEqualTo("http://127.0.0.1:8080/api/");
    assertThat(
            HumaansClient.builder().token("t").baseUrl("http://localhost:1/api/").build().baseUrl())
        .isEqualTo("http://localhost:1/api/");
  }

  @Test
  void malformedBaseUrlIsRejected() {
    assertThatThrownBy(() -> HumaansClient.builder().baseUrl("app.humaans.io/api"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an http(s) URL");
  }

  @Test
  void defaultsAreStated() {
    HumaansClient client = HumaansClient.builder().token("t").build();
    assertThat(client.baseUrl()).isEqualTo("https://app.humaans.io/api/");
    assertThat(client.pageSize()).isEqualTo(250);
    client.close();
  }

  @Test
  void sendsBearerTokenUserAgentAndAccept() throws Exception {
    server.enqueue(json("{\"id\":\"Qw7hT2mZpL9vXc4RbN8sKd1F\",\"firstName\":\"Ingrid\"}"));
    try (HumaansClient client =
        TestClients.builder(server).userAgentSuffix("acme-compliance/2.1").build()) {
      Person me = client.me();
      assertThat(me.firstName()).hasValue("Ingrid");
    }
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/api/me");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TestClients.TOKEN);
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(request.getHeaders().get("User-Agent"))
        .isEqualTo("humaans-java/0.1.0 acme-compliance/2.1");
  }

  @Test
  void tokenNeverInToString() {
    HumaansClient.Builder builder = TestClients.builder(server);
    try (HumaansClient client = builder.build()) {
      assertThat(client.toString()).doesNotContain(TestClients.TOKEN).contains("██");
      assertThat(builder.toString()).doesNotContain(TestClients.TOKEN);
    }
  }

  @Test
  void forbiddenNamesMissingScopeAndNeverTheToken() {
    server.enqueue(
        new MockResponse.Builder()
            .code(403)
            .addHeader("Content-Type", "application/json")
            .body("{\"code\":403,\"name\":\"Forbidden\",\"message\":\"Missing scope\"}")
            .build());
    try (HumaansClient client = TestClients.client(server)) {
      assertThatThrownBy(() -> client.compensations().list(Query.forPerson("Qw7h")).toList())
          .isInstanceOfSatisfying(
              PermissionException.class,
              e -> {
                assertThat(e.requiredScope()).hasValue(Scope.COMPENSATIONS_READ);
                assertThat(e.getMessage())
                    .contains("compensations:read")
                    .contains("GET /compensations?personId=Qw7h&$limit=250&$skip=0")
                    .doesNotContain(TestClients.TOKEN);
                assertThat(e.statusCode()).isEqualTo(403);
              });
    }
  }

  @Test
  void unauthorizedIsAuthenticationException() {
    server.enqueue(
        new MockResponse.Builder()
            .code(401)
            .body(
                "{\"code\":401,\"name\":\"NotAuthenticated\",\"message\":\"Invalid access token\"}")
            .build());
    try (HumaansClient client = TestClients.client(server)) {
      assertThatThrownBy(client::me)
          .isInstanceOf(AuthenticationException.class)
          .hasMessageNotContaining(TestClients.TOKEN);
    }
  }

  @Test
  void idIsPercentEncodedInPath() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .body("{\"code\":404,\"name\":\"NotFound\",\"message\":\"No record found\"}")
            .build());
    try (HumaansClient client = TestClients.client(server)) {
      assertThatThrownBy(() -> client.people().get("a/b c"))
          .isInstanceOf(NotFoundException.class)
          .hasMessageContaining("/people/a%2Fb%20c");
    }
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/people/a%2Fb%20c");
  }

  @Test
  void htmlWith200SuggestsWrongBaseUrl() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "text/html")
            .body("<!doctype html><html><body>Welcome</body></html>")
            .build());
    try (HumaansClient client = TestClients.client(server)) {
      assertThatThrownBy(client::me)
          .isInstanceOf(HumaansDecodingException.class)
          .hasMessageContaining("base URL")
          .hasMessageContaining("/me");
    }
  }

  @Test
  void truncatedBodyIsADecodingError() {
    server.enqueue(json("{\"total\":3,\"limit\":250,\"skip\":0,\"data\":[{\"id\":\"a\"},{\"id\""));
    try (HumaansClient client = TestClients.client(server)) {
      assertThatThrownBy(() -> client.people().list().toList())
          .isInstanceOf(HumaansDecodingException.class)
          .hasMessageContaining("GET /people?$limit=250&$skip=0");
    }
  }

  @Test
  void missingRequiredIdNamesJsonPath() {
    server.enqueue(
        json(
            "{\"total\":2,\"limit\":250,\"skip\":0,\"data\":[{\"id\":\"a\"},{\"firstName\":\"x\"}]}"));
    try (HumaansClient client = TestClients.client(server)) {
      assertThatThrownBy(() -> client.people().list().toList())
          .isInstanceOfSatisfying(
              HumaansDecodingException.class,
              e -> assertThat(e.getMessage()).contains("id").contains("$.data[1]"));
    }
  }

  @Test
  void emptySuccessBodyIsADecodingError() {
    server.enqueue(new MockResponse.Builder().code(200).build());
    try (HumaansClient client = TestClients.client(server)) {
      assertThatThrownBy(client::me)
          .isInstanceOf(HumaansDecodingException.class)
          .hasMessageContaining("empty response body");
    }
  }

  @Test
  void slowBodyIsIoExceptionNamingThePath() {
    server.enqueue(
        new MockResponse.Builder().bodyDelay(2, TimeUnit.SECONDS).body("{\"id\":\"a\"}").build());
    try (HumaansClient client =
        TestClients.builder(server).readTimeout(Duration.ofMillis(200)).build()) {
      assertThatThrownBy(client::me)
          .isInstanceOf(HumaansIoException.class)
          .hasMessageContaining("/me");
    }
  }

  @Test
  void readTimeoutBecomesIoExceptionAfterRetries() {
    for (int i = 0; i < 2; i++) {
      server.enqueue(
          new MockResponse.Builder().headersDelay(2, TimeUnit.SECONDS).body("{}").build());
    }
    try (HumaansClient client =
        TestClients.builder(server)
            .readTimeout(Duration.ofMillis(200))
            .retryPolicy(RetryPolicy.defaults().newBuilder().maxAttempts(2).build())
            .build()) {
      assertThatThrownBy(client::me)
          .isInstanceOf(HumaansIoException.class)
          .hasMessageContaining("/me")
          .hasMessageNotContaining(TestClients.TOKEN);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void disconnectIsIoException() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(
          new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
    }
    try (HumaansClient client = TestClients.client(server)) {
      assertThatThrownBy(client::me).isInstanceOf(HumaansIoException.class);
    }
  }

  @Test
  void asyncGetCompletesWithParsedRow() throws Exception {
    server.enqueue(
        json("{\"id\":\"Jr2pX7vN4cQ8mK1tW6sHz3Ld\",\"jobTitle\":\"Senior Platform Engineer\"}"));
    try (HumaansClient client = TestClients.client(server)) {
      CompletableFuture<io.humaans.client.model.JobRole> f =
          client.jobRoles().getAsync("Jr2pX7vN4cQ8mK1tW6sHz3Ld");
      assertThat(f.get(5, TimeUnit.SECONDS).jobTitle()).hasValue("Senior Platform Engineer");
    }
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/api/job-roles/Jr2pX7vN4cQ8mK1tW6sHz3Ld");
  }

  @Test
  void asyncErrorIsTyped() {
    server.enqueue(
        new MockResponse.Builder().code(404).body("{\"code\":404,\"name\":\"NotFound\"}").build());
    try (HumaansClient client = TestClients.client(server)) {
      CompletableFuture<Person> f = client.people().getAsync("nope");
      assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void cancellingAsyncCallsCancelsTheHttpCall() throws Exception {
    java.util.concurrent.atomic.AtomicInteger canceled =
        new java.util.concurrent.atomic.AtomicInteger();
    OkHttpClient http =
        new OkHttpClient.Builder()
            .eventListener(
                new okhttp3.EventListener() {
                  @Override
                  public void canceled(okhttp3.Call call) {
                    canceled.incrementAndGet();
                  }
                })
            .build();
    server.enqueue(
        new MockResponse.Builder().headersDelay(10, TimeUnit.SECONDS).body("{}").build());
    server.enqueue(
        new MockResponse.Builder().headersDelay(10, TimeUnit.SECONDS).body("{}").build());
    try (HumaansClient client = TestClients.builder(server).okHttpClient(http).build()) {
      CompletableFuture<Person> me = client.meAsync();
      server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(me.cancel(true)).isTrue();
      assertThat(canceled.get()).isEqualTo(1);
      assertThat(me).isCancelled();
      CompletableFuture<Page<Person>> page = client.people().pageAsync(Query.all());
      server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(page.cancel(true)).isTrue();
      assertThat(canceled.get()).isEqualTo(2);
    }
  }

  @Test
  void bareTokenEchoedByServerIsBlankedOut() {
    server.enqueue(
        new MockResponse.Builder()
            .code(401)
            .body("{\"message\":\"Invalid access token: " + TestClients.TOKEN + "\"}")
            .build());
    try (HumaansClient client = TestClients.client(server)) {
      assertThatThrownBy(client::me)
          .isInstanceOfSatisfying(
              AuthenticationException.class,
              e -> {
                assertThat(e.getMessage()).doesNotContain(TestClients.TOKEN).contains("██");
                assertThat(e.rawBody()).doesNotContain(TestClients.TOKEN);
                assertThat(e.toString()).doesNotContain(TestClients.TOKEN);
              });
    }
  }

  @Test
  void rateLimitRetryAfterDateUsesInjectedClock() {
    java.time.Instant now = java.time.Instant.parse("2030-01-01T00:00:00Z");
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("Retry-After", "Tue, 01 Jan 2030 00:00:30 GMT")
            .body("{\"code\":429}")
            .build());
    try (HumaansClient client =
        TestClients.builder(server)
            .retryPolicy(RetryPolicy.none())
            .clock(java.time.Clock.fixed(now, java.time.ZoneOffset.UTC))
            .build()) {
      assertThatThrownBy(client::me)
          .isInstanceOfSatisfying(
              io.humaans.client.errors.RateLimitException.class,
              e -> assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(30)));
    }
  }

  @Test
  void dotSegmentIdsAreRejectedBeforeAnyRequest() {
    try (HumaansClient client = TestClients.client(server)) {
      assertThatThrownBy(() -> client.people().delete("."))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("dot segment");
      assertThatThrownBy(
              () ->
                  client
                      .people()
                      .update("..", io.humaans.client.model.PersonParams.builder().build()))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void getWhoseBodyFailsMidReadIsSentAgain() throws Exception {
    StringBuilder big = new StringBuilder("{\"total\":2000,\"limit\":2000,\"skip\":0,\"data\":[");
    for (int i = 0; i < 2000; i++) {
      big.append(i == 0 ? "" : ",")
          .append("{\"id\":\"p")
          .append(i)
          .append("\",\"firstName\":\"Name number ")
          .append(i)
          .append("\"}");
    }
    String body = big.append("]}").toString();
    server.enqueue(
        new MockResponse.Builder()
            .body(body)
            .onResponseBody(mockwebserver3.SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(new MockResponse.Builder().body(body).build());
    try (HumaansClient client = TestClients.client(server)) {
      assertThat(client.people().page(Query.builder().limit(1000).build()).data()).hasSize(2000);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void tokenScopesReadFromTokenInfo() throws Exception {
    server.enqueue(
        json(
            "{\"id\":\"tok1\",\"personId\":\"p1\",\"label\":\"CI\",\"scopes\":[\"public:read\",\"compensations:read\"]}"));
    try (HumaansClient client = TestClients.client(server)) {
      TokenScopes scopes = client.tokenScopes();
      assertThat(scopes.isKnown()).isTrue();
      assertThat(scopes.has(Scope.PRIVATE_READ)).hasValue(false);
      assertThat(scopes.warnings())
          .anySatisfy(w -> assertThat(w).contains("private:read").contains("pre-hires"));
      assertThat(scopes.personId()).contains("p1");
    }
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/token-info");
  }

  @Test
  void tokenScopesUnknownWhenEndpointMissing() {
    server.enqueue(
        new MockResponse.Builder().code(404).body("{\"code\":404,\"name\":\"NotFound\"}").build());
    try (HumaansClient client = TestClients.client(server)) {
      TokenScopes scopes = client.tokenScopes();
      assertThat(scopes.isKnown()).isFalse();
      assertThat(scopes.has(Scope.PRIVATE_READ)).isEmpty();
      assertThat(scopes.warnings())
          .hasSize(2)
          .first()
          .asString()
          .contains("unknown")
          .contains("private:read");
      assertThat(scopes.personId()).isEmpty();
    }
  }

  @Test
  void closeLeavesCallersOkHttpClientUsable() throws Exception {
    OkHttpClient mine = new OkHttpClient();
    server.enqueue(json("{\"id\":\"a\"}"));
    server.enqueue(json("{\"id\":\"b\"}"));
    HumaansClient first = TestClients.builder(server).okHttpClient(mine).build();
    assertThat(first.me().id()).isEqualTo("a");
    first.close();
    assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
    try (HumaansClient second = TestClients.builder(server).okHttpClient(mine).build()) {
      assertThat(second.me().id()).isEqualTo("b");
    }
  }

  @Test
  void loggerRedactsAuthorization() {
    List<String> lines = new CopyOnWriteArrayList<>();
    server.enqueue(json("{\"id\":\"a\"}"));
    try (HumaansClient client = TestClients.builder(server).logger(lines::add).build()) {
      client.me();
    }
    assertThat(lines).isNotEmpty();
    assertThat(lines).noneMatch(l -> l.contains(TestClients.TOKEN));
    assertThat(String.join("\n", lines)).contains("/api/me");
  }

  @Test
  void everyErrorStatusKeepsTokenOutOfMessages() {
    int[] statuses = {400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 418};
    for (int status : statuses) {
      server.enqueue(
          new MockResponse.Builder()
              .code(status)
              .body("{\"code\":" + status + ",\"message\":\"m\"}")
              .build());
    }
    try (HumaansClient client =
        TestClients.builder(server).retryPolicy(RetryPolicy.none()).build()) {
      for (int status : statuses) {
        assertThatThrownBy(client::me)
            .isInstanceOf(HumaansException.class)
            .satisfies(e -> assertThat(String.valueOf(e)).doesNotContain(TestClients.TOKEN));
      }
    }
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }
}
