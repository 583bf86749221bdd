package io.humaans.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.humaans.client.errors.HumaansIoException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import retrofit2.Retrofit;

/**
 * An asynchronous call that never completes fails at the transport's time limit and is cancelled.
 */
class TransportAsyncLimitTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void asyncCallFailsAtItsTimeLimitAndIsCancelled() throws Exception {
    server.enqueue(
        new MockResponse.Builder().headersDelay(10, TimeUnit.SECONDS).body("{}").build());
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
    HumaansApi api =
        new Retrofit.Builder()
            .baseUrl(server.url("/api/"))
            .client(http)
            .build()
            .create(HumaansApi.class);
    Transport transport =
        new Transport(api, Clock.systemUTC(), "tok", 1, Duration.ofMillis(300), http, null);
    long start = System.nanoTime();
    Throwable failure =
        catchThrowable(
            () ->
                transport.getAsync("me", RawPageTestAdapters.STRING_MAP).get(5, TimeUnit.SECONDS));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(failure).isInstanceOf(ExecutionException.class);
    assertThat(failure.getCause())
        .isInstanceOf(HumaansIoException.class)
        .hasMessage(
            "GET /me timed out: SocketTimeoutException: no complete response within 0.3 s (the limit"
                + " the client derives from its timeouts and retry policy)")
        .hasCauseInstanceOf(SocketTimeoutException.class);
    // The timer cancels the call right after failing the future: wait for it without sleeping long.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (canceled.get() == 0 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(canceled.get()).isEqualTo(1);
    http.dispatcher().executorService().shutdownNow();
  }

  /** A plain adapter for the body, which never arrives. */
  static final class RawPageTestAdapters {
    static final com.squareup.moshi.JsonAdapter<Object> STRING_MAP =
        new com.squareup.moshi.Moshi.Builder().build().adapter(Object.class);
  }
}
