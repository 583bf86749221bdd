package io.humaans.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humaans.client.RetryPolicy;
import io.humaans.client.Sleeper;
import io.humaans.client.errors.HumaansApiException;
import io.humaans.client.errors.RateLimitException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Okio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryInterceptorTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-10-21T07:28:00Z"), ZoneOffset.UTC);
  private static final MediaType JSON = MediaType.get("application/json");

  @StartStop private final MockWebServer server = new MockWebServer();

  private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
  private final Sleeper recordingSleeper = waits::add;
  private final AtomicInteger openBodies = new AtomicInteger();

  private OkHttpClient client(RetryPolicy policy, Sleeper sleeper, DoubleSupplier random) {
    return new OkHttpClient.Builder()
        .retryOnConnectionFailure(false)
        .addInterceptor(new RetryInterceptor(policy, sleeper, CLOCK, random))
        .addNetworkInterceptor(
            chain -> {
              Response response = chain.proceed(chain.request());
              ResponseBody body = response.body();
              openBodies.incrementAndGet();
              ForwardingSource tracked =
                  new ForwardingSource(body.source()) {
                    private boolean closed;

                    @Override
                    public void close() throws IOException {
                      if (!closed) {
                        closed = true;
                        openBodies.decrementAndGet();
                      }
                      super.close();
                    }
                  };
              return response
                  .newBuilder()
                  .body(
                      ResponseBody.create(
                          Okio.buffer(tracked), body.contentType(), body.contentLength()))
                  .build();
            })
        .build();
  }

  private OkHttpClient client() {
    return client(RetryPolicy.defaults(), recordingSleeper, () -> 0.0);
  }

  private OkHttpClient clientWithCallTimeout(
      Duration callTimeout, RetryPolicy policy, Clock clock) {
    return new OkHttpClient.Builder()
        .retryOnConnectionFailure(false)
        .callTimeout(callTimeout)
        .addInterceptor(new RetryInterceptor(policy, recordingSleeper, clock, () -> 1.0))
        .build();
  }

  private static String notRetriedReason(Response response) {
    RetryInterceptor.NotRetried tag = response.request().tag(RetryInterceptor.NotRetried.class);
    return tag == null ? "(no NotRetried tag)" : tag.reason();
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).body("{\"code\":" + code + "}").build();
  }

  private static MockResponse ok(String body) {
    return new MockResponse.Builder().code(200).body(body).build();
  }

  private Request get(String path) {
    return new Request.Builder()
        .url(server.url(path))
        .header("Authorization", "Bearer secret-token-123")
        .build();
  }

  private static String bodyOf(Response response) throws IOException {
    try (response) {
      return response.body().string();
    }
  }

  @Test
  void retriesAfterRetryAfterSecondsWithIdenticalRequest() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("Retry-After", "3")
            .body("{\"code\":429,\"name\":\"TooManyRequests\"}")
            .build());
    server.enqueue(ok("{\"total\":0}"));

    Response response = client().newCall(get("/api/people?%24limit=2&%24skip=200")).execute();

    assertThat(response.code()).isEqualTo(200);
    assertThat(bodyOf(response)).isEqualTo("{\"total\":0}");
    assertThat(waits).containsExactly(Duration.ofSeconds(3));
    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertThat(first.getTarget()).isEqualTo("/api/people?%24limit=2&%24skip=200");
    assertThat(second.getTarget()).isEqualTo(first.getTarget());
    assertThat(second.getMethod()).isEqualTo("GET");
    assertThat(second.getHeaders().values("Authorization"))
        .containsExactly("Bearer secret-token-123");
    assertThat(second.getHeaders().toMultimap()).isEqualTo(first.getHeaders().toMultimap());
    assertThat(openBodies).hasValue(0);
  }

  @Test
  void retriesAfterHttpDateRetryAfter() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("Retry-After", "Wed, 21 Oct 2026 07:28:07 GMT")
            .build());
    server.enqueue(ok("done"));

    Response response = client().newCall(get("/api/people")).execute();

    assertThat(bodyOf(response)).isEqualTo("done");
    assertThat(waits).containsExactly(Duration.ofSeconds(7));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void retriesServiceUnavailableWithBackoff() throws Exception {
    server.enqueue(status(503));
    server.enqueue(ok("done"));

    Response response = client().newCall(get("/api/people")).execute();

    assertThat(bodyOf(response)).isEqualTo("done");
    assertThat(waits).containsExactly(Duration.ofMillis(250));
    assertThat(openBodies).hasValue(0);
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 502, 504})
  void retriesOtherTransientStatuses(int code) throws Exception {
    server.enqueue(status(code));
    server.enqueue(ok("done"));

    Response response = client().newCall(get("/api/job-roles")).execute();

    assertThat(bodyOf(response)).isEqualTo("done");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 422, 500, 501})
  void doesNotRetryOtherErrors(int code) throws Exception {
    server.enqueue(status(code));

    Response response = client().newCall(get("/api/people")).execute();

    assertThat(response.code()).isEqualTo(code);
    assertThat(bodyOf(response)).isEqualTo("{\"code\":" + code + "}");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void givesUpAfterMaxAttemptsReturningLast429() throws Exception {
    for (int i = 1; i <= 4; i++) {
      server.enqueue(
          new MockResponse.Builder()
              .code(429)
              .addHeader("Retry-After", Integer.toString(i))
              .body("{\"code\":429,\"message\":\"attempt " + i + "\"}")
              .build());
    }
    server.enqueue(ok("never reached"));

    Response response = client().newCall(get("/api/people?%24skip=100")).execute();

    assertThat(response.code()).isEqualTo(429);
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(waits)
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3));
    HumaansApiException mapped =
        ErrorMapper.fromResponse(
            "GET", "/people?%24skip=100", 429, response.headers(), bodyOf(response), CLOCK);
    assertThat(mapped).isExactlyInstanceOf(RateLimitException.class);
    assertThat(((RateLimitException) mapped).retryAfter()).contains(Duration.ofSeconds(4));
    assertThat(mapped.serverMessage()).contains("attempt 4");
    assertThat(openBodies).hasValue(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PATCH"})
  void neverRetriesNonIdempotentMethods(String method) throws Exception {
    server.enqueue(status(503));
    server.enqueue(ok("never reached"));
    Request request =
        new Request.Builder()
            .url(server.url("/api/timesheet-entries"))
            .method(method, RequestBody.create("{\"date\":\"2025-02-03\"}", JSON))
            .build();

    Response response = client().newCall(request).execute();

    assertThat(response.code()).isEqualTo(503);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(waits).isEmpty();
    response.close();
  }

  @ParameterizedTest
  @CsvSource({"PUT,502", "PUT,503", "DELETE,429", "DELETE,503"})
  void retriesIdempotentWrites(String method, int status) throws Exception {
    server.enqueue(status(status));
    server.enqueue(ok("{\"deleted\":true}"));
    Request request =
        new Request.Builder()
            .url(server.url("/api/job-roles/abc"))
            .method(method, RequestBody.create("{}", JSON))
            .build();

    Response response = client().newCall(request).execute();

    assertThat(bodyOf(response)).isEqualTo("{\"deleted\":true}");
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{}");
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{}");
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 502, 504})
  void deleteIsNotRetriedWhenItMayHaveBeenApplied(int status) throws Exception {
    server.enqueue(status(status));
    server.enqueue(ok("{\"deleted\":true}"));

    Response response =
        client()
            .newCall(new Request.Builder().url(server.url("/api/job-roles/abc")).delete().build())
            .execute();

    assertThat(response.code()).isEqualTo(status);
    assertThat(server.getRequestCount()).isEqualTo(1);
    response.close();
  }

  @Test
  void deleteIsNotRetriedAfterLostResponse() {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(ok("{\"deleted\":true}"));

    assertThatThrownBy(
            () ->
                client()
                    .newCall(
                        new Request.Builder()
                            .url(server.url("/api/job-roles/abc"))
                            .delete()
                            .build())
                    .execute())
        .isInstanceOf(IOException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void retriesGetAfterConnectionFailure() throws Exception {
    server.enqueue(
        new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(ok("recovered"));

    Response response = client().newCall(get("/api/people")).execute();

    assertThat(bodyOf(response)).isEqualTo("recovered");
    assertThat(waits).containsExactly(Duration.ofMillis(250));
  }

  @Test
  void rethrowsLastIoExceptionWhenAttemptsRunOut() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(
          new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
    }
    server.enqueue(ok("never reached"));

    assertThatThrownBy(() -> client().newCall(get("/api/people")).execute())
        .isInstanceOf(IOException.class);
    assertThat(waits)
        .containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(1000));
  }

  @Test
  void doesNotRetryPostAfterConnectionFailure() {
    server.enqueue(
        new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(ok("never reached"));
    Request request =
        new Request.Builder()
            .url(server.url("/api/timesheet-entries"))
            .post(RequestBody.create("{}", JSON))
            .build();

    assertThatThrownBy(() -> client().newCall(request).execute()).isInstanceOf(IOException.class);
    assertThat(waits).isEmpty();
  }

  @Test
  void doesNotWaitForRetryAfterAboveCap() throws Exception {
    server.enqueue(
        new MockResponse.Builder().code(429).addHeader("Retry-After", "61").body("later").build());
    server.enqueue(ok("never reached"));

    Response response = client().newCall(get("/api/people")).execute();

    assertThat(response.code()).isEqualTo(429);
    assertThat(response.header("Retry-After")).isEqualTo("61");
    assertThat(bodyOf(response)).isEqualTo("later");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void waitsForRetryAfterEqualToCap() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "60").build());
    server.enqueue(ok("done"));

    Response response = client().newCall(get("/api/people")).execute();

    assertThat(bodyOf(response)).isEqualTo("done");
    assertThat(waits).containsExactly(Duration.ofSeconds(60));
  }

  @Test
  void backoffDoublesUpToCapWithFixedRandom() throws Exception {
    RetryPolicy policy =
        RetryPolicy.builder()
            .maxAttempts(6)
            .initialBackoff(Duration.ofMillis(500))
            .maxBackoff(Duration.ofSeconds(2))
            .build();
    for (int i = 0; i < 6; i++) {
      server.enqueue(status(503));
    }

    Response response =
        client(policy, recordingSleeper, () -> 0.0).newCall(get("/api/x")).execute();

    assertThat(response.code()).isEqualTo(503);
    response.close();
    assertThat(waits)
        .containsExactly(
            Duration.ofMillis(250),
            Duration.ofMillis(500),
            Duration.ofMillis(1000),
            Duration.ofMillis(1000),
            Duration.ofMillis(1000));
  }

  @Test
  void jitterScalesBackoffBetweenHalfAndFull() throws Exception {
    server.enqueue(status(503));
    server.enqueue(status(503));
    server.enqueue(ok("done"));
    double[] randoms = {0.5, 0.999};
    AtomicInteger next = new AtomicInteger();

    Response response =
        client(RetryPolicy.defaults(), recordingSleeper, () -> randoms[next.getAndIncrement()])
            .newCall(get("/api/people"))
            .execute();

    assertThat(bodyOf(response)).isEqualTo("done");
    assertThat(waits).containsExactly(Duration.ofMillis(375), Duration.ofNanos(999_500_000));
  }

  @Test
  void retryAfterIsNotJittered() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "2").build());
    server.enqueue(ok("done"));

    Response response =
        client(RetryPolicy.defaults(), recordingSleeper, () -> 0.0)
            .newCall(get("/api/people"))
            .execute();

    assertThat(bodyOf(response)).isEqualTo("done");
    assertThat(waits).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void noneMakesOneAttempt() throws Exception {
    server.enqueue(status(503));

    Response response =
        client(RetryPolicy.none(), recordingSleeper, () -> 0.0).newCall(get("/api/x")).execute();

    assertThat(response.code()).isEqualTo(503);
    response.close();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void interruptWhileWaitingBecomesInterruptedIoExceptionAndKeepsFlag() {
    server.enqueue(status(503));
    server.enqueue(ok("never reached"));
    Sleeper interrupted =
        d -> {
          throw new InterruptedException("stop");
        };

    try {
      assertThatThrownBy(
              () ->
                  client(RetryPolicy.defaults(), interrupted, () -> 0.0)
                      .newCall(get("/api/people"))
                      .execute())
          .isExactlyInstanceOf(InterruptedIOException.class)
          .hasMessage("interrupted while waiting PT0.25S to retry")
          .hasCauseInstanceOf(InterruptedException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(openBodies).hasValue(0);
  }

  @Test
  void doesNotRetryOneShotBody() throws Exception {
    server.enqueue(status(503));
    RequestBody oneShot =
        new RequestBody() {
          @Override
          public MediaType contentType() {
            return JSON;
          }

          @Override
          public void writeTo(okio.BufferedSink sink) throws IOException {
            sink.writeAll(new Buffer().writeUtf8("{}"));
          }

          @Override
          public boolean isOneShot() {
            return true;
          }
        };
    Request request = new Request.Builder().url(server.url("/api/x")).put(oneShot).build();

    Response response = client().newCall(request).execute();

    assertThat(response.code()).isEqualTo(503);
    response.close();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void retryAfterLongerThanCallTimeoutReturnsTheResponseAtOnceSayingWhy() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("Retry-After", "45")
            .body("slow down")
            .build());
    server.enqueue(ok("never reached"));

    Response response =
        clientWithCallTimeout(Duration.ofSeconds(30), RetryPolicy.defaults(), CLOCK)
            .newCall(get("/api/people"))
            .execute();

    assertThat(response.code()).isEqualTo(429);
    assertThat(response.header("Retry-After")).isEqualTo("45");
    assertThat(notRetriedReason(response))
        .isEqualTo("not retried: waiting 45 s would exceed the call timeout of 30 s (30 s left)");
    assertThat(bodyOf(response)).isEqualTo("slow down");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void retryAfterEqualToCallTimeoutIsNotWaitedFor() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "30").build());
    server.enqueue(ok("never reached"));

    Response response =
        clientWithCallTimeout(Duration.ofSeconds(30), RetryPolicy.defaults(), CLOCK)
            .newCall(get("/api/people"))
            .execute();

    assertThat(response.code()).isEqualTo(503);
    assertThat(notRetriedReason(response))
        .isEqualTo("not retried: waiting 30 s would exceed the call timeout of 30 s (30 s left)");
    response.close();
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void retryAfterWithinCallTimeoutIsWaitedFor() throws Exception {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3").build());
    server.enqueue(ok("done"));

    Response response =
        clientWithCallTimeout(Duration.ofSeconds(30), RetryPolicy.defaults(), CLOCK)
            .newCall(get("/api/people"))
            .execute();

    assertThat(response.request().tag(RetryInterceptor.NotRetried.class)).isNull();
    assertThat(bodyOf(response)).isEqualTo("done");
    assertThat(waits).containsExactly(Duration.ofSeconds(3));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void timeAlreadyWaitedCountsAgainstTheCallTimeout() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "20").build());
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "10.5").build());
    server.enqueue(ok("never reached"));
    MutableClock clock = new MutableClock(Instant.parse("2026-10-21T07:28:00Z"));
    OkHttpClient http =
        new OkHttpClient.Builder()
            .callTimeout(Duration.ofSeconds(30))
            .addInterceptor(
                new RetryInterceptor(
                    RetryPolicy.defaults(),
                    d -> {
                      waits.add(d);
                      clock.advance(d);
                    },
                    clock,
                    () -> 0.0))
            .build();

    Response response = http.newCall(get("/api/people")).execute();

    assertThat(response.code()).isEqualTo(503);
    assertThat(notRetriedReason(response))
        .isEqualTo("not retried: waiting 10.5 s would exceed the call timeout of 30 s (10 s left)");
    response.close();
    assertThat(waits).containsExactly(Duration.ofSeconds(20));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void backoffLongerThanCallTimeoutIsNotWaitedFor() throws Exception {
    RetryPolicy slow =
        RetryPolicy.builder()
            .initialBackoff(Duration.ofSeconds(20))
            .maxBackoff(Duration.ofSeconds(20))
            .build();
    server.enqueue(status(502));
    server.enqueue(ok("never reached"));

    Response response =
        clientWithCallTimeout(Duration.ofSeconds(10), slow, CLOCK)
            .newCall(get("/api/people"))
            .execute();

    assertThat(response.code()).isEqualTo(502);
    assertThat(notRetriedReason(response))
        .isEqualTo("not retried: waiting 20 s would exceed the call timeout of 10 s (10 s left)");
    response.close();
    assertThat(waits).isEmpty();
  }

  @Test
  void connectionFailureIsRethrownAtOnceWhenTheBackoffWouldExceedTheCallTimeout() {
    RetryPolicy slow =
        RetryPolicy.builder()
            .initialBackoff(Duration.ofSeconds(20))
            .maxBackoff(Duration.ofSeconds(20))
            .build();
    server.enqueue(
        new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(ok("never reached"));

    assertThatThrownBy(
            () ->
                clientWithCallTimeout(Duration.ofSeconds(10), slow, CLOCK)
                    .newCall(get("/api/people"))
                    .execute())
        .isInstanceOf(IOException.class)
        .isNotInstanceOf(InterruptedIOException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void withoutCallTimeoutLongRetryAfterWithinTheCapIsWaitedFor() throws Exception {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "45").build());
    server.enqueue(ok("done"));

    Response response = client().newCall(get("/api/people")).execute();

    assertThat(bodyOf(response)).isEqualTo("done");
    assertThat(waits).containsExactly(Duration.ofSeconds(45));
  }

  @Test
  void cancellingTheCallEndsTheWaitAndFailsItAsCanceled() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "30").build());
    server.enqueue(ok("never reached"));
    CountDownLatch waiting = new CountDownLatch(1);
    CountDownLatch canceledByTest = new CountDownLatch(1);
    AtomicBoolean canceledBefore = new AtomicBoolean(true);
    AtomicBoolean canceledAfter = new AtomicBoolean();
    Sleeper blocking =
        new Sleeper() {
          @Override
          public void sleep(Duration duration) {
            throw new AssertionError("the retry logic must pass the cancel signal");
          }

          @Override
          public void sleep(Duration duration, BooleanSupplier canceled)
              throws InterruptedException {
            waits.add(duration);
            canceledBefore.set(canceled.getAsBoolean());
            waiting.countDown();
            canceledByTest.await();
            canceledAfter.set(canceled.getAsBoolean());
          }
        };
    Call call = client(RetryPolicy.defaults(), blocking, () -> 0.0).newCall(get("/api/people"));
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      Future<Response> result = executor.submit(call::execute);
      assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();

      call.cancel();
      canceledByTest.countDown();

      assertThatThrownBy(() -> result.get(10, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isExactlyInstanceOf(IOException.class)
          .hasMessage("Canceled");
    } finally {
      executor.shutdownNow();
    }
    assertThat(canceledBefore).isFalse();
    assertThat(canceledAfter).isTrue();
    assertThat(waits).containsExactly(Duration.ofSeconds(30));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(openBodies).hasValue(0);
  }

  @Test
  void cancellingTheCallWakesTheSystemSleeperEarly() throws Exception {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "60").build());
    server.enqueue(ok("never reached"));
    CountDownLatch waiting = new CountDownLatch(1);
    Sleeper system =
        new Sleeper() {
          @Override
          public void sleep(Duration duration) {
            throw new AssertionError("the retry logic must pass the cancel signal");
          }

          @Override
          public void sleep(Duration duration, BooleanSupplier canceled)
              throws InterruptedException {
            waits.add(duration);
            waiting.countDown();
            Sleeper.system().sleep(duration, canceled);
          }
        };
    Call call = client(RetryPolicy.defaults(), system, () -> 0.0).newCall(get("/api/people"));
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      Future<Response> result = executor.submit(call::execute);
      assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();

      call.cancel();

      // Without an early wake-up this would wait the full 60 s and fail on the 10 s guard.
      assertThatThrownBy(() -> result.get(10, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isExactlyInstanceOf(IOException.class)
          .hasMessage("Canceled");
    } finally {
      executor.shutdownNow();
    }
    assertThat(waits).containsExactly(Duration.ofSeconds(60));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void secondsAreRoundedToMilliseconds() {
    assertThat(RetryInterceptor.seconds(Duration.ofSeconds(30))).isEqualTo("30");
    assertThat(RetryInterceptor.seconds(Duration.ofMillis(250))).isEqualTo("0.25");
    assertThat(RetryInterceptor.seconds(Duration.ofNanos(12_345_600_000L))).isEqualTo("12.346");
    assertThat(RetryInterceptor.seconds(Duration.ZERO)).isEqualTo("0");
  }

  /** A clock that moves only when told to. */
  private static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
