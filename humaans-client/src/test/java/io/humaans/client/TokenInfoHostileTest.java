package io.humaans.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.client.model.TokenInfo;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@code /token-info} body that echoes the token (raw, JSON-escaped or percent-encoded, in any
 * field) never puts it into a parsed field, {@code toString()} or a warning, sync or async; blank
 * scope names are skipped instead of failing untyped.
 */
class TokenInfoHostileTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private static final String TOKEN = TestClients.TOKEN;

  private static MockResponse json(String body) {
    return new MockResponse.Builder()
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  /** The token as a server may write it inside a JSON string. */
  private static String encoded(String form) {
    return switch (form) {
      case "raw" -> TOKEN;
      case "json-escaped" -> {
        StringBuilder sb = new StringBuilder();
        TOKEN.chars().forEach(c -> sb.append(String.format("\\u%04x", c)));
        yield sb.toString();
      }
      case "percent" -> TOKEN.replace("_", "%5F");
      default -> throw new IllegalArgumentException(form);
    };
  }

  private static String echoingBody(String form) {
    String t = encoded(form);
    return "{\"id\":\"tok-1\",\"label\":\"sync "
        + t
        + "\",\"personId\":\""
        + t
        + "\",\"token\":\""
        + t
        + "\",\""
        + t
        + "\":{\"nested\":[\""
        + t
        + "\"]},\"scopes\":[\"public:read\",\""
        + t
        + "\"]}";
  }

  @ParameterizedTest
  @ValueSource(strings = {"raw", "json-escaped", "percent"})
  void tokenEchoedInTheTokenInfoBodyIsBlankedEverywhere(String form) throws Exception {
    server.enqueue(json(echoingBody(form)));
    server.enqueue(json(echoingBody(form)));
    try (HumaansClient client = TestClients.client(server)) {
      for (TokenInfo info :
          new TokenInfo[] {client.tokenInfo(), client.tokenInfoAsync().get(5, TimeUnit.SECONDS)}) {
        assertThat(info.id()).isEqualTo("tok-1");
        assertThat(info.label()).hasValue("sync ██");
        assertThat(info.personId()).hasValue("██");
        assertThat(info.scopes()).containsExactly("public:read", "██");
        assertThat(info.extraProperties())
            .containsEntry("token", "██")
            .containsKey("██")
            .hasSize(2);
        assertThat(info.extraProperties().get("██").toString()).isEqualTo("{nested=[██]}");
        assertThat(info.toString()).doesNotContain(TOKEN).contains("label=sync ██");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"raw", "json-escaped", "percent"})
  void tokenEchoedInTheTokenInfoBodyNeverReachesTheScopes(String form) throws Exception {
    server.enqueue(json(echoingBody(form)));
    server.enqueue(json(echoingBody(form)));
    try (HumaansClient client = TestClients.client(server)) {
      for (TokenScopes scopes :
          new TokenScopes[] {
            client.tokenScopes(), client.tokenScopesAsync().get(5, TimeUnit.SECONDS)
          }) {
        assertThat(scopes.personId()).hasValue("██");
        assertThat(scopes.scopeNames()).hasValue(Set.of("public:read", "██"));
        assertThat(scopes.toString()).doesNotContain(TOKEN);
        assertThat(String.join("\n", scopes.warnings())).doesNotContain(TOKEN);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"[\"public:read\",\"\"]", "[\"public:read\",\"  \"]", "[\" \", \"public:read\"]"})
  void blankScopeNamesAreSkipped(String scopes) throws Exception {
    server.enqueue(json("{\"scopes\":" + scopes + "}"));
    server.enqueue(json("{\"scopes\":" + scopes + "}"));
    try (HumaansClient client = TestClients.client(server)) {
      // A blank name used to reach Scope.of and fail with an untyped IllegalArgumentException.
      assertThat(client.tokenScopes().scopeNames()).hasValue(Set.of("public:read"));
      assertThat(client.tokenScopesAsync().get(5, TimeUnit.SECONDS).scopeNames())
          .hasValue(Set.of("public:read"));
    }
  }
}
