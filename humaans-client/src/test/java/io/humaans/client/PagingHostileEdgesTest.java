package io.humaans.client;

import static io.humaans.client.PagingFaultsTest.expectedIds;
import static io.humaans.client.PagingFaultsTest.readInto;
import static io.humaans.client.PagingFaultsTest.rowsBeforeDecodingFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humaans.client.errors.HumaansDecodingException;
import io.humaans.client.errors.RateLimitException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile-server edges of a listing not pinned elsewhere, each for the serial pager (parallelism 1)
 * and the parallel one: totals that lie low, high or out of range, a {@code limit} that contradicts
 * its page, envelopes of the wrong shape on a later page, bodies with trailing content, a failing
 * parallel page cancelling the ones in flight, and a redirect to another host (the token stays
 * home). Rows that contradict the listing are in {@link PagingHostileRowsTest}. Every case asserts
 * the exact rows delivered and, for a failure, the exception type and message.
 */
class PagingHostileEdgesTest {
  @StartStop final MockWebServer server = new MockWebServer();
  @StartStop final MockWebServer elsewhere = new MockWebServer();

  private static final String PAGE_2 = "/api/people?$limit=250&$skip=249";

  private static MockResponse json(String body) {
    return new MockResponse.Builder()
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private HumaansClient client() {
    return TestClients.builder(server).pageSize(250).build();
  }

  private List<String> listAll(int parallelism) {
    List<String> seen = new ArrayList<>();
    try (HumaansClient client = client()) {
      readInto(client.people().list().parallel(parallelism), seen);
    }
    return seen;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void totalSmallerThanTheRowsServedDoesNotEndTheListing(int parallelism) {
    // Every envelope says total=300 while 600 rows are served: the page at $skip=249 holds 250
    // rows, reaching row 499, past the total. Trusting the total ended the listing at 499 rows.
    FakeHumaans fake = new FakeHumaans(600, 250).lyingTotal(300);
    server.setDispatcher(fake);
    assertThat(listAll(parallelism)).isEqualTo(expectedIds(600));
    assertThat(fake.targets).contains("/api/people?$limit=250&$skip=498");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void totalSmallerThanAShortLastPageEndsThere(int parallelism) {
    // A row inserted between the server's count and its find: 11 rows, total=10, one short page.
    server.setDispatcher(new FakeHumaans(11, 250).lyingTotal(10));
    assertThat(listAll(parallelism)).isEqualTo(expectedIds(11));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void negativeTotalIsReadAsNoTotalAndPagesUntilAShortPage(int parallelism) {
    FakeHumaans fake = new FakeHumaans(600, 250);
    String first =
        fake.pageJson(server.url("/api/people?$limit=250&$skip=0"))
            .replace("\"total\":600", "\"total\":-5");
    server.setDispatcher(fake.overridingTarget("$skip=0", json(first)));
    assertThat(listAll(parallelism)).isEqualTo(expectedIds(600));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void totalLargerThanTheRowsStillEndsAtTheLastRowAfterOneLookPastIt(int parallelism) {
    FakeHumaans fake = new FakeHumaans(600, 250).lyingTotal(1000);
    server.setDispatcher(fake);
    assertThat(listAll(parallelism)).isEqualTo(expectedIds(600));
    assertThat(fake.targets).endsWith("/api/people?$limit=250&$skip=600");
  }

  @Test
  void parallelListingFailingOnAnEnvelopeCancelsThePagesStillInFlight() throws Exception {
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
    FakeHumaans fake = new FakeHumaans(100, 250);
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String target = request.getTarget();
            if (target.endsWith("$skip=0")) {
              return json(fake.pageJson(request.getUrl()));
            }
            if (target.endsWith("$skip=9")) {
              return json(fake.pageJson(request.getUrl()).replace("\"skip\":9", "\"skip\":0"));
            }
            return new MockResponse.Builder().headersDelay(5, TimeUnit.SECONDS).body("{}").build();
          }
        });
    try (HumaansClient client =
        TestClients.builder(server).okHttpClient(http).pageSize(10).build()) {
      List<String> seen = new ArrayList<>();
      assertThatThrownBy(() -> readInto(client.people().list().parallel(3), seen))
          .isInstanceOf(HumaansDecodingException.class)
          .hasMessageContaining("the list envelope says skip=0 for $skip=9");
      assertThat(seen).isEqualTo(expectedIds(10));
      // The pages at $skip=18 and $skip=27 were in flight: cancelled, not left to run 5 s.
      assertThat(canceled.get()).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void envelopeLimitSmallerThanItsOwnRowsIsNotTakenAsThePageSize(int parallelism) {
    // The first envelope says limit=1 over 250 rows: taken as the page size, it made the pager ask
    // for $limit=2 from then on, 350 requests for the 350 rows left.
    FakeHumaans fake = new FakeHumaans(600, 250);
    String first =
        fake.pageJson(server.url("/api/people?$limit=250&$skip=0"))
            .replace("\"limit\":250", "\"limit\":1");
    server.setDispatcher(fake.overridingTarget("$skip=0", json(first)));
    assertThat(listAll(parallelism)).isEqualTo(expectedIds(600));
    assertThat(fake.targets)
        .containsExactlyInAnyOrder(
            "/api/people?$limit=250&$skip=0",
            "/api/people?$limit=250&$skip=249",
            "/api/people?$limit=250&$skip=498");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void rateLimitStormLongerThanTheRetriesFailsTypedAfterTheRowsBefore(int parallelism) {
    FakeHumaans fake =
        new FakeHumaans(600, 250)
            .overridingTarget(
                "$skip=249",
                new MockResponse.Builder()
                    .code(429)
                    .addHeader("Retry-After", "1")
                    .body("{\"code\":429,\"message\":\"Too many requests\"}")
                    .build());
    server.setDispatcher(fake);
    List<String> seen = new ArrayList<>();
    try (HumaansClient client = client()) {
      assertThatThrownBy(() -> readInto(client.people().list().parallel(parallelism), seen))
          .isInstanceOfSatisfying(
              RateLimitException.class,
              e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(1)))
          .hasMessage(
              "429 Too Many Requests on GET /people?$limit=250&$skip=249: Too many requests"
                  + " [retryAfter=1s]");
    }
    assertThat(seen).isEqualTo(expectedIds(250));
    assertThat(fake.targets.stream().filter(t -> t.endsWith("$skip=249")).count()).isEqualTo(4);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void serverIgnoringLimitWithEveryRowOnPageOneIsOneRequest(int parallelism) {
    FakeHumaans fake = new FakeHumaans(600, 1000);
    String all =
        fake.pageJson(server.url("/api/people?$limit=600&$skip=0"))
            .replace("\"limit\":600", "\"limit\":250");
    server.setDispatcher(fake.overridingTarget("$skip=0", json(all)));
    assertThat(listAll(parallelism)).isEqualTo(expectedIds(600));
    assertThat(fake.targets).containsExactly("/api/people?$limit=250&$skip=0");
  }

  static Stream<Arguments> malformedSecondPages() {
    String envelope = "{\"total\":600,\"limit\":250,\"skip\":249,";
    String at = "Could not read the response of GET /people?$limit=250&$skip=249";
    List<Arguments> cases = new ArrayList<>();
    for (int parallelism : new int[] {1, 4}) {
      cases.add(
          Arguments.of(
              parallelism,
              json(envelope + "\"data\":{}}"),
              at
                  + " at $.data: unexpected JSON: Expected BEGIN_ARRAY but was BEGIN_OBJECT at path"
                  + " $.data"));
      cases.add(
          Arguments.of(
              parallelism,
              json(envelope + "\"data\":\"rows\"}"),
              at
                  + " at $.data: unexpected JSON: Expected BEGIN_ARRAY but was STRING at path"
                  + " $.data"));
      cases.add(
          Arguments.of(
              parallelism,
              json(envelope + "\"data\":[7]}"),
              at
                  + " at $.data[0]: unexpected JSON: Expected BEGIN_OBJECT but was NUMBER at path"
                  + " $.data[0]"));
      cases.add(
          Arguments.of(
              parallelism,
              json("{\"total\":600.5,\"limit\":250,\"skip\":249,\"data\":[]}"),
              at + " at $.total: unexpected JSON: Expected an int but was 600.5 at path $.total"));
      cases.add(
          Arguments.of(
              parallelism,
              json("{\"total\":true,\"limit\":250,\"skip\":249,\"data\":[]}"),
              at
                  + " at $.total: unexpected JSON: Expected an int but was BOOLEAN at path"
                  + " $.total"));
      cases.add(
          Arguments.of(
              parallelism,
              new MockResponse.Builder().code(204).build(),
              at + ": empty response body (HTTP 204); expected JSON"));
      cases.add(
          Arguments.of(
              parallelism, json(""), at + ": empty response body (HTTP 200); expected JSON"));
    }
    return cases.stream();
  }

  @ParameterizedTest
  @MethodSource("malformedSecondPages")
  void malformedEnvelopeOnALaterPageFailsTypedAfterTheRowsBefore(
      int parallelism, MockResponse second, String message) {
    server.setDispatcher(new FakeHumaans(600, 250).overridingTarget("$skip=249", second));
    assertThat(rowsBeforeDecodingFailure(server, parallelism, message)).isEqualTo(expectedIds(250));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void trailingContentAfterTheEnvelopeFailsTyped(int parallelism) {
    // Two envelopes in one body (a proxy gluing responses): the rows of the second were dropped.
    FakeHumaans fake = new FakeHumaans(600, 250);
    String page = fake.pageJson(server.url(PAGE_2));
    server.setDispatcher(
        fake.overridingTarget(
            "$skip=249", json(page + "\n{\"total\":1,\"data\":[{\"id\":\"X\"}]}")));
    assertThat(
            rowsBeforeDecodingFailure(
                server,
                parallelism,
                "Could not read the response of GET /people?$limit=250&$skip=249: the body goes on"
                    + " after its JSON value (trailing content); it is not the one JSON document"
                    + " expected, so what it holds cannot be told"))
        .isEqualTo(expectedIds(250));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void whitespaceAfterTheEnvelopeIsAccepted(int parallelism) {
    FakeHumaans fake = new FakeHumaans(600, 250);
    String page = fake.pageJson(server.url(PAGE_2));
    server.setDispatcher(fake.overridingTarget("$skip=249", json(page + " \r\n\t\n")));
    assertThat(listAll(parallelism)).isEqualTo(expectedIds(600));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void redirectToAnotherHostDoesNotCarryTheToken(int parallelism) throws Exception {
    FakeHumaans there = new FakeHumaans(600, 250);
    elsewhere.setDispatcher(there);
    FakeHumaans fake =
        new FakeHumaans(600, 250)
            .overridingTarget(
                "$skip=249",
                1,
                new MockResponse.Builder()
                    .code(307)
                    .addHeader("Location", elsewhere.url(PAGE_2).toString())
                    .build());
    server.setDispatcher(fake);
    assertThat(listAll(parallelism)).isEqualTo(expectedIds(600));
    RecordedRequest followed = elsewhere.takeRequest(1, TimeUnit.SECONDS);
    assertThat(followed).isNotNull();
    assertThat(followed.getTarget()).isEqualTo(PAGE_2);
    assertThat(followed.getHeaders().get("Authorization")).isNull();
    assertThat(followed.getHeaders().toString()).doesNotContain(TestClients.TOKEN);
    assertThat(there.requests.get()).isEqualTo(1);
    RecordedRequest home = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(home).isNotNull();
    assertThat(home.getHeaders().get("Authorization")).isEqualTo("Bearer " + TestClients.TOKEN);
  }
}
