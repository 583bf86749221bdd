package io.humaans.client;

import static io.humaans.client.PagingFaultsTest.expectedIds;
import static io.humaans.client.PagingFaultsTest.readInto;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humaans.client.errors.HumaansIoException;
import io.humaans.client.errors.ServerException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile-server behaviour that already held before issue 9, pinned for the serial and the parallel
 * pager: rate-limit storms, HTML error pages, lying totals, broken bodies, redirects and slow
 * servers. Every case asserts the exact rows delivered or the exception type and message.
 */
class HostileServerTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private final TestClients.RecordingSleeper sleeper = new TestClients.RecordingSleeper();

  private HumaansClient.Builder builder() {
    return TestClients.builder(server).sleeper(sleeper);
  }

  /** A 429 with a Retry-After header (seconds or an HTTP date) and Humaans' error body. */
  private static MockResponse rateLimited(String retryAfter) {
    return new MockResponse.Builder()
        .code(429)
        .addHeader("Retry-After", retryAfter)
        .body("{\"code\":429}")
        .build();
  }

  private List<String> listAll(HumaansClient client, int parallelism) {
    List<String> seen = new ArrayList<>();
    readInto(client.people().list().parallel(parallelism), seen);
    return seen;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void rateLimitStormWithRetryAfterSecondsIsWaitedOut(int parallelism) {
    FakeHumaans fake = new FakeHumaans(600, 250).overridingTarget("$skip=249", 3, rateLimited("2"));
    server.setDispatcher(fake);
    try (HumaansClient client = builder().build()) {
      assertThat(listAll(client, parallelism)).isEqualTo(expectedIds(600));
    }
    assertThat(sleeper.sleeps)
        .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));
    assertThat(fake.targets.stream().filter(t -> t.contains("$skip=249")).count()).isEqualTo(4);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void rateLimitWithRetryAfterDateIsWaitedOut(int parallelism) {
    FakeHumaans fake =
        new FakeHumaans(600, 250)
            .overridingTarget("$skip=249", 1, rateLimited("Tue, 01 Jan 2030 00:00:07 GMT"));
    server.setDispatcher(fake);
    Clock clock = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
    try (HumaansClient client = builder().clock(clock).build()) {
      assertThat(listAll(client, parallelism)).isEqualTo(expectedIds(600));
    }
    assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(7));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void htmlErrorPageFailsTypedAfterRetriesNamingThePage(int parallelism) {
    FakeHumaans fake =
        new FakeHumaans(600, 250)
            .overridingTarget(
                "$skip=249",
                new MockResponse.Builder()
                    .code(502)
                    .addHeader("Content-Type", "text/html")
                    .body("<html><body><h1>502 Bad Gateway</h1></body></html>")
                    .build());
    server.setDispatcher(fake);
    List<String> seen = new ArrayList<>();
    try (HumaansClient client = builder().build()) {
      assertThatThrownBy(() -> readInto(client.people().list().parallel(parallelism), seen))
          .isInstanceOf(ServerException.class)
          .hasMessage(
              "502 Bad Gateway on GET /people?$limit=250&$skip=249: non-JSON response body:"
                  + " <html><body><h1>502 Bad Gateway</h1></body></html>");
    }
    assertThat(seen).isEqualTo(expectedIds(250));
    assertThat(fake.targets.stream().filter(t -> t.contains("$skip=249")).count()).isEqualTo(4);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void totalLargerThanTheRowsEndsAtTheLastRow(int parallelism) {
    server.setDispatcher(new FakeHumaans(600, 250).lyingTotal(1000));
    try (HumaansClient client = builder().build()) {
      assertThat(listAll(client, parallelism)).isEqualTo(expectedIds(600));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void missingTotalPagesUntilAShortPage(int parallelism) {
    server.setDispatcher(new FakeHumaans(600, 250).withoutTotal());
    try (HumaansClient client = builder().build()) {
      assertThat(listAll(client, parallelism)).isEqualTo(expectedIds(600));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void disconnectMidBodyIsRetried(int parallelism) {
    FakeHumaans fake = new FakeHumaans(600, 250);
    String page = fake.pageJson(server.url("/api/people?$limit=250&$skip=249"));
    fake.overridingTarget(
        "$skip=249",
        1,
        new MockResponse.Builder()
            .body(page)
            .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.setDispatcher(fake);
    try (HumaansClient client = builder().build()) {
      assertThat(listAll(client, parallelism)).isEqualTo(expectedIds(600));
    }
    assertThat(fake.targets.stream().filter(t -> t.contains("$skip=249")).count()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void redirectIsFollowed(int parallelism) {
    FakeHumaans fake =
        new FakeHumaans(600, 250)
            .overridingTarget(
                "/api/people?$limit=250&$skip=249",
                1,
                new MockResponse.Builder()
                    .code(307)
                    .addHeader("Location", "/api/v2/people?$limit=250&$skip=249")
                    .build());
    server.setDispatcher(fake);
    try (HumaansClient client = builder().build()) {
      assertThat(listAll(client, parallelism)).isEqualTo(expectedIds(600));
    }
    assertThat(fake.targets).contains("/api/v2/people?$limit=250&$skip=249");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void slowServerFailsAtTheCallTimeout(int parallelism) {
    FakeHumaans fake =
        new FakeHumaans(600, 250)
            .overridingTarget(
                "$skip=249",
                new MockResponse.Builder()
                    .headersDelay(3, java.util.concurrent.TimeUnit.SECONDS)
                    .body("{}")
                    .build());
    server.setDispatcher(fake);
    List<String> seen = new ArrayList<>();
    try (HumaansClient client = builder().callTimeout(Duration.ofMillis(300)).build()) {
      assertThatThrownBy(() -> readInto(client.people().list().parallel(parallelism), seen))
          .isInstanceOf(HumaansIoException.class)
          .hasMessageStartingWith("GET /people?$limit=250&$skip=249 ")
          .hasMessageContaining("timeout");
    }
    assertThat(seen).isEqualTo(expectedIds(250));
  }
}
