package io.humaans.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humaans.client.errors.RateLimitException;
import io.humaans.client.errors.ServerException;
import io.humaans.client.model.Person;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** How retry waits meet the call timeout and cancellation, seen through the public client. */
class RetryWaitTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final String PERSON =
      "{\"id\":\"Qw7hT2mZpL9vXc4RbN8sKd1F\",\"firstName\":\"Ingrid\"}";

  @StartStop final MockWebServer server = new MockWebServer();

  private final TestClients.RecordingSleeper sleeper = new TestClients.RecordingSleeper();

  private HumaansClient clientWithCallTimeout(Duration callTimeout) {
    return TestClients.builder(server)
        .sleeper(sleeper)
        .clock(CLOCK)
        .callTimeout(callTimeout)
        .build();
  }

  private static MockResponse error(int code, String retryAfter) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Retry-After", retryAfter)
        .body("{\"code\":" + code + "}")
        .build();
  }

  @Test
  void rateLimitAskingForLongerThanTheCallTimeoutFailsAtOnce() {
    server.enqueue(error(429, "45"));
    server.enqueue(new MockResponse.Builder().body(PERSON).build());

    try (HumaansClient client = clientWithCallTimeout(Duration.ofSeconds(30))) {
      assertThatThrownBy(client::me)
          .isExactlyInstanceOf(RateLimitException.class)
          .hasMessage(
              "429 Too Many Requests on GET /me: response body: {\"code\":429}"
                  + " [retryAfter=45s]; not retried: waiting 45 s would exceed the call timeout of"
                  + " 30 s (30 s left)")
          .satisfies(
              e ->
                  assertThat(((RateLimitException) e).retryAfter())
                      .contains(Duration.ofSeconds(45)));
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.sleeps).isEmpty();
  }

  @Test
  void serviceUnavailableAskingForLongerThanTheCallTimeoutFailsAtOnce() {
    server.enqueue(error(503, "45"));
    server.enqueue(new MockResponse.Builder().body(PERSON).build());

    try (HumaansClient client = clientWithCallTimeout(Duration.ofSeconds(30))) {
      assertThatThrownBy(client::me)
          .isExactlyInstanceOf(ServerException.class)
          .hasMessage(
              "503 Service Unavailable on GET /me: response body: {\"code\":503};"
                  + " not retried: waiting 45 s would exceed the call timeout of 30 s (30 s left)");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.sleeps).isEmpty();
  }

  @Test
  void rateLimitWithinTheCallTimeoutIsWaitedForAndRetried() {
    server.enqueue(error(429, "3"));
    server.enqueue(new MockResponse.Builder().body(PERSON).build());

    try (HumaansClient client = clientWithCallTimeout(Duration.ofSeconds(30))) {
      assertThat(client.me().firstName()).hasValue("Ingrid");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void rateLimitAboveThePolicyCapKeepsItsPlainMessage() {
    server.enqueue(error(429, "120"));

    try (HumaansClient client = clientWithCallTimeout(Duration.ofSeconds(30))) {
      assertThatThrownBy(client::me)
          .isExactlyInstanceOf(RateLimitException.class)
          .hasMessage(
              "429 Too Many Requests on GET /me: response body: {\"code\":429}"
                  + " [retryAfter=120s]");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.sleeps).isEmpty();
  }

  @Test
  void cancellingAnAsyncCallEndsItsRetryWaitWithoutAnotherRequest() throws Exception {
    server.enqueue(error(503, "30"));
    server.enqueue(new MockResponse.Builder().body(PERSON).build());
    CountDownLatch waiting = new CountDownLatch(1);
    CountDownLatch cancelled = new CountDownLatch(1);
    AtomicBoolean sawCancel = new AtomicBoolean();
    List<Duration> waits = new CopyOnWriteArrayList<>();
    Sleeper blocking =
        new Sleeper() {
          @Override
          public void sleep(Duration duration) {
            throw new AssertionError("the client must pass the cancel signal");
          }

          @Override
          public void sleep(Duration duration, BooleanSupplier canceled)
              throws InterruptedException {
            waits.add(duration);
            waiting.countDown();
            cancelled.await();
            sawCancel.set(canceled.getAsBoolean());
          }
        };
    List<IOException> failures = new CopyOnWriteArrayList<>();
    CountDownLatch failed = new CountDownLatch(1);
    OkHttpClient http =
        new OkHttpClient.Builder()
            .eventListener(
                new EventListener() {
                  @Override
                  public void callFailed(Call call, IOException ioe) {
                    failures.add(ioe);
                    failed.countDown();
                  }
                })
            .build();

    try (HumaansClient client =
        TestClients.builder(server).okHttpClient(http).sleeper(blocking).build()) {
      CompletableFuture<Person> me = client.meAsync();
      assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();

      assertThat(me.cancel(true)).isTrue();
      cancelled.countDown();

      assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(me).isCancelled();
    }
    assertThat(sawCancel).isTrue();
    assertThat(waits).containsExactly(Duration.ofSeconds(30));
    assertThat(failures).singleElement().satisfies(e -> assertThat(e).hasMessage("Canceled"));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
