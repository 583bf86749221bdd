package io.humaans.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.humaans.client.errors.AuthenticationException;
import io.humaans.client.errors.HumaansDecodingException;
import io.humaans.client.errors.NotFoundException;
import io.humaans.client.model.TokenInfo;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenAsyncTest {
  private static final String TOKEN_INFO =
      "{\"id\":\"Tk2sD5fG8hJ1kL4zX7cV0bNq\","
          + "\"personId\":\"Mg5tB1yR8wE3nC7kP2qZx9Va\",\"label\":\"Directory sync\","
          + "\"scopes\":[\"public:read\",\"private:read\",\"compensations:read\"],\"createdAt\":\"2024-03-01\"}";

  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void tokenInfoAsyncParsesTheSameFieldsAsTokenInfo() throws Exception {
    server.enqueue(json(TOKEN_INFO));
    server.enqueue(json(TOKEN_INFO));
    TokenInfo sync;
    TokenInfo async;
    try (HumaansClient client = TestClients.client(server)) {
      sync = client.tokenInfo();
      async = client.tokenInfoAsync().get(5, TimeUnit.SECONDS);
    }
    assertThat(async.id()).isEqualTo("Tk2sD5fG8hJ1kL4zX7cV0bNq");
    assertThat(async.personId()).hasValue("Mg5tB1yR8wE3nC7kP2qZx9Va");
    assertThat(async.label()).hasValue("Directory sync");
    assertThat(async.scopes()).containsExactly("public:read", "private:read", "compensations:read");
    assertThat(async.extraProperties())
        .containsOnlyKeys("createdAt")
        .containsEntry("createdAt", "2024-03-01");
    assertThat(async).isEqualTo(sync);
    assertThat(async.extraProperties()).isEqualTo(sync.extraProperties());
    for (int i = 0; i < 2; i++) {
      RecordedRequest request = server.takeRequest();
      assertThat(request.getMethod()).isEqualTo("GET");
      assertThat(request.getTarget()).isEqualTo("/api/token-info");
      assertThat(request.getHeaders().get("Authorization"))
          .isEqualTo("Bearer " + TestClients.TOKEN);
    }
  }

  @Test
  void tokenScopesAsyncReturnsTheScopesFromTokenInfo() throws Exception {
    server.enqueue(json(TOKEN_INFO));
    try (HumaansClient client = TestClients.client(server)) {
      TokenScopes scopes = client.tokenScopesAsync().get(5, TimeUnit.SECONDS);
      assertThat(scopes.isKnown()).isTrue();
      assertThat(scopes.source()).isEqualTo("token-info");
      assertThat(scopes.scopes())
          .hasValueSatisfying(
              s ->
                  assertThat(s)
                      .containsExactly(
                          Scope.PUBLIC_READ, Scope.PRIVATE_READ, Scope.COMPENSATIONS_READ));
      assertThat(scopes.warnings())
          .containsExactly(
              "The token lacks documents:read: documents and identity documents are not readable.",
              TokenScopes.CREATOR_LIMIT);
    }
    RecordedRequest request = server.takeRequest();
    assertThat(request.getTarget()).isEqualTo("/api/token-info");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TestClients.TOKEN);
  }

  @ParameterizedTest
  @ValueSource(ints = {404, 405, 501})
  void tokenScopesAsyncFallsBackToUnknownLikeTheSyncCall(int status) throws Exception {
    server.enqueue(error(status));
    server.enqueue(error(status));
    TokenScopes sync;
    TokenScopes async;
    try (HumaansClient client =
        TestClients.builder(server).retryPolicy(RetryPolicy.none()).build()) {
      sync = client.tokenScopes();
      async = client.tokenScopesAsync().get(5, TimeUnit.SECONDS);
    }
    assertThat(async.isKnown()).isFalse();
    assertThat(async.scopes()).isEmpty();
    assertThat(async.has(Scope.PRIVATE_READ)).isEmpty();
    assertThat(async.source()).isEqualTo("GET /token-info answered " + status);
    assertThat(async.source()).isEqualTo(sync.source());
    assertThat(async.warnings())
        .isEqualTo(sync.warnings())
        .hasSize(2)
        .first()
        .asString()
        .contains("unknown (GET /token-info answered " + status + ")");
    assertThat(async.warnings()).last().isEqualTo(TokenScopes.CREATOR_LIMIT);
    assertThat(async.toString()).isEqualTo(sync.toString());
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void tokenInfoAsyncHasNoFallbackAndFailsWithNotFound() {
    server.enqueue(error(404));
    try (HumaansClient client = TestClients.client(server)) {
      CompletableFuture<TokenInfo> f = client.tokenInfoAsync();
      assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(NotFoundException.class)
          .hasMessageContaining("GET /token-info");
    }
  }

  @Test
  void unauthorizedCompletesBothFuturesWithTheExceptionTheSyncCallsThrow() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(
          new MockResponse.Builder()
              .code(401)
              .body(
                  "{\"code\":401,\"name\":\"NotAuthenticated\",\"message\":\"Invalid access token\"}")
              .build());
    }
    try (HumaansClient client = TestClients.client(server)) {
      Throwable syncScopes = catchThrowable(client::tokenScopes);
      Throwable asyncScopes =
          catchThrowable(() -> client.tokenScopesAsync().get(5, TimeUnit.SECONDS));
      Throwable syncInfo = catchThrowable(client::tokenInfo);
      Throwable asyncInfo = catchThrowable(() -> client.tokenInfoAsync().join());

      assertThat(syncScopes).isExactlyInstanceOf(AuthenticationException.class);
      assertThat(asyncScopes).isInstanceOf(ExecutionException.class);
      assertThat(asyncScopes.getCause())
          .isExactlyInstanceOf(syncScopes.getClass())
          .hasMessage(syncScopes.getMessage());
      assertThat(syncInfo).isExactlyInstanceOf(AuthenticationException.class);
      assertThat(asyncInfo).isInstanceOf(CompletionException.class);
      assertThat(asyncInfo.getCause())
          .isExactlyInstanceOf(syncInfo.getClass())
          .hasMessage(syncInfo.getMessage());
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void tokenScopesReadABodyWithoutIdOrScopesLenientlyAsUnknown() throws Exception {
    server.enqueue(json("{\"personId\":\"Mg5tB1yR8wE3nC7kP2qZx9Va\"}"));
    server.enqueue(json("{\"personId\":\"Mg5tB1yR8wE3nC7kP2qZx9Va\"}"));
    try (HumaansClient client = TestClients.client(server)) {
      TokenScopes sync = client.tokenScopes();
      TokenScopes async = client.tokenScopesAsync().get(5, TimeUnit.SECONDS);
      assertThat(sync.isKnown()).isFalse();
      assertThat(sync.source()).isEqualTo("GET /token-info sent no scopes list");
      assertThat(async.isKnown()).isFalse();
      assertThat(async.source()).isEqualTo(sync.source());
    }
  }

  @Test
  void tokenScopesReadScopesFromABodyWithoutId() throws Exception {
    server.enqueue(json("{\"scopes\":[\"public:read\",7,\"private:read\"],\"label\":null}"));
    server.enqueue(json("{\"scopes\":\"public:read private:read\"}"));
    try (HumaansClient client = TestClients.client(server)) {
      TokenScopes sync = client.tokenScopes();
      TokenScopes async = client.tokenScopesAsync().get(5, TimeUnit.SECONDS);
      assertThat(sync.scopeNames()).hasValue(java.util.Set.of("public:read", "private:read"));
      assertThat(async.scopeNames()).hasValue(java.util.Set.of("public:read", "private:read"));
    }
  }

  @Test
  void tokenScopesAsyncFailsLikeTheSyncCallOnABodyThatIsNotAnObject() {
    server.enqueue(json("[\"public:read\"]"));
    server.enqueue(json("[\"public:read\"]"));
    try (HumaansClient client = TestClients.client(server)) {
      Throwable sync = catchThrowable(client::tokenScopes);
      Throwable async = catchThrowable(() -> client.tokenScopesAsync().get(5, TimeUnit.SECONDS));
      assertThat(sync)
          .isExactlyInstanceOf(HumaansDecodingException.class)
          .hasMessageContaining("GET /token-info");
      assertThat(async).isInstanceOf(ExecutionException.class);
      assertThat(async.getCause())
          .isExactlyInstanceOf(HumaansDecodingException.class)
          .hasMessage(sync.getMessage());
    }
  }

  @Test
  void cancellingTheAsyncTokenCallsCancelsTheHttpCall() throws Exception {
    AtomicInteger canceled = new AtomicInteger();
    OkHttpClient http =
        new OkHttpClient.Builder()
            .eventListener(
                new EventListener() {
                  @Override
                  public void canceled(Call call) {
                    canceled.incrementAndGet();
                  }
                })
            .build();
    server.enqueue(
        new MockResponse.Builder().headersDelay(10, TimeUnit.SECONDS).body(TOKEN_INFO).build());
    server.enqueue(
        new MockResponse.Builder().headersDelay(10, TimeUnit.SECONDS).body(TOKEN_INFO).build());
    try (HumaansClient client = TestClients.builder(server).okHttpClient(http).build()) {
      CompletableFuture<TokenInfo> info = client.tokenInfoAsync();
      assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget()).isEqualTo("/api/token-info");
      assertThat(info.cancel(true)).isTrue();
      assertThat(canceled.get()).isEqualTo(1);
      assertThat(info).isCancelled();

      CompletableFuture<TokenScopes> scopes = client.tokenScopesAsync();
      assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget()).isEqualTo("/api/token-info");
      assertThat(scopes.cancel(true)).isTrue();
      assertThat(canceled.get()).isEqualTo(2);
      assertThat(scopes).isCancelled();
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder()
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private static MockResponse error(int status) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json")
        .body("{\"code\":" + status + ",\"name\":\"Error\"}")
        .build();
  }
}
