package io.humaans.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humaans.client.model.Person;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * A parallel listing abandoned after its first row cancels the page requests it has in flight (the
 * HTTP calls, not only their futures) and sends no further request: when its iterator is closed,
 * and when the iterator is dropped and collected.
 */
class ParallelPagerCloseTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private final AtomicInteger cancelled = new AtomicInteger();

  /** 100 people in pages of 10; every request after the first is held for 30 s. */
  private final FakeHumaans fake =
      new FakeHumaans(100, 10)
          .overriding(
              n ->
                  n > 1
                      ? new MockResponse.Builder()
                          .headersDelay(30, TimeUnit.SECONDS)
                          .body("{}")
                          .build()
                      : null);

  private final OkHttpClient http =
      new OkHttpClient.Builder()
          .eventListener(
              new okhttp3.EventListener() {
                @Override
                public void canceled(okhttp3.Call call) {
                  cancelled.incrementAndGet();
                }
              })
          .build();

  private HumaansClient client() {
    server.setDispatcher(fake);
    return TestClients.builder(server).okHttpClient(http).pageSize(10).build();
  }

  /** Waits, a bounded time, until the server has received {@code n} requests. */
  private void awaitRequests(int n) throws InterruptedException {
    for (int i = 0; i < 500 && fake.requests.get() < n; i++) {
      Thread.sleep(10);
    }
    assertThat(fake.requests.get()).isEqualTo(n);
  }

  /** Waits, a bounded time, until OkHttp runs no call any more (a cancelled call ends at once). */
  private void awaitNoCallRunning() throws InterruptedException {
    for (int i = 0; i < 500 && http.dispatcher().runningCallsCount() > 0; i++) {
      Thread.sleep(10);
    }
    assertThat(http.dispatcher().runningCallsCount()).isZero();
  }

  @Test
  void closingTheIteratorAfterTheFirstRowCancelsTheRequestsInFlight() throws Exception {
    try (HumaansClient client = client()) {
      RowIterator<Person> rows = client.people().list().parallel(3).iterator();
      try (rows) {
        assertThat(rows.next().id()).isEqualTo(FakeHumaans.id(0));
        awaitRequests(4); // the first page and the three held ones
        assertThat(http.dispatcher().runningCallsCount()).isEqualTo(3);
      }
      assertThat(cancelled.get()).isEqualTo(3);
      awaitNoCallRunning();
      assertThat(fake.requests.get()).isEqualTo(4);
      assertThatThrownBy(rows::hasNext)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "the listing's iterator was closed; call iterator() again to list from the start");
      assertThatThrownBy(rows::next).isInstanceOf(IllegalStateException.class);
      rows.close(); // a second close does nothing
      assertThat(cancelled.get()).isEqualTo(3);
      assertThat(http.dispatcher().runningCallsCount()).isZero();
      assertThat(fake.requests.get()).isEqualTo(4);
    }
  }

  @Test
  void closingAStreamAfterTheFirstRowCancelsTheRequestsInFlight() throws Exception {
    try (HumaansClient client = client()) {
      try (var stream = client.people().list().parallel(4).stream()) {
        Iterator<Person> rows = stream.iterator();
        assertThat(rows.next().id()).isEqualTo(FakeHumaans.id(0));
        awaitRequests(5);
      }
      assertThat(cancelled.get()).isEqualTo(4);
      awaitNoCallRunning();
      assertThat(fake.requests.get()).isEqualTo(5);
    }
  }

  @Test
  void aDroppedIteratorCancelsItsRequestsOnceCollected() throws Exception {
    try (HumaansClient client = client()) {
      readFirstRowAndDrop(client);
      awaitRequests(3);
      // No check that the two held calls are still running here: a collection of its own (the
      // test JVM's, during the wait above) may already have cancelled them, which is the point.
      for (int i = 0; i < 200 && cancelled.get() < 2; i++) {
        System.gc();
        Thread.sleep(10);
      }
      assertThat(cancelled.get()).isEqualTo(2);
      awaitNoCallRunning();
      assertThat(fake.requests.get()).isEqualTo(3);
    }
  }

  private static void readFirstRowAndDrop(HumaansClient client) {
    Iterator<Person> rows = client.people().list().parallel(2).iterator();
    assertThat(rows.next().id()).isEqualTo(FakeHumaans.id(0));
  }

  @Test
  void aSerialIteratorCanBeClosedToo() throws Exception {
    try (HumaansClient client = client()) {
      RowIterator<Person> rows = client.people().list().iterator();
      assertThat(rows.next().id()).isEqualTo(FakeHumaans.id(0));
      rows.close();
      assertThatThrownBy(rows::hasNext).isInstanceOf(IllegalStateException.class);
      assertThat(fake.requests.get()).isEqualTo(1);
      assertThat(cancelled.get()).isZero();
    }
  }
}
