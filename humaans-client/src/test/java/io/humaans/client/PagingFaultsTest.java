package io.humaans.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.humaans.client.errors.HumaansDecodingException;
import io.humaans.client.errors.HumaansIoException;
import io.humaans.client.model.Person;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The listing faults of issue 9, each for the serial pager (parallelism 1) and the parallel pager
 * DirectoryReader uses: every row exactly once, in order, or a typed exception naming the page.
 */
class PagingFaultsTest {
  @StartStop final MockWebServer server = new MockWebServer();

  static List<String> expectedIds(int n) {
    return IntStream.range(0, n).mapToObj(FakeHumaans::id).collect(Collectors.toList());
  }

  /** Reads every row it can; the rows read before a failure stay in {@code into}. */
  static void readInto(AutoPager<Person> pager, List<String> into) {
    for (Iterator<Person> it = pager.iterator(); it.hasNext(); ) {
      into.add(it.next().id());
    }
  }

  /**
   * Lists the people of {@code server} in 250-row pages at {@code parallelism}, expects a {@link
   * HumaansDecodingException} with exactly {@code message}, and returns the ids delivered before
   * it.
   */
  static List<String> rowsBeforeDecodingFailure(
      MockWebServer server, int parallelism, String message) {
    List<String> seen = new ArrayList<>();
    try (HumaansClient client = TestClients.builder(server).pageSize(250).build()) {
      assertThatThrownBy(() -> readInto(client.people().list().parallel(parallelism), seen))
          .isInstanceOf(HumaansDecodingException.class)
          .hasMessage(message);
    }
    return seen;
  }

  private HumaansClient client(int pageSize) {
    return TestClients.builder(server).pageSize(pageSize).build();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void serverIgnoringSkipAndSayingSoFails(int parallelism) {
    server.setDispatcher(new FakeHumaans(600, 250).ignoringSkip(true));
    List<String> seen = new ArrayList<>();
    try (HumaansClient client = client(250)) {
      assertThatThrownBy(() -> readInto(client.people().list().parallel(parallelism), seen))
          .isInstanceOf(HumaansDecodingException.class)
          .hasMessageContaining("GET /people?$limit=250&$skip=249 at $.skip")
          .hasMessageContaining(
              "the list envelope says skip=0 for $skip=249; the server may be ignoring $skip");
    }
    assertThat(seen).isEqualTo(expectedIds(250));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void serverIgnoringSkipSilentlyFails(int parallelism) {
    server.setDispatcher(new FakeHumaans(600, 250).ignoringSkip(false));
    List<String> seen = new ArrayList<>();
    try (HumaansClient client = client(250)) {
      assertThatThrownBy(() -> readInto(client.people().list().parallel(parallelism), seen))
          .isInstanceOf(HumaansDecodingException.class)
          .hasMessageContaining("GET /people?$limit=250&$skip=249")
          .hasMessageContaining(
              "the page repeats the rows of $skip=0 although the total did not change;"
                  + " the server may be ignoring $skip");
    }
    assertThat(seen).isEqualTo(expectedIds(250));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1:null", "4:null", "1:missing", "4:missing"})
  void dataNullOrMissingBeforeTheTotalFails(String variant) {
    int parallelism = Integer.parseInt(variant.substring(0, 1));
    String data = variant.endsWith("null") ? ",\"data\":null" : "";
    server.setDispatcher(
        new FakeHumaans(600, 250)
            .overridingTarget(
                "$skip=249",
                new MockResponse.Builder()
                    .addHeader("Content-Type", "application/json")
                    .body("{\"total\":600,\"limit\":250,\"skip\":249" + data + "}")
                    .build()));
    List<String> seen = new ArrayList<>();
    try (HumaansClient client = TestClients.builder(server).pageSize(250).build()) {
      assertThatThrownBy(() -> readInto(client.people().list().parallel(parallelism), seen))
          .isInstanceOf(HumaansDecodingException.class)
          .hasMessage(
              "Could not read the response of GET /people?$limit=250&$skip=249 at $.data: the list"
                  + " envelope has no data array (null or missing) at $skip=249 although total=600; an empty"
                  + " page here would silently end the listing");
    }
    assertThat(seen).isEqualTo(expectedIds(250));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void dataNullPastTheTotalIsAnEmptyList(int parallelism) {
    server.enqueue(
        new MockResponse.Builder()
            .body("{\"total\":0,\"limit\":250,\"skip\":0,\"data\":null}")
            .build());
    try (HumaansClient client = client(250)) {
      assertThat(client.people().list().parallel(parallelism).toList()).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void rowsDeletedBeforeTheOffsetWhileAsManyAreAppendedAreNotLost(int parallelism) {
    FakeHumaans fake = new FakeHumaans(600, 250);
    AtomicBoolean changed = new AtomicBoolean();
    fake.beforeEachRequest(
        () -> {
          // Once, before the first page after the first is served (with parallel paging the second
          // and third requests race, so "the second" cannot be told by the counter alone).
          if (fake.requests.get() >= 2 && changed.compareAndSet(false, true)) {
            for (int i = 0; i < 10; i++) {
              fake.ids.remove(FakeHumaans.id(100 + i));
              fake.ids.add("Q" + i);
            }
          }
        });
    server.setDispatcher(fake);
    List<String> seen = new ArrayList<>();
    try (HumaansClient client = client(250)) {
      readInto(client.people().list().parallel(parallelism), seen);
    }
    List<String> expected = new ArrayList<>(expectedIds(600));
    IntStream.range(0, 10).forEach(i -> expected.add("Q" + i));
    assertThat(fake.ids).hasSize(600);
    assertThat(seen).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void everyDeliveredRowDeletedStartsOverFromTheFirstRow(int parallelism) {
    FakeHumaans fake = new FakeHumaans(100, 250);
    AtomicBoolean changed = new AtomicBoolean();
    fake.beforeEachRequest(
        () -> {
          // Once, before the first page after the first is served (with parallel paging the second
          // and third requests race, so "the second" cannot be told by the counter alone).
          if (fake.requests.get() >= 2 && changed.compareAndSet(false, true)) {
            for (int i = 0; i < 10; i++) {
              fake.ids.remove(FakeHumaans.id(i));
            }
          }
        });
    server.setDispatcher(fake);
    List<String> seen = new ArrayList<>();
    try (HumaansClient client = client(10)) {
      readInto(client.people().list().parallel(parallelism), seen);
    }
    assertThat(seen).isEqualTo(expectedIds(100));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void moreRowsDeletedThanRememberedFailsLoudly(int parallelism) {
    FakeHumaans fake = new FakeHumaans(200, 250);
    AtomicBoolean changed = new AtomicBoolean();
    List<String> seen = new ArrayList<>();
    server.setDispatcher(fake);
    try (HumaansClient client = client(10)) {
      Iterator<Person> it = client.people().list().parallel(parallelism).iterator();
      assertThatThrownBy(
              () -> {
                while (it.hasNext()) {
                  seen.add(it.next().id());
                  if (seen.size() == 60 && changed.compareAndSet(false, true)) {
                    // 60 rows delivered, 40 remembered: all 60 leave and as many join at the end.
                    for (int i = 0; i < 60; i++) {
                      fake.ids.remove(FakeHumaans.id(i));
                      fake.ids.add("Q" + i);
                    }
                  }
                }
              })
          .isInstanceOf(HumaansDecodingException.class)
          .hasMessageContaining("none of the last 40 rows delivered is at or before $skip=")
          .hasMessageContaining("rows before it were deleted while the listing ran");
    }
    assertThat(seen).startsWith(expectedIds(60).toArray(new String[0])).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1:plain", "4:plain", "1:gzip", "4:gzip"})
  void bodyCutAtAChunkBoundaryIsANetworkFailureAndIsRetried(String variant) throws Exception {
    int parallelism = Integer.parseInt(variant.substring(0, 1));
    boolean gzip = variant.endsWith("gzip");
    FakeHumaans fake = new FakeHumaans(600, 250);
    AtomicBoolean cut = new AtomicBoolean();
    try (RawHttpServer raw =
            new RawHttpServer(
                (n, target) -> {
                  byte[] json =
                      fake.pageJson(HttpUrl.get("http://x" + target))
                          .getBytes(StandardCharsets.UTF_8);
                  byte[] body = gzip ? gzip(json) : json;
                  boolean cutThis = target.contains("$skip=249") && cut.compareAndSet(false, true);
                  return RawHttpServer.response(
                      "HTTP/1.1 200 OK\nContent-Type: application/json\nConnection: close\n"
                          + "Transfer-Encoding: chunked"
                          + (gzip ? "\nContent-Encoding: gzip" : ""),
                      RawHttpServer.chunked(body, 512, cutThis));
                });
        HumaansClient client =
            HumaansClient.builder()
                .token(TestClients.TOKEN)
                .baseUrl(raw.baseUrl())
                .sleeper(new TestClients.RecordingSleeper())
                .build()) {
      assertThat(client.people().list().parallel(parallelism).toList())
          .extracting(Person::id)
          .isEqualTo(expectedIds(600));
      assertThat(raw.targets.stream().filter(t -> t.contains("$skip=249")).count()).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void bodyCutAtAChunkBoundaryWithoutRetriesFailsAsNetworkFailure(int parallelism)
      throws Exception {
    FakeHumaans fake = new FakeHumaans(600, 250);
    try (RawHttpServer raw =
            new RawHttpServer(
                (n, target) ->
                    RawHttpServer.response(
                        "HTTP/1.1 200 OK\nContent-Type: application/json\nConnection: close\nTransfer-Encoding: chunked",
                        RawHttpServer.chunked(
                            fake.pageJson(HttpUrl.get("http://x" + target))
                                .getBytes(StandardCharsets.UTF_8),
                            512,
                            target.contains("$skip=249"))));
        HumaansClient client =
            HumaansClient.builder()
                .token(TestClients.TOKEN)
                .baseUrl(raw.baseUrl())
                .retryPolicy(RetryPolicy.none())
                .build()) {
      List<String> seen = new ArrayList<>();
      assertThatThrownBy(() -> readInto(client.people().list().parallel(parallelism), seen))
          .isInstanceOf(HumaansIoException.class)
          .hasMessageStartingWith(
              "GET /people?$limit=250&$skip=249 failed on the network: EOFException")
          .hasCauseInstanceOf(EOFException.class);
      assertThat(seen).isEqualTo(expectedIds(250));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void jsonCutShortInACompleteBodyIsTruncatedJsonAndNotRetried(int parallelism) {
    FakeHumaans fake = new FakeHumaans(600, 250);
    server.setDispatcher(
        fake.overridingTarget(
            "$skip=249",
            new MockResponse.Builder()
                .body("{\"total\":600,\"limit\":250,\"skip\":249,\"data\":[{\"id\":")
                .build()));
    try (HumaansClient client = client(250)) {
      assertThatThrownBy(() -> client.people().list().parallel(parallelism).toList())
          .isInstanceOf(HumaansDecodingException.class)
          .hasMessageContaining("GET /people?$limit=250&$skip=249")
          .hasMessageContaining(
              "truncated JSON body (the HTTP body ended cleanly, the JSON did not)");
    }
    assertThat(fake.targets.stream().filter(t -> t.contains("$skip=249")).count()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void anErrorWhileDecodingAPageFailsTheListingInsteadOfHanging(int parallelism) {
    server.setDispatcher(new FakeHumaans(600, 250));
    OkHttpClient http =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  Response response = chain.proceed(chain.request());
                  if (!"249".equals(chain.request().url().queryParameter("$skip"))) {
                    return response;
                  }
                  response.close();
                  return response
                      .newBuilder()
                      .body(
                          new ResponseBody() {
                            @Override
                            public MediaType contentType() {
                              return MediaType.get("application/json");
                            }

                            @Override
                            public long contentLength() {
                              return -1;
                            }

                            @Override
                            public BufferedSource source() {
                              throw new NoSuchMethodError(
                                  "okio.BufferedSource okio.Okio.buffer(okio.Source) (mixed versions)");
                            }
                          })
                      .build();
                })
            .build();
    try (HumaansClient client =
        TestClients.builder(server).okHttpClient(http).pageSize(250).build()) {
      assertTimeoutPreemptively(
          Duration.ofSeconds(20),
          () ->
              assertThatThrownBy(() -> client.people().list().parallel(parallelism).toList())
                  .isInstanceOf(NoSuchMethodError.class)
                  .hasMessageContaining("mixed versions"));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void byteOrderMarkBeforeJsonIsAccepted(int parallelism) {
    server.setDispatcher(new FakeHumaans(600, 250).prefixing("\uFEFF"));
    try (HumaansClient client = client(250)) {
      assertThat(client.people().list().parallel(parallelism).toList())
          .extracting(Person::id)
          .isEqualTo(expectedIds(600));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"deflate", "br"})
  void unsupportedContentEncodingIsNamed(String encoding) {
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Encoding", encoding)
            .body("{\"total\":0,\"data\":[]}")
            .build());
    try (HumaansClient client = client(250)) {
      assertThatThrownBy(() -> client.people().list().toList())
          .isInstanceOf(HumaansDecodingException.class)
          .hasMessage(
              "Could not read the response of GET /people?$limit=250&$skip=0: the response body is in"
                  + " Content-Encoding '"
                  + encoding
                  + "', which the client cannot decode (only identity, and"
                  + " gzip when the HTTP client asked for it)");
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void smallerLimitInTheEnvelopeIsAskedForFromThenOnAndLoggedOnce(int parallelism) {
    FakeHumaans fake = new FakeHumaans(300, 100);
    server.setDispatcher(fake);
    List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (HumaansClient client = TestClients.builder(server).logger(lines::add).build()) {
      assertThat(client.people().list().parallel(parallelism).toList())
          .extracting(Person::id)
          .isEqualTo(expectedIds(300));
      assertThat(client.jobRoles().list().parallel(parallelism).toList()).hasSize(300);
    }
    assertThat(fake.targets.subList(0, 4))
        .containsExactlyInAnyOrder(
            "/api/people?$limit=250&$skip=0",
            "/api/people?$limit=100&$skip=99",
            "/api/people?$limit=100&$skip=198",
            "/api/people?$limit=100&$skip=297");
    assertThat(lines.stream().filter(l -> l.contains("capped")).toList())
        .containsExactly(
            "DEBUG humaans paging: the server capped the page size at 100 (asked 250) on /people; following"
                + " requests of a listing ask for 100");
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }
}
