package io.humaans.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humaans.client.errors.HumaansDecodingException;
import io.humaans.client.errors.ServerException;
import io.humaans.client.model.Person;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class AutoPagerTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private static List<String> expectedIds(int n) {
    return IntStream.range(0, n).mapToObj(FakeHumaans::id).collect(Collectors.toList());
  }

  private static List<String> ids(Iterable<Person> people) {
    List<String> out = new ArrayList<>();
    people.forEach(p -> out.add(p.id()));
    return out;
  }

  @Test
  void listsAllPagesWithLiteralDollarNames() {
    FakeHumaans fake = new FakeHumaans(7, 250);
    server.setDispatcher(fake);
    try (HumaansClient client = TestClients.builder(server).pageSize(3).build()) {
      assertThat(ids(client.people().list())).isEqualTo(expectedIds(7));
    }
    assertThat(fake.targets)
        .containsExactly(
            "/api/people?$limit=3&$skip=0",
            "/api/people?$limit=3&$skip=2",
            "/api/people?$limit=3&$skip=4");
  }

  @Test
  void listsAllPagesWhenServerCapsLimit() {
    FakeHumaans fake = new FakeHumaans(600, 250);
    server.setDispatcher(fake);
    try (HumaansClient client = TestClients.builder(server).pageSize(1000).build()) {
      assertThat(ids(client.people().list())).isEqualTo(expectedIds(600));
    }
    // Advances by the rows actually returned (250), not by the 1000 asked for, and asks for the
    // 250 the envelope reported from then on; each page re-reads the previous page's last row.
    assertThat(fake.targets)
        .containsExactly(
            "/api/people?$limit=1000&$skip=0",
            "/api/people?$limit=250&$skip=249",
            "/api/people?$limit=250&$skip=498");
  }

  @Test
  void stopsWithoutRequestWhenSkipReachesTotal() {
    FakeHumaans fake = new FakeHumaans(6, 250);
    server.setDispatcher(fake);
    try (HumaansClient client = TestClients.builder(server).pageSize(3).build()) {
      assertThat(client.people().list().stream().count()).isEqualTo(6);
    }
    // 0..2, then 2..4 (re-reading row 2), then 4..5: skip + rows reached the total of 6.
    assertThat(fake.targets)
        .containsExactly(
            "/api/people?$limit=3&$skip=0",
            "/api/people?$limit=3&$skip=2",
            "/api/people?$limit=3&$skip=4");
  }

  @Test
  void stopsOnShortPageWhenTotalIsMissing() {
    FakeHumaans fake = new FakeHumaans(4, 250).withoutTotal();
    server.setDispatcher(fake);
    try (HumaansClient client = TestClients.builder(server).pageSize(2).build()) {
      assertThat(ids(client.people().list())).isEqualTo(expectedIds(4));
    }
    assertThat(fake.targets)
        .containsExactly(
            "/api/people?$limit=2&$skip=0",
            "/api/people?$limit=2&$skip=1",
            "/api/people?$limit=2&$skip=2",
            "/api/people?$limit=2&$skip=3");
  }

  @Test
  void emptyListMakesOneRequest() {
    FakeHumaans fake = new FakeHumaans(0, 250);
    server.setDispatcher(fake);
    try (HumaansClient client = TestClients.client(server)) {
      assertThat(client.people().list().iterator().hasNext()).isFalse();
    }
    assertThat(fake.requests.get()).isEqualTo(1);
  }

  @Test
  void insertionBeforeOffsetDoesNotDuplicateRows() {
    FakeHumaans fake = new FakeHumaans(6, 250);
    List<String> seen =
        readChangingAfter(
            3,
            fake,
            () -> {
              fake.ids.add(0, "NEWROW00000000000000000A"); // shifts every row forward by one
            });
    assertThat(seen).isEqualTo(expectedIds(6));
  }

  @Test
  void deletionBeforeOffsetDoesNotDropRows() {
    FakeHumaans fake = new FakeHumaans(9, 250);
    List<String> seen =
        readChangingAfter(
            3,
            fake,
            () -> {
              fake.ids.remove(FakeHumaans.id(1)); // shifts every later row back by one
            });
    assertThat(seen).isEqualTo(expectedIds(9));
    // The page at $skip=3 showed a smaller total, so the pager backed up one row.
    assertThat(fake.targets).contains("/api/people?$limit=3&$skip=2");
  }

  @Test
  void errorOnThirdPageThrowsTypedExceptionNamingOffset() {
    FakeHumaans fake =
        new FakeHumaans(10, 250)
            .overriding(
                n ->
                    n == 3
                        ? new MockResponse.Builder()
                            .code(500)
                            .body("{\"code\":500,\"name\":\"GeneralError\",\"message\":\"boom\"}")
                            .build()
                        : null);
    server.setDispatcher(fake);
    List<String> seen = new ArrayList<>();
    try (HumaansClient client =
        TestClients.builder(server).pageSize(3).retryPolicy(RetryPolicy.none()).build()) {
      assertThatThrownBy(() -> client.people().list().forEach(p -> seen.add(p.id())))
          .isInstanceOf(ServerException.class)
          .hasMessageContaining("$skip=4");
    }
    // Pages 0..2 and 2..4 arrived (the second re-reads row 2): five distinct rows.
    assertThat(seen).isEqualTo(expectedIds(5));
  }

  @Test
  void serverIgnoringSkipFailsInsteadOfLooping() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          json(
              "{\"total\":9,\"limit\":3,\"skip\":0,\"data\":[{\"id\":\"a\"},{\"id\":\"b\"},{\"id\":\"c\"}]}"));
    }
    try (HumaansClient client = TestClients.builder(server).pageSize(3).build()) {
      assertThatThrownBy(() -> client.people().list().toList())
          .isInstanceOf(HumaansDecodingException.class)
          .hasMessageContaining("ignoring $skip");
    }
  }

  @Test
  void pageGivesEnvelopeAndNextPage() {
    FakeHumaans fake = new FakeHumaans(5, 250);
    server.setDispatcher(fake);
    try (HumaansClient client = TestClients.client(server)) {
      Page<Person> first = client.people().page(Query.builder().limit(2).build());
      assertThat(first.total()).hasValue(5);
      assertThat(first.limit()).isEqualTo(2);
      assertThat(first.skip()).isZero();
      assertThat(first.data())
          .extracting(Person::id)
          .containsExactly(FakeHumaans.id(0), FakeHumaans.id(1));
      assertThat(first.hasNextPage()).isTrue();
      Page<Person> second = first.nextPage().orElseThrow();
      assertThat(second.skip()).isEqualTo(2);
      Page<Person> third = second.nextPage().orElseThrow();
      assertThat(third.data()).hasSize(1);
      assertThat(third.hasNextPage()).isFalse();
      assertThat(third.nextPage()).isEmpty();
    }
  }

  @Test
  void parallelFetchYieldsAllRowsInOrder() {
    FakeHumaans fake = new FakeHumaans(1003, 100);
    server.setDispatcher(fake);
    try (HumaansClient client = TestClients.builder(server).pageSize(100).build()) {
      assertThat(ids(client.people().list().parallel(4))).isEqualTo(expectedIds(1003));
    }
    // Pages of 100 overlapping by one row: 0, 99, 198, ..., 990 (rows 990..1002).
    assertThat(fake.requests.get()).isEqualTo(11);
    assertThat(fake.targets)
        .contains("/api/people?$limit=100&$skip=99", "/api/people?$limit=100&$skip=990");
  }

  @Test
  void parallelFetchFallsBackToSerialWhenTotalChanges() {
    FakeHumaans fake = new FakeHumaans(50, 250);
    server.setDispatcher(fake);
    try (HumaansClient client = TestClients.builder(server).pageSize(10).build()) {
      Iterator<Person> it = client.people().list().parallel(3).iterator();
      List<String> seen = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        seen.add(it.next().id());
      }
      fake.ids.remove(FakeHumaans.id(0)); // already delivered; later rows shift back by one
      it.forEachRemaining(p -> seen.add(p.id()));
      assertThat(seen).isEqualTo(expectedIds(50));
    }
  }

  @Test
  void parallelFetchSurfacesTypedError() {
    FakeHumaans fake =
        new FakeHumaans(40, 250)
            .overriding(
                n ->
                    n == 3
                        ? new MockResponse.Builder()
                            .code(502)
                            .body("<html>Bad gateway</html>")
                            .build()
                        : null);
    server.setDispatcher(fake);
    try (HumaansClient client =
        TestClients.builder(server).pageSize(10).retryPolicy(RetryPolicy.none()).build()) {
      assertThatThrownBy(() -> client.people().list().parallel(2).toList())
          .isInstanceOf(ServerException.class);
    }
  }

  @Test
  void insertingMoreThanAPageBeforeOffsetDuplicatesNothing() {
    FakeHumaans fake = new FakeHumaans(6, 250);
    List<String> seen =
        readChangingAfter(
            3,
            fake,
            () -> {
              for (int i = 0; i < 4; i++) {
                fake.ids.add(0, "NEWROW0000000000000000" + i + "X");
              }
            });
    // Rows inserted during the listing may or may not appear; every original row appears once.
    assertThat(seen).doesNotHaveDuplicates();
    assertThat(seen).filteredOn(id -> !id.startsWith("NEWROW")).isEqualTo(expectedIds(6));
  }

  @Test
  void insertingExactlyOnePageIsNotMistakenForIgnoredSkip() {
    FakeHumaans fake = new FakeHumaans(6, 250);
    List<String> seen =
        readChangingAfter(
            3,
            fake,
            () -> {
              for (int i = 0; i < 3; i++) {
                fake.ids.add(0, "NEWROW0000000000000000" + i + "Y");
              }
            });
    assertThat(seen).isEqualTo(expectedIds(6));
  }

  @Test
  void deletingSeveralDeliveredRowsDropsNothing() {
    FakeHumaans fake = new FakeHumaans(12, 250);
    List<String> seen =
        readChangingAfter(
            6,
            fake,
            () -> {
              for (int i = 0; i < 5; i++) {
                fake.ids.remove(FakeHumaans.id(i));
              }
            });
    assertThat(seen).isEqualTo(expectedIds(12));
  }

  @Test
  void parallelKeepsFirstPageWhenTotalIsMissing() {
    FakeHumaans fake = new FakeHumaans(4, 250).withoutTotal();
    server.setDispatcher(fake);
    try (HumaansClient client = TestClients.builder(server).pageSize(2).build()) {
      assertThat(ids(client.people().list().parallel(2))).isEqualTo(expectedIds(4));
    }
  }

  @Test
  void pagesKeepsTheLastGoodPageWhenTheNextFails() {
    FakeHumaans fake =
        new FakeHumaans(10, 250)
            .overriding(
                n ->
                    n == 3
                        ? new MockResponse.Builder().code(500).body("{\"code\":500}").build()
                        : null);
    server.setDispatcher(fake);
    List<Integer> skips = new ArrayList<>();
    try (HumaansClient client =
        TestClients.builder(server).pageSize(3).retryPolicy(RetryPolicy.none()).build()) {
      assertThatThrownBy(() -> client.people().list().pages().forEach(p -> skips.add(p.skip())))
          .isInstanceOf(ServerException.class);
    }
    assertThat(skips).containsExactly(0, 3);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
  @org.junit.jupiter.api.Timeout(20) // it used to page through the same rows without end
  void pagesOfAServerIgnoringSkipFailInsteadOfRepeatingRows(boolean saysSo) {
    server.setDispatcher(new FakeHumaans(600, 250).ignoringSkip(saysSo));
    List<Integer> skips = new ArrayList<>();
    try (HumaansClient client = TestClients.client(server)) {
      assertThatThrownBy(() -> client.people().list().pages().forEach(p -> skips.add(p.skip())))
          .isInstanceOf(HumaansDecodingException.class)
          .hasMessageContaining("GET /people?$limit=250&$skip=250")
          .hasMessageContaining("the server may be ignoring $skip");
    }
    assertThat(skips).containsExactly(0);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
  void nextPageOfAServerIgnoringSkipFailsInsteadOfRepeatingThePage(boolean saysSo) {
    server.setDispatcher(new FakeHumaans(600, 250).ignoringSkip(saysSo));
    try (HumaansClient client = TestClients.client(server)) {
      Page<Person> first = client.people().page(Query.all());
      assertThat(first.hasNextPage()).isTrue();
      assertThatThrownBy(first::nextPage)
          .isInstanceOf(HumaansDecodingException.class)
          .hasMessageContaining("GET /people?$limit=250&$skip=250")
          .hasMessageContaining("the server may be ignoring $skip");
    }
  }

  @Test
  void aPageFromAnOffsetTheServerIgnoredFailsInsteadOfPassingForThePageAsked() throws Exception {
    server.setDispatcher(new FakeHumaans(600, 250).ignoringSkip(true));
    Query third = Query.builder().skip(500).build();
    try (HumaansClient client = TestClients.client(server)) {
      assertThatThrownBy(() -> client.people().page(third))
          .isInstanceOf(HumaansDecodingException.class)
          .hasMessageContaining("GET /people?$limit=250&$skip=500")
          .hasMessageContaining("the list envelope says skip=0 for $skip=500");
      assertThatThrownBy(() -> client.people().pageAsync(third).get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(HumaansDecodingException.class)
          .hasMessageContaining("the list envelope says skip=0 for $skip=500");
    }
  }

  @Test
  void pagesFailOnAnEmptyFirstPageAlthoughTheTotalSaysRowsExist() {
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "application/json")
            .body("{\"total\":600,\"skip\":0,\"limit\":250,\"data\":[]}")
            .build());
    List<Integer> skips = new ArrayList<>();
    try (HumaansClient client = TestClients.client(server)) {
      assertThatThrownBy(() -> client.people().list().pages().forEach(p -> skips.add(p.skip())))
          .isInstanceOf(HumaansDecodingException.class)
          .hasMessageContaining("the first page holds no row although total=600");
    }
    assertThat(skips).isEmpty();
  }

  @Test
  void pagesStillEndAtAnEmptyListAndAtTheTotal() {
    server.setDispatcher(new FakeHumaans(5, 250));
    List<List<Person>> pages = new ArrayList<>();
    try (HumaansClient client = TestClients.builder(server).pageSize(2).build()) {
      client.people().list().pages().forEach(p -> pages.add(p.data()));
    }
    assertThat(pages.stream().map(List::size)).containsExactly(2, 2, 1);
    assertThat(pages.stream().flatMap(List::stream).map(Person::id))
        .containsExactlyElementsOf(expectedIds(5));
  }

  @Test
  void closingAParallelStreamCancelsRequestsInFlight() throws Exception {
    java.util.concurrent.atomic.AtomicInteger canceled =
        new java.util.concurrent.atomic.AtomicInteger();
    okhttp3.OkHttpClient http =
        new okhttp3.OkHttpClient.Builder()
            .eventListener(
                new okhttp3.EventListener() {
                  @Override
                  public void canceled(okhttp3.Call call) {
                    canceled.incrementAndGet();
                  }
                })
            .build();
    FakeHumaans fake =
        new FakeHumaans(100, 250)
            .overriding(
                n ->
                    n > 1
                        ? new MockResponse.Builder()
                            .headersDelay(5, java.util.concurrent.TimeUnit.SECONDS)
                            .body("{}")
                            .build()
                        : null);
    server.setDispatcher(fake);
    try (HumaansClient client =
        TestClients.builder(server).okHttpClient(http).pageSize(10).build()) {
      try (java.util.stream.Stream<Person> stream = client.people().list().parallel(3).stream()) {
        assertThat(stream.limit(5).count()).isEqualTo(5);
      }
    }
    assertThat(canceled.get()).isEqualTo(3);
  }

  /**
   * Lists people in pages of 3, reads {@code first} rows, runs {@code change} on the server's rows,
   * then reads the rest; returns every id delivered.
   */
  private List<String> readChangingAfter(int first, FakeHumaans fake, Runnable change) {
    server.setDispatcher(fake);
    List<String> seen = new ArrayList<>();
    try (HumaansClient client = TestClients.builder(server).pageSize(3).build()) {
      Iterator<Person> it = client.people().list().iterator();
      for (int i = 0; i < first; i++) {
        seen.add(it.next().id());
      }
      change.run();
      it.forEachRemaining(p -> seen.add(p.id()));
    }
    return seen;
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }
}
