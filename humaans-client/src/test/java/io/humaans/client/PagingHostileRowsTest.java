package io.humaans.client;

import static io.humaans.client.PagingFaultsTest.expectedIds;
import static io.humaans.client.PagingFaultsTest.readInto;
import static io.humaans.client.PagingFaultsTest.rowsBeforeDecodingFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humaans.client.errors.HumaansDecodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pages whose rows contradict the listing, each for the serial pager (parallelism 1) and the
 * parallel one: blank or repeated ids, an empty first page under a total, empty or one-row pages
 * mid-list. Each used to end a listing early, or drop a row, in silence; each now fails typed after
 * exactly the rows before it.
 */
class PagingHostileRowsTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private static MockResponse json(String body) {
    return new MockResponse.Builder()
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private HumaansClient client() {
    return TestClients.builder(server).pageSize(250).build();
  }

  /** A Humaans-like row of id {@code id}. */
  private static String row(String id) {
    return "{\"id\":\"" + id + "\",\"status\":\"active\"}";
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void insertionsAfterTheServerLoweredItsPageSizeDoNotEndTheListing(int parallelism) {
    // The server sends 250 rows, then caps pages at 100 (and says so); 100 rows are then inserted
    // at the front, so the page at $skip=348 holds only rows delivered already. Measured against
    // the 250-row first page it looked short, and the listing ended at 349 rows of 600.
    FakeHumaans wide = new FakeHumaans(600, 250);
    FakeHumaans narrow = new FakeHumaans(600, 100);
    AtomicInteger requests = new AtomicInteger();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            int n = requests.incrementAndGet();
            if (n == 3) {
              for (int i = 0; i < 100; i++) {
                wide.ids.add(0, "Q" + i);
                narrow.ids.add(0, "Q" + i);
              }
            }
            return json((n == 1 ? wide : narrow).pageJson(request.getUrl()));
          }
        });
    List<String> seen = new ArrayList<>();
    try (HumaansClient client = client()) {
      readInto(client.people().list().parallel(parallelism), seen);
    }
    assertThat(seen).isEqualTo(expectedIds(600));
  }

  @Test
  void rowsDeletedWhileAShortPageIsCheckedAreLookedForAgain() {
    // The page at $skip=4 holds only row 4 (delivered) while total=10; the look past it, at
    // $skip=5, finds nothing, but under total=5: rows 0-4 were deleted just then, moving rows 5-9
    // back onto offsets 0-4. Taking the empty answer for the end lost rows 5-9.
    FakeHumaans fake = new FakeHumaans(10, 250);
    fake.overridingTarget(
        "$skip=4",
        1,
        json("{\"total\":10,\"limit\":5,\"skip\":4,\"data\":[" + row(FakeHumaans.id(4)) + "]}"));
    fake.beforeEachRequest(
        () -> {
          if (fake.targets.get(fake.targets.size() - 1).endsWith("$skip=5")) {
            for (int i = 0; i < 5; i++) {
              fake.ids.remove(FakeHumaans.id(i));
            }
          }
        });
    server.setDispatcher(fake);
    List<String> seen = new ArrayList<>();
    try (HumaansClient client = TestClients.builder(server).pageSize(5).build()) {
      readInto(client.people().list(), seen);
    }
    assertThat(seen).isEqualTo(expectedIds(10));
    assertThat(fake.targets)
        .startsWith(
            "/api/people?$limit=5&$skip=0",
            "/api/people?$limit=5&$skip=4",
            "/api/people?$limit=5&$skip=5");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void emptyFirstPageUnderATotalFailsTypedInsteadOfAnEmptyListing(int parallelism) {
    server.enqueue(json("{\"total\":36,\"limit\":250,\"skip\":0,\"data\":[]}"));
    try (HumaansClient client = client()) {
      assertThatThrownBy(() -> client.people().list().parallel(parallelism).toList())
          .isInstanceOf(HumaansDecodingException.class)
          .hasMessage(
              "Could not read the response of GET /people?$limit=250&$skip=0 at $.data: the first"
                  + " page holds no row although total=36; ending the listing here would deliver no"
                  + " row in silence");
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void emptyFirstPageWithTotalZeroOrNoneIsAnEmptyListing(int parallelism) {
    server.enqueue(json("{\"total\":0,\"limit\":250,\"skip\":0,\"data\":[]}"));
    server.enqueue(json("{\"limit\":250,\"skip\":0,\"data\":[]}"));
    try (HumaansClient client = client()) {
      assertThat(client.people().list().parallel(parallelism).toList()).isEmpty();
      assertThat(client.people().list().parallel(parallelism).toList()).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void rowRepeatedOnTheLastPageFailsTypedInsteadOfDroppingTheRowItDisplaced(int parallelism) {
    // total=3 and three rows, one of them twice: r2 was never sent, and the listing ended with two.
    server.enqueue(
        json(
            "{\"total\":3,\"limit\":250,\"skip\":0,\"data\":["
                + row("r0")
                + ","
                + row("r1")
                + ","
                + row("r1")
                + "]}"));
    try (HumaansClient client = client()) {
      assertThatThrownBy(() -> client.people().list().parallel(parallelism).toList())
          .isInstanceOf(HumaansDecodingException.class)
          .hasMessage(
              "Could not read the response of GET /people?$limit=250&$skip=0 at $.data[2].id: the"
                  + " page holds this row's id twice (also at $.data[1]), so it is not a slice of"
                  + " the list and a row could be missing from it");
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void rowRepeatedOnALaterPageFailsTypedAfterTheRowsBefore(int parallelism) {
    FakeHumaans fake = new FakeHumaans(600, 250);
    fake.ids.set(400, FakeHumaans.id(399));
    server.setDispatcher(fake);
    assertThat(
            rowsBeforeDecodingFailure(
                server,
                parallelism,
                "Could not read the response of GET /people?$limit=250&$skip=249 at $.data[151].id:"
                    + " the page holds this row's id twice (also at $.data[150]), so it is not a"
                    + " slice of the list and a row could be missing from it"))
        .isEqualTo(expectedIds(250));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void shortPageOfDeliveredRowsMidListFailsTypedInsteadOfEndingTheListing(int parallelism) {
    // Asked for 250 rows from $skip=249, the server sends only row 249 (delivered already) while
    // total=600: the serial pager took that for the end and delivered 250 rows of 600.
    FakeHumaans fake = new FakeHumaans(600, 250);
    fake.overridingTarget(
        "$skip=249",
        json(
            "{\"total\":600,\"limit\":250,\"skip\":249,\"data\":[{\"id\":\""
                + FakeHumaans.id(249)
                + "\"}]}"));
    server.setDispatcher(fake);
    assertThat(
            rowsBeforeDecodingFailure(
                server,
                parallelism,
                "Could not read the response of GET /people?$limit=250&$skip=249: the page holds 1"
                    + " row, all delivered already, although total=600 and $skip=250 has rows: the"
                    + " server sent fewer rows than asked for mid-list, so where paging stands cannot"
                    + " be told without risking lost rows; list again"))
        .isEqualTo(expectedIds(250));
    assertThat(fake.targets).endsWith("/api/people?$limit=250&$skip=250");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void emptyPagesThatContradictTheTotalFailTypedInsteadOfEndingTheListing(int parallelism) {
    // After the first page every answer is an empty data array with total=600: the pager backed
    // up to $skip=0, found it empty, took every row for deleted and ended at 250 rows of 600.
    FakeHumaans fake =
        new FakeHumaans(600, 250)
            .overriding(n -> n > 1 ? json("{\"total\":600,\"limit\":250,\"data\":[]}") : null);
    server.setDispatcher(fake);
    assertThat(
            rowsBeforeDecodingFailure(
                server,
                parallelism,
                "Could not read the response of GET /people?$limit=250&$skip=0 at $.data: the first"
                    + " page is empty although total=600 (re-read because the page at $skip=249 held"
                    + " no row delivered); ending the listing here could lose rows"))
        .isEqualTo(expectedIds(250));
    assertThat(fake.targets).endsWith("/api/people?$limit=250&$skip=0");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void rowsWithBlankIdsFailTypedInsteadOfBeingDroppedAsRepeats(int parallelism) {
    // Two rows with id "" used to be one row to the pager: the second was dropped as a repeat.
    FakeHumaans fake = new FakeHumaans(600, 250);
    fake.ids.set(300, "");
    fake.ids.set(301, "");
    server.setDispatcher(fake);
    assertThat(
            rowsBeforeDecodingFailure(
                server,
                parallelism,
                "Could not read the response of GET /people?$limit=250&$skip=249 at $.data[51].id:"
                    + " the row's id is blank; rows are told apart by id (a listing drops a row whose"
                    + " id it delivered already), so rows without one could be lost"))
        .isEqualTo(expectedIds(250));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void aSinglePageWithABlankIdFailsToo(String id) {
    server.enqueue(
        json(
            "{\"total\":2,\"limit\":250,\"skip\":0,\"data\":[{\"id\":\"P1\"},{\"id\":\""
                + id
                + "\"}]}"));
    try (HumaansClient client = client()) {
      assertThatThrownBy(() -> client.people().page(Query.all()))
          .isInstanceOf(HumaansDecodingException.class)
          .hasMessageStartingWith(
              "Could not read the response of GET /people?$limit=250&$skip=0 at $.data[1].id:"
                  + " the row's id is blank;");
    }
  }
}
