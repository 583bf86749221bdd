package io.humaans.client.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humaans.checks.model.Directory;
import io.humaans.checks.model.JobRole;
import io.humaans.checks.model.Person;
import io.humaans.client.HumaansClient;
import io.humaans.client.errors.PermissionException;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** {@link DirectoryReader} starts the token info and both listings at once and shares one limit. */
class DirectoryReaderOverlapTest {
  private static final long BOUND_SECONDS = 10;

  @StartStop final MockWebServer server = new MockWebServer();

  /** Pages of {@code n} people ({@code p<i>}) and n job roles ({@code r<i>}); 250 per page. */
  static MockResponse page(String path, int n, int skip) {
    boolean people = path.endsWith("/people");
    StringBuilder sb =
        new StringBuilder("{\"total\":" + n + ",\"limit\":250,\"skip\":" + skip + ",\"data\":[");
    for (int i = skip; i < Math.min(n, skip + 250); i++) {
      sb.append(i > skip ? "," : "")
          .append(people ? "{\"id\":\"p" : "{\"id\":\"r")
          .append(i)
          .append('"');
      sb.append(people ? "}" : ",\"personId\":\"p" + i + "\"}");
    }
    return json(sb.append("]}").toString());
  }

  static MockResponse json(String body) {
    return new MockResponse.Builder()
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  static MockResponse tokenInfo(String scopes) {
    return json("{\"id\":\"t\",\"personId\":\"p0\",\"label\":\"x\",\"scopes\":[" + scopes + "]}");
  }

  private HumaansClient client(int maxConcurrent) {
    return HumaansClient.builder()
        .token("t0k3n")
        .baseUrl(server.url("/api").toString())
        .maxConcurrentRequests(maxConcurrent)
        .build();
  }

  private static boolean await(CountDownLatch latch) {
    try {
      return latch.await(BOUND_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Test
  void tokenInfoAndBothFirstPagesAreInFlightBeforeAnyAnswers() {
    // Each of the three first requests is answered only once all three have arrived (or after a
    // bounded wait, noted as a miss): a reader that waits for one before sending another misses.
    CountDownLatch firstThree = new CountDownLatch(3);
    AtomicInteger missed = new AtomicInteger();
    List<String> firstTargets = new CopyOnWriteArrayList<>();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            HttpUrl url = request.getUrl();
            String path = url.encodedPath();
            boolean first = path.endsWith("/token-info") || "0".equals(url.queryParameter("$skip"));
            if (first) {
              firstTargets.add(request.getTarget());
              firstThree.countDown();
              if (!await(firstThree)) {
                missed.incrementAndGet();
              }
            }
            return path.endsWith("/token-info")
                ? tokenInfo("\"public:read\",\"private:read\"")
                : page(path, 600, Integer.parseInt(url.queryParameter("$skip")));
          }
        });
    Directory directory;
    try (HumaansClient client = client(16)) {
      directory = DirectoryReader.builder(client).build().read();
    }
    assertThat(missed.get()).isZero();
    assertThat(firstTargets)
        .containsExactlyInAnyOrder(
            "/api/token-info",
            "/api/people?$limit=250&$skip=0",
            "/api/job-roles?$limit=250&$skip=0");
    assertThat(directory.people())
        .extracting(Person::id)
        .containsExactlyElementsOf(IntStream.range(0, 600).mapToObj(i -> "p" + i).toList());
    assertThat(directory.jobRoles())
        .extracting(JobRole::id)
        .containsExactlyElementsOf(IntStream.range(0, 600).mapToObj(i -> "r" + i).toList());
    assertThat(directory.scopes()).hasValue(java.util.Set.of("public:read", "private:read"));
  }

  @Test
  void failingListingIsThrownTypedWithoutWaitingForTheOther() {
    // Job-role pages after the first hang until the test releases them; people are forbidden.
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean rolesHeldTooLong = new AtomicBoolean();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            HttpUrl url = request.getUrl();
            String path = url.encodedPath();
            if (path.endsWith("/token-info")) {
              return tokenInfo("\"public:read\",\"private:read\"");
            }
            if (path.endsWith("/people")) {
              return new MockResponse.Builder()
                  .code(403)
                  .addHeader("Content-Type", "application/json")
                  .body("{\"code\":403,\"name\":\"Forbidden\",\"message\":\"nope\"}")
                  .build();
            }
            int skip = Integer.parseInt(url.queryParameter("$skip"));
            if (skip > 0 && !await(release)) {
              rolesHeldTooLong.set(true);
            }
            return page(path, 2000, skip);
          }
        });
    try (HumaansClient client = client(16)) {
      assertThatThrownBy(() -> DirectoryReader.builder(client).build().read())
          .isInstanceOf(PermissionException.class)
          .hasMessageStartingWith("403 Forbidden on GET /people?$limit=250&$skip=0")
          .hasMessageNotContaining("t0k3n");
    } finally {
      release.countDown();
    }
    // The error came while the job-role pages were still held: the reader did not wait for them.
    assertThat(rolesHeldTooLong).isFalse();
  }

  @Test
  void laterListingsFailureIsThrownOnceTheEarlierListingIsIn() {
    // Job roles are forbidden at once; people (600, three pages) are served in full.
    List<String> targets = new CopyOnWriteArrayList<>();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            targets.add(request.getTarget());
            HttpUrl url = request.getUrl();
            String path = url.encodedPath();
            if (path.endsWith("/token-info")) {
              return tokenInfo("\"public:read\",\"private:read\"");
            }
            if (path.endsWith("/job-roles")) {
              return new MockResponse.Builder()
                  .code(403)
                  .addHeader("Content-Type", "application/json")
                  .body("{\"code\":403,\"name\":\"Forbidden\",\"message\":\"nope\"}")
                  .build();
            }
            return page(path, 600, Integer.parseInt(url.queryParameter("$skip")));
          }
        });
    List<String> calls = new CopyOnWriteArrayList<>();
    try (HumaansClient client = client(16)) {
      assertThatThrownBy(
              () ->
                  DirectoryReader.builder(client)
                      .progress((resource, fetched, total) -> calls.add(resource + " " + fetched))
                      .build()
                      .read())
          .isInstanceOf(PermissionException.class)
          .hasMessageStartingWith("403 Forbidden on GET /job-roles?$limit=250&$skip=0");
    }
    // As in a serial read: every people page was read and reported before the failure.
    // (Pages overlap by a row: 250 rows, then 249 new ones per page.)
    assertThat(calls).containsExactly("people 250", "people 499", "people 600");
    assertThat(targets).contains("/api/people?$limit=250&$skip=498");
  }

  @Test
  void warningsComeFirstAndEachListingReportsInItsOwnOrder() {
    // /token-info answers only after both listings were served in full: their progress is held
    // back until the warnings are out.
    CountDownLatch listingsServed = new CountDownLatch(2);
    AtomicBoolean tokenInfoHeldTooLong = new AtomicBoolean();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            HttpUrl url = request.getUrl();
            String path = url.encodedPath();
            if (path.endsWith("/token-info")) {
              if (!await(listingsServed)) {
                tokenInfoHeldTooLong.set(true);
              }
              return tokenInfo("\"public:read\"");
            }
            int skip = Integer.parseInt(url.queryParameter("$skip"));
            MockResponse response = page(path, 700, skip);
            if (skip == 498) { // the last page of each listing (pages overlap by a row)
              listingsServed.countDown();
            }
            return response;
          }
        });
    List<String> calls = new CopyOnWriteArrayList<>();
    Directory directory;
    try (HumaansClient client = client(16)) {
      directory =
          DirectoryReader.builder(client)
              .parallelism(2)
              .progress(
                  new DirectoryReader.ProgressListener() {
                    @Override
                    public void onPage(String resource, int fetched, OptionalInt total) {
                      calls.add(resource + " " + fetched + "/" + total.orElse(-1));
                    }

                    @Override
                    public void onWarning(String message) {
                      calls.add("warning " + message);
                    }
                  })
              .build()
              .read();
    }
    assertThat(tokenInfoHeldTooLong).isFalse();
    // A public:read token has warnings (pre-hires and leavers hidden, ...): all come first.
    int warnings = (int) calls.stream().filter(c -> c.startsWith("warning ")).count();
    assertThat(warnings).isPositive();
    assertThat(calls.subList(0, warnings))
        .allMatch(c -> c.startsWith("warning "))
        .anyMatch(c -> c.contains("private:read"));
    assertThat(calls).hasSize(warnings + 3 + 3);
    // Both listings were read in full before /token-info answered; progress still comes listing
    // by listing, in a serial read's order.
    assertThat(calls.subList(warnings, calls.size()))
        .containsExactly(
            "people 250/700",
            "people 499/700",
            "people 700/700",
            "job-roles 250/700",
            "job-roles 499/700",
            "job-roles 700/700");
    assertThat(directory.isPartial()).isTrue();
    assertThat(directory.people()).hasSize(700);
  }

  @Test
  void bothListingsTogetherStayWithinTheClientsLimit() {
    // Every page after a first one is held briefly, so the requests of both listings pile up;
    // the client allows 3 at a time, which both listings' pages share.
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            HttpUrl url = request.getUrl();
            String path = url.encodedPath();
            if (path.endsWith("/token-info")) {
              return tokenInfo("\"public:read\",\"private:read\"");
            }
            int skip = Integer.parseInt(url.queryParameter("$skip"));
            if (skip == 0) {
              return page(path, 2000, skip);
            }
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
              Thread.sleep(20);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            return page(path, 2000, skip);
          }
        });
    Directory directory;
    try (HumaansClient client = client(3)) {
      assertThat(client.maxConcurrentRequests()).isEqualTo(3);
      directory = DirectoryReader.builder(client).build().read();
    }
    assertThat(most.get()).isBetween(1, 3);
    assertThat(directory.people()).hasSize(2000);
    assertThat(directory.jobRoles()).extracting(JobRole::id).endsWith("r1998", "r1999");
  }
}
