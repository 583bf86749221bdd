package io.humaans.client.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humaans.checks.model.Directory;
import io.humaans.checks.model.JobRole;
import io.humaans.checks.model.Person;
import io.humaans.client.HumaansClient;
import io.humaans.client.TokenScopes;
import io.humaans.client.errors.AuthenticationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class DirectoryReaderTest {
  private static final String ALL_SCOPES =
      "\"public:read\",\"private:read\",\"compensations:read\",\"documents:read\"";

  @StartStop final MockWebServer server = new MockWebServer();

  /** Serves {@code people} people with one job role each, plus a token-info with {@code scopes}. */
  private static class Company extends Dispatcher {
    final int people;
    final String scopes;
    final List<String> targets = new CopyOnWriteArrayList<>();
    final AtomicInteger requests = new AtomicInteger();

    Company(int people, String scopes) {
      this.people = people;
      this.scopes = scopes;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      requests.incrementAndGet();
      targets.add(request.getTarget());
      HttpUrl url = request.getUrl();
      String path = url.encodedPath();
      if (path.equals("/api/token-info")) {
        return json(
            "{\"id\":\"t\",\"personId\":\"p0\",\"label\":\"bench\",\"scopes\":[" + scopes + "]}");
      }
      int limit = Math.min(250, Integer.parseInt(url.queryParameter("$limit")));
      int skip = Integer.parseInt(url.queryParameter("$skip"));
      StringBuilder sb =
          new StringBuilder(
              "{\"total\":" + people + ",\"limit\":" + limit + ",\"skip\":" + skip + ",\"data\":[");
      for (int i = skip; i < Math.min(people, skip + limit); i++) {
        if (i > skip) {
          sb.append(',');
        }
        if (path.equals("/api/people")) {
          sb.append("{\"id\":\"p")
              .append(i)
              .append("\",\"firstName\":\"F")
              .append(i)
              .append("\",\"email\":\"P")
              .append(i)
              .append("@x.example\",\"status\":\"")
              .append(i == 0 ? "offboarded" : "active")
              .append("\",\"employmentStartDate\":\"2020-01-0")
              .append(1 + i % 9)
              .append("\",\"teams\":[{\"name\":\"Platform\"}],\"unknownField\":{\"a\":1}}");
        } else {
          sb.append("{\"id\":\"r")
              .append(i)
              .append("\",\"personId\":\"p")
              .append(i)
              .append("\",\"jobTitle\":\"Engineer\",\"reportingTo\":")
              .append(i == 0 ? "null" : "\"p0\"")
              .append(",\"effectiveDate\":\"2020-01-01\",\"endDate\":null}");
        }
      }
      return json(sb.append("]}").toString());
    }

    private static MockResponse json(String body) {
      return new MockResponse.Builder()
          .addHeader("Content-Type", "application/json")
          .body(body)
          .build();
    }
  }

  private HumaansClient client() {
    return HumaansClient.builder().token("t0k3n").baseUrl(server.url("/api").toString()).build();
  }

  @Test
  void readsPeopleAndRolesWithOneRequestPerPage() {
    Company company = new Company(1001, "\"public:read\",\"private:read\"");
    server.setDispatcher(company);
    List<String> progress = new CopyOnWriteArrayList<>();
    Directory directory;
    try (HumaansClient client = client()) {
      directory =
          DirectoryReader.builder(client)
              .parallelism(3)
              .progress(
                  (resource, fetched, total) ->
                      progress.add(resource + " " + fetched + "/" + total.orElse(-1)))
              .build()
              .read();
    }
    assertThat(directory.people()).hasSize(1001);
    assertThat(directory.jobRoles()).hasSize(1001);
    // 1 token-info + 5 people pages + 5 job-role pages (pages of 250 overlapping by one row:
    // $skip=0, 249, 498, 747, 996).
    assertThat(company.requests.get()).isEqualTo(1 + 5 + 5);
    assertThat(directory.scopes()).hasValueSatisfying(s -> assertThat(s).contains("private:read"));
    assertThat(directory.isPartial()).isFalse();
    // One call per page, after its rows are read: 250 new rows, then 249 per overlapping page.
    // The listings run side by side, but progress comes listing by listing.
    assertThat(progress)
        .containsExactly(
            "people 250/1001",
            "people 499/1001",
            "people 748/1001",
            "people 997/1001",
            "people 1001/1001",
            "job-roles 250/1001",
            "job-roles 499/1001",
            "job-roles 748/1001",
            "job-roles 997/1001",
            "job-roles 1001/1001");
    // Rows in the server's order, each once.
    assertThat(directory.people())
        .extracting(Person::id)
        .containsExactlyElementsOf(IntStream.range(0, 1001).mapToObj(i -> "p" + i).toList());
    assertThat(directory.jobRoles())
        .extracting(JobRole::id)
        .containsExactlyElementsOf(IntStream.range(0, 1001).mapToObj(i -> "r" + i).toList());

    Person first = directory.people().get(0);
    assertThat(first.id()).isEqualTo("p0");
    assertThat(first.email()).hasValue("P0@x.example");
    assertThat(first.status()).hasValue("offboarded");
    assertThat(first.employmentStartDate()).hasValue(LocalDate.of(2020, 1, 1));
    assertThat(first.teams()).containsExactly("Platform");
    JobRole role = directory.jobRoles().get(5);
    assertThat(role.personId()).isEqualTo("p5");
    assertThat(role.reportingTo()).hasValue("p0");
    assertThat(role.effectiveDate()).hasValue(LocalDate.of(2020, 1, 1));
  }

  @Test
  void directoryReadWithoutPrivateReadIsPartial() {
    server.setDispatcher(new Company(3, "\"public:read\""));
    try (HumaansClient client = client()) {
      Directory directory = DirectoryReader.builder(client).build().read();
      assertThat(directory.isPartial()).isTrue();
      assertThat(directory.scopes()).hasValue(java.util.Set.of("public:read"));
    }
  }

  @Test
  void unknownScopesLeaveDirectoryComplete() {
    Company company =
        new Company(2, "") {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            if (request.getUrl().encodedPath().equals("/api/token-info")) {
              return new MockResponse.Builder()
                  .code(404)
                  .body("{\"code\":404,\"name\":\"NotFound\"}")
                  .build();
            }
            return super.dispatch(request);
          }
        };
    server.setDispatcher(company);
    List<String> warnings = new CopyOnWriteArrayList<>();
    try (HumaansClient client = client()) {
      Directory directory =
          DirectoryReader.builder(client)
              .progress(
                  new DirectoryReader.ProgressListener() {
                    @Override
                    public void onPage(String resource, int fetched, java.util.OptionalInt total) {}

                    @Override
                    public void onWarning(String message) {
                      warnings.add(message);
                    }
                  })
              .build()
              .read();
      assertThat(warnings)
          .hasSize(2)
          .first()
          .asString()
          .contains("unknown")
          .contains("private:read");
      assertThat(directory.scopes()).isEmpty();
      assertThat(directory.isPartial()).isFalse();
      assertThat(directory.people()).hasSize(2);
    }
  }

  /** Reads {@code company} and returns every warning the listener was given, in order. */
  private List<String> warningsOf(Company company) {
    server.setDispatcher(company);
    List<String> warnings = new CopyOnWriteArrayList<>();
    try (HumaansClient client = client()) {
      DirectoryReader.builder(client)
          .progress(
              new DirectoryReader.ProgressListener() {
                @Override
                public void onPage(String resource, int fetched, java.util.OptionalInt total) {}

                @Override
                public void onWarning(String message) {
                  warnings.add(message);
                }
              })
          .build()
          .read();
    }
    return warnings;
  }

  @Test
  void directoryOfOnlyTheTokensOwnPersonWarnsThatItIsProbablyPartial() {
    Company company = new Company(1, ALL_SCOPES);

    List<String> warnings = warningsOf(company);

    assertThat(company.targets).contains("/api/token-info", "/api/people?$limit=250&$skip=0");
    assertThat(warnings)
        .containsExactly(
            TokenScopes.CREATOR_LIMIT,
            "The directory read back holds only the token's own person (p0), while the company's"
                + " size is unknown: the directory is probably partial, because a token sees no more"
                + " than the person who created it may see (a private:read token made by someone with"
                + " plain user permissions sees only that person). Use a token created by an Owner or"
                + " Admin.");
  }

  @Test
  void directoryOfSeveralPeopleOrOfAnotherPersonGivesNoPartialWarning() {
    Company other =
        new Company(1, ALL_SCOPES) {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            if (request.getUrl().encodedPath().equals("/api/token-info")) {
              return new MockResponse.Builder()
                  .addHeader("Content-Type", "application/json")
                  .body(
                      "{\"id\":\"t\",\"personId\":\"someone-else\",\"scopes\":[\"public:read\","
                          + "\"private:read\",\"compensations:read\",\"documents:read\"]}")
                  .build();
            }
            return super.dispatch(request);
          }
        };

    assertThat(warningsOf(new Company(2, ALL_SCOPES))).containsExactly(TokenScopes.CREATOR_LIMIT);
    assertThat(warningsOf(other)).containsExactly(TokenScopes.CREATOR_LIMIT);
  }

  @Test
  void authenticationFailureIsNotSwallowed() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse.Builder()
                .code(401)
                .body(
                    "{\"code\":401,\"name\":\"NotAuthenticated\",\"message\":\"Invalid access token\"}")
                .build();
          }
        });
    try (HumaansClient client = client()) {
      // All three requests fail alike; the one a serial read meets first is reported.
      assertThatThrownBy(() -> DirectoryReader.builder(client).build().read())
          .isInstanceOf(AuthenticationException.class)
          .hasMessageStartingWith("401 Unauthorized on GET /token-info")
          .hasMessageNotContaining("t0k3n");
    }
  }

  /**
   * Serves {@code /people} from a mutable list of ids (two job roles, p0's and p1's), and calls
   * {@link #afterPeoplePage} with the {@code $skip} of each people page it served, so a test can
   * change the list between pages. With {@code sendTotal} false the envelopes carry no total.
   */
  private static class ChangingList extends Dispatcher {
    final List<String> ids = new ArrayList<>();
    final List<Integer> peopleSkips = new ArrayList<>();
    final boolean sendTotal;
    IntConsumer afterPeoplePage = skip -> {};

    ChangingList(int people, boolean sendTotal) {
      for (int i = 0; i < people; i++) {
        ids.add("p" + i);
      }
      this.sendTotal = sendTotal;
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
      HttpUrl url = request.getUrl();
      String path = url.encodedPath();
      if (path.equals("/api/token-info")) {
        return Company.json(
            "{\"id\":\"t\",\"personId\":\"p0\",\"label\":\"x\","
                + "\"scopes\":[\"public:read\",\"private:read\"]}");
      }
      int limit = Math.min(250, Integer.parseInt(url.queryParameter("$limit")));
      int skip = Integer.parseInt(url.queryParameter("$skip"));
      boolean people = path.equals("/api/people");
      List<String> rows = people ? ids : List.of("r0", "r1");
      StringBuilder sb = new StringBuilder("{");
      if (sendTotal) {
        sb.append("\"total\":").append(rows.size()).append(',');
      }
      sb.append("\"limit\":").append(limit).append(",\"skip\":").append(skip).append(",\"data\":[");
      for (int i = skip; i < Math.min(rows.size(), skip + limit); i++) {
        sb.append(i > skip ? "," : "").append("{\"id\":\"").append(rows.get(i)).append('"');
        if (!people) {
          sb.append(",\"personId\":\"p").append(i).append('"');
        }
        sb.append('}');
      }
      MockResponse response = Company.json(sb.append("]}").toString());
      if (people) {
        peopleSkips.add(skip);
        afterPeoplePage.accept(skip);
      }
      return response;
    }

    /** Removes the people {@code p<from>} to {@code p<to - 1>}. */
    void remove(int from, int to) {
      for (int i = from; i < to; i++) {
        ids.remove("p" + i);
      }
    }
  }

  /** Records the {@code people} progress calls as {@code fetched/total} (-1: no total). */
  private static List<String> peopleProgress(List<String> calls) {
    return progressOf("people", calls);
  }

  /** The progress calls of one resource, as {@code fetched/total}, in the order they came. */
  static List<String> progressOf(String resource, List<String> calls) {
    return calls.stream()
        .filter(c -> c.startsWith(resource + " "))
        .map(c -> c.substring(resource.length() + 1))
        .toList();
  }

  private Directory read(int parallelism, List<String> calls) {
    try (HumaansClient client = client()) {
      return DirectoryReader.builder(client)
          .parallelism(parallelism)
          .progress(
              (resource, fetched, total) ->
                  calls.add(resource + " " + fetched + "/" + total.orElse(-1)))
          .build()
          .read();
    }
  }

  /**
   * The fetched counts never decrease, never pass the distinct people read so far (at most the
   * people read in the end), and the last equals the people read.
   */
  private static void assertCountsDistinctPeople(List<String> progress, Directory directory) {
    List<Integer> fetched =
        progress.stream().map(c -> Integer.parseInt(c.substring(0, c.indexOf('/')))).toList();
    long distinct = directory.people().stream().map(Person::id).distinct().count();
    assertThat(distinct).isEqualTo(directory.people().size());
    assertThat(fetched)
        .isSorted()
        .doesNotHaveDuplicates()
        .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo((int) distinct));
    assertThat(fetched).last().isEqualTo(directory.people().size());
  }

  @Test
  void serialReReadAfterTotalShrinksCountsEachPersonOnce() {
    ChangingList list = new ChangingList(505, true);
    // Ten people not read yet leave after the first page: every later row moves back by ten.
    list.afterPeoplePage =
        skip -> {
          if (skip == 0) {
            list.remove(300, 310);
          }
        };
    server.setDispatcher(list);
    List<String> calls = new CopyOnWriteArrayList<>();

    Directory directory = read(1, calls);

    // The page at $skip=249 re-reads p249, the last row delivered, and finds it in place: the
    // deletions were after it. Its 246 rows reach the new total of 495.
    assertThat(list.peopleSkips).containsExactly(0, 249);
    assertThat(directory.people()).hasSize(495);
    assertThat(directory.people())
        .extracting(Person::id)
        .doesNotContain("p300", "p309")
        .contains("p299", "p310", "p504");
    List<String> progress = peopleProgress(calls);
    assertThat(progress).containsExactly("250/505", "495/495");
    assertCountsDistinctPeople(progress, directory);
    assertThat(calls).endsWith("job-roles 2/2");
  }

  @Test
  void parallelFallbackAfterTotalShrinksCountsEachPersonOnce() {
    ChangingList list = new ChangingList(1000, true);
    list.afterPeoplePage =
        skip -> {
          if (skip == 0) {
            list.remove(300, 310);
          }
        };
    server.setDispatcher(list);
    List<String> calls = new CopyOnWriteArrayList<>();

    Directory directory = read(4, calls);

    // The first page planned $skip=249, 498, 747, 996 at once; 249 showed total 990, so the
    // pager dropped the plan (the others may or may not have reached the server before it
    // cancelled them) and went on serially from p249, the last row delivered.
    List<Integer> skips = List.copyOf(list.peopleSkips);
    assertThat(skips).isSubsetOf(0, 249, 498, 747, 996);
    assertThat(skips.get(0)).isZero();
    assertThat(skips.stream().filter(s -> s == 249).count()).isEqualTo(2);
    assertThat(skips.subList(skips.size() - 3, skips.size())).containsExactly(249, 498, 747);
    assertThat(directory.people()).hasSize(990);
    List<String> progress = peopleProgress(calls);
    assertThat(progress).containsExactly("250/1000", "499/990", "748/990", "990/990");
    assertCountsDistinctPeople(progress, directory);
  }

  @Test
  void insertionBeforeOffsetDoesNotCountTheShiftedRowTwice() {
    ChangingList list = new ChangingList(500, true);
    // A new person sorts first after the first page: p249 moves to offset 250 and comes again.
    list.afterPeoplePage =
        skip -> {
          if (skip == 0) {
            list.ids.add(0, "new");
          }
        };
    server.setDispatcher(list);
    List<String> calls = new CopyOnWriteArrayList<>();

    Directory directory = read(1, calls);

    // The page at $skip=249 finds p249, the last row delivered, at index 1 (behind "new") and
    // goes on after it.
    assertThat(list.peopleSkips).containsExactly(0, 249, 498);
    assertThat(directory.people()).hasSize(500);
    assertThat(directory.people()).extracting(Person::id).doesNotContain("new");
    List<String> progress = peopleProgress(calls);
    assertThat(progress).containsExactly("250/500", "498/501", "500/501");
    assertCountsDistinctPeople(progress, directory);
  }

  @Test
  void trailingEmptyPageWithoutTotalIsNotReportedAgain() {
    ChangingList list = new ChangingList(500, false);
    server.setDispatcher(list);
    List<String> calls = new CopyOnWriteArrayList<>();

    Directory directory = read(4, calls);

    // Without a total, a full page means "maybe more": the short page at 498 (p498, p499) ends
    // the listing; each page is reported once.
    assertThat(list.peopleSkips).containsExactly(0, 249, 498);
    assertThat(directory.people()).hasSize(500);
    assertThat(calls)
        .containsExactly("people 250/-1", "people 499/-1", "people 500/-1", "job-roles 2/-1");
  }

  @Test
  void emptyListingReportsZeroOnce() {
    ChangingList list = new ChangingList(0, true);
    server.setDispatcher(list);
    List<String> calls = new CopyOnWriteArrayList<>();

    Directory directory = read(4, calls);

    assertThat(list.peopleSkips).containsExactly(0);
    assertThat(directory.people()).isEmpty();
    assertThat(calls).containsExactly("people 0/0", "job-roles 2/2");
  }
}
