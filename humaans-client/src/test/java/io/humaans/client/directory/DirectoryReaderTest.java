package io.humaans.client.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humaans.checks.model.Directory;
import io.humaans.checks.model.JobRole;
import io.humaans.checks.model.Person;
import io.humaans.client.HumaansClient;
import io.humaans.client.errors.AuthenticationException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class DirectoryReaderTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

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
        return json("{\"id\":\"t\",\"personId\":\"p0\",\"label\":\"bench\",\"scopes\":[" + scopes + "]}");
      }
      int limit = Math.min(250, Integer.parseInt(url.queryParameter("$limit")));
      int skip = Integer.parseInt(url.queryParameter("$skip"));
      StringBuilder sb = new StringBuilder("{\"total\":" + people + ",\"limit\":" + limit + ",\"skip\":" + skip + ",\"data\":[");
      for (int i = skip; i < Math.min(people, skip + limit); i++) {
        if (i > skip) {
          sb.append(',');
        }
        if (path.equals("/api/people")) {
          sb.append("{\"id\":\"p").append(i).append("\",\"firstName\":\"F").append(i)
              .append("\",\"email\":\"P").append(i).append("@x.example\",\"status\":\"")
              .append(i == 0 ? "offboarded" : "active")
              .append("\",\"employmentStartDate\":\"2020-01-0").append(1 + i % 9)
              .append("\",\"teams\":[{\"name\":\"Platform\"}],\"unknownField\":{\"a\":1}}");
        } else {
          sb.append("{\"id\":\"r").append(i).append("\",\"personId\":\"p").append(i)
              .append("\",\"jobTitle\":\"Engineer\",\"reportingTo\":").append(i == 0 ? "null" : "\"p0\"")
              .append(",\"effectiveDate\":\"2020-01-01\",\"endDate\":null}");
        }
      }
      return json(sb.append("]}").toString());
    }

    private static MockResponse json(String body) {
      return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
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
      directory = DirectoryReader.builder(client).parallelism(3)
          .progress((resource, fetched, total) -> progress.add(resource + " " + fetched + "/" + total.orElse(-1)))
          .build().read();
    }
    assertThat(directory.people()).hasSize(1001);
    assertThat(directory.jobRoles()).hasSize(1001);
    // 1 token-info + ceil(1001/250) people pages + ceil(1001/250) job-role pages.
    assertThat(company.requests.get()).isEqualTo(1 + 5 + 5);
    assertThat(directory.scopes()).hasValueSatisfying(s -> assertThat(s).contains("private:read"));
    assertThat(directory.isPartial()).isFalse();
    assertThat(progress).contains("people 1001/1001", "job-roles 1001/1001").startsWith("people 250/1001");

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
    Company company = new Company(2, "") {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (request.getUrl().encodedPath().equals("/api/token-info")) {
          return new MockResponse.Builder().code(404).body("{\"code\":404,\"name\":\"NotFound\"}").build();
        }
        return super.dispatch(request);
      }
    };
    server.setDispatcher(company);
    List<String> warnings = new CopyOnWriteArrayList<>();
    try (HumaansClient client = client()) {
      Directory directory = DirectoryReader.builder(client).progress(new DirectoryReader.ProgressListener() {
        @Override
        public void onPage(String resource, int fetched, java.util.OptionalInt total) {}

        @Override
        public void onWarning(String message) {
          warnings.add(message);
        }
      }).build().read();
      assertThat(warnings).singleElement().asString().contains("unknown").contains("private:read");
      assertThat(directory.scopes()).isEmpty();
      assertThat(directory.isPartial()).isFalse();
      assertThat(directory.people()).hasSize(2);
    }
  }

  @Test
  void authenticationFailureIsNotSwallowed() {
    server.enqueue(new MockResponse.Builder().code(401)
        .body("{\"code\":401,\"name\":\"NotAuthenticated\",\"message\":\"Invalid access token\"}").build());
    try (HumaansClient client = client()) {
      assertThatThrownBy(() -> DirectoryReader.builder(client).build().read())
          .isInstanceOf(AuthenticationException.class)
          .hasMessageNotContaining("t0k3n");
    }
  }
}
