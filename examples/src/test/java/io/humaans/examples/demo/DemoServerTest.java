package io.humaans.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DemoServerTest {
  private static final JsonAdapter<Map<String, Object>> JSON =
      new Moshi.Builder()
          .build()
          .adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private final OkHttpClient http = new OkHttpClient();
  private DemoServer server;
  private DemoCompany company;

  @BeforeEach
  void startServer() {
    server = DemoServer.startWithoutRateLimit();
    company = server.company();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void baseUrlIsLoopbackWithApiPrefix() {
    assertThat(server.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/api");
  }

  @Test
  void listShowsTotalLimitAndSkipOfTheRequestedPage() throws IOException {
    Reply reply = get("/people?$limit=50&$skip=100", DemoServer.FULL_ACCESS_TOKEN);

    assertThat(reply.code).isEqualTo(200);
    assertThat(reply.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(reply.json())
        .containsEntry("total", (double) company.people().size())
        .containsEntry("limit", 50.0)
        .containsEntry("skip", 100.0);
    assertThat(reply.ids())
        .hasSize(50)
        .startsWith(company.people().get(100).id())
        .endsWith(company.people().get(149).id());
  }

  @Test
  void permissionRolesAndMembershipsArePagedAndNeedPrivateRead() throws IOException {
    Reply roles = get("/roles", DemoServer.FULL_ACCESS_TOKEN);
    Reply members = get("/role-members?$limit=5&$skip=10", DemoServer.FULL_ACCESS_TOKEN);
    Reply permissions = get("/role-permissions?$limit=250", DemoServer.FULL_ACCESS_TOKEN);
    Reply forbidden = get("/role-members", DemoServer.PUBLIC_ONLY_TOKEN);

    assertThat(roles.data().stream().map(r -> String.valueOf(((Map<?, ?>) r).get("name"))).toList())
        .containsExactly("Owners", "Admins", "Finance", "Tech");
    assertThat(company.roleMembers()).hasSize(13);
    assertThat(members.json())
        .containsEntry("total", 13.0)
        .containsEntry("limit", 5.0)
        .containsEntry("skip", 10.0);
    assertThat(members.ids())
        .containsExactly(
            company.roleMembers().get(10).id(),
            company.roleMembers().get(11).id(),
            company.roleMembers().get(12).id());
    assertThat(members.data().get(0))
        .isEqualTo(
            Map.of(
                "id",
                company.roleMembers().get(10).id(),
                "roleId",
                company.roleMembers().get(10).roleId(),
                "personId",
                company.roleMembers().get(10).personId()));
    assertThat(permissions.ids()).hasSize(4);
    assertThat(forbidden.code).isEqualTo(403);
    assertThat(forbidden.json())
        .containsEntry("message", "This access token may not read permission roles");
    assertThat(company.roleMembers())
        .extracting(DemoRoleMember::personId)
        .contains(DemoCompany.DELETED_PERSON_ID);
  }

  @Test
  void limitDefaultsTo100() throws IOException {
    Reply reply = get("/people", DemoServer.FULL_ACCESS_TOKEN);

    assertThat(reply.json()).containsEntry("limit", 100.0).containsEntry("skip", 0.0);
    assertThat(reply.ids()).hasSize(100);
  }

  @Test
  void limitAbove250IsCappedAndEnvelopeShowsTheCap() throws IOException {
    Reply reply = get("/people?$limit=1000", DemoServer.FULL_ACCESS_TOKEN);

    assertThat(reply.json()).containsEntry("limit", 250.0);
    assertThat(reply.ids()).hasSize(250);
  }

  @Test
  void lastPageIsShortAndSkipBeyondTotalIsEmpty() throws IOException {
    int total = company.people().size();
    assertThat(get("/people?$limit=250&$skip=250", DemoServer.FULL_ACCESS_TOKEN).ids())
        .hasSize(total - 250);
    assertThat(get("/people?$skip=5000", DemoServer.FULL_ACCESS_TOKEN).ids()).isEmpty();
  }

  @Test
  void literalAndPercentEncodedDollarNamesGiveTheSamePage() throws IOException {
    Reply literal = get("/people?$limit=7&$skip=3", DemoServer.FULL_ACCESS_TOKEN);
    Reply encoded = get("/people?%24limit=7&%24skip=3", DemoServer.FULL_ACCESS_TOKEN);

    assertThat(literal.sentQuery).isEqualTo("$limit=7&$skip=3");
    assertThat(encoded.sentQuery).isEqualTo("%24limit=7&%24skip=3");
    assertThat(encoded.json()).containsEntry("limit", 7.0).containsEntry("skip", 3.0);
    assertThat(encoded.body).isEqualTo(literal.body);
  }

  @Test
  void malformedLimitIs400() throws IOException {
    Reply reply = get("/people?$limit=ten", DemoServer.FULL_ACCESS_TOKEN);

    assertThat(reply.code).isEqualTo(400);
    assertThat(reply.body)
        .isEqualTo(
            "{\"code\":400,\"name\":\"BadRequest\",\"message\":"
                + "\"Invalid value for $limit: 'ten' (expected a non-negative integer)\"}");
  }

  @Test
  void missingOrUnknownTokenIs401WithoutEchoingTheToken() throws IOException {
    String expected =
        "{\"code\":401,\"name\":\"NotAuthenticated\",\"message\":\"Invalid access token\"}";
    Reply missing = get("/people", null);
    Reply unknown = get("/people", "not-a-demo-token");
    Reply basic =
        send(
            new Request.Builder()
                .url(server.baseUrl() + "/people")
                .header("Authorization", "Basic " + DemoServer.FULL_ACCESS_TOKEN));

    assertThat(List.of(missing.code, unknown.code, basic.code)).containsOnly(401);
    assertThat(List.of(missing.body, unknown.body, basic.body)).containsOnly(expected);
  }

  @Test
  void compensationsNeedTheCompensationsScope() throws IOException {
    Reply noScope = get("/compensations", DemoServer.NO_COMPENSATIONS_TOKEN);
    Reply publicOnly = get("/compensations", DemoServer.PUBLIC_ONLY_TOKEN);
    Reply full = get("/compensations", DemoServer.FULL_ACCESS_TOKEN);

    assertThat(noScope.code).isEqualTo(403);
    assertThat(publicOnly.code).isEqualTo(403);
    assertThat(noScope.json())
        .containsEntry("code", 403.0)
        .containsEntry("name", "Forbidden")
        .containsEntry(
            "message", "This access token is missing the scope required to read compensations");
    assertThat(full.code).isEqualTo(200);
    assertThat(full.json()).containsEntry("total", (double) company.compensations().size());
    assertThat(((Map<?, ?>) full.data().get(0)).get("amount")).isInstanceOf(String.class);
  }

  @Test
  void unknownIdIs404NamingTheId() throws IOException {
    Reply reply = get("/people/Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9", DemoServer.FULL_ACCESS_TOKEN);

    assertThat(reply.code).isEqualTo(404);
    assertThat(reply.body)
        .isEqualTo(
            "{\"code\":404,\"name\":\"NotFound\","
                + "\"message\":\"No record found for id 'Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9'\"}");
  }

  @Test
  void getByIdReturnsThePersonAndTheJobRole() throws IOException {
    DemoPerson person = company.people().get(42);
    DemoJobRole role = company.jobRolesOf(person.id()).get(0);

    assertThat(get("/people/" + person.id(), DemoServer.FULL_ACCESS_TOKEN).json())
        .containsEntry("id", person.id())
        .containsEntry("email", person.email())
        .containsEntry("companyId", DemoCompany.COMPANY_ID);
    assertThat(get("/job-roles/" + role.id(), DemoServer.FULL_ACCESS_TOKEN).json())
        .containsEntry("personId", person.id())
        .containsEntry("jobTitle", role.jobTitle());
  }

  @Test
  void unknownPathIs404AndOtherMethodsAre405() throws IOException {
    Reply unknown = get("/teams", DemoServer.FULL_ACCESS_TOKEN);
    Reply outside = get("/../health", DemoServer.FULL_ACCESS_TOKEN);
    Reply post =
        send(
            new Request.Builder()
                .url(server.baseUrl() + "/people")
                .header("Authorization", "Bearer " + DemoServer.FULL_ACCESS_TOKEN)
                .post(RequestBody.create("{}", null)));

    assertThat(unknown.code).isEqualTo(404);
    assertThat(unknown.json()).containsEntry("name", "NotFound");
    assertThat(outside.code).isEqualTo(404);
    assertThat(post.code).isEqualTo(405);
    assertThat(post.body)
        .isEqualTo(
            "{\"code\":405,\"name\":\"MethodNotAllowed\","
                + "\"message\":\"Method POST is not supported on /api/people\"}");
  }

  @Test
  void thirdPeopleRequestIsRateLimitedOnceWithRetryAfter() throws IOException {
    try (DemoServer limited = DemoServer.start()) {
      List<Integer> codes = new ArrayList<>();
      Reply rateLimited = null;
      for (int i = 0; i < 5; i++) {
        Reply reply =
            send(
                new Request.Builder()
                    .url(limited.baseUrl() + "/people?$limit=1")
                    .header("Authorization", "Bearer " + DemoServer.FULL_ACCESS_TOKEN));
        codes.add(reply.code);
        if (reply.code == 429) {
          rateLimited = reply;
        }
      }

      assertThat(codes).containsExactly(200, 200, 429, 200, 200);
      assertThat(rateLimited.header("Retry-After")).isEqualTo("1");
      assertThat(rateLimited.json())
          .containsEntry("code", 429.0)
          .containsEntry("name", "TooManyRequests");
      assertThat(limited.requestCount("/api/people")).isEqualTo(5);
      assertThat(limited.requestCount()).isEqualTo(5);
    }
  }

  @Test
  void requestCountsArePerDecodedPath() throws IOException {
    get("/people", DemoServer.FULL_ACCESS_TOKEN);
    get("/job-roles", DemoServer.FULL_ACCESS_TOKEN);
    get("/job-roles/", DemoServer.FULL_ACCESS_TOKEN);
    get("/me", null);

    assertThat(server.requestCount()).isEqualTo(4);
    assertThat(server.requestCount("/api/job-roles")).isEqualTo(2);
    assertThat(server.requestCount("/api/me")).isEqualTo(1);
    assertThat(server.requestCount("/api/compensations")).isZero();
  }

  @Test
  void publicOnlyTokenHidesPreHiresLeaversAndTheirJobRoles() throws IOException {
    long active = company.people().stream().filter(p -> p.status().equals("active")).count();
    DemoPerson leaver = byName("Oliver", "Grant");
    DemoPerson preHire = byName("Hugo", "Lambert");

    Reply visible = get("/people?$limit=250", DemoServer.PUBLIC_ONLY_TOKEN);
    Reply rest = get("/people?$limit=250&$skip=250", DemoServer.PUBLIC_ONLY_TOKEN);
    List<Object> statuses = new ArrayList<>();
    for (Object person : visible.data()) {
      statuses.add(((Map<?, ?>) person).get("status"));
    }
    for (Object person : rest.data()) {
      statuses.add(((Map<?, ?>) person).get("status"));
    }

    assertThat(visible.json()).containsEntry("total", (double) active);
    assertThat(statuses).hasSize((int) active).containsOnly("active");
    assertThat(get("/people/" + leaver.id(), DemoServer.PUBLIC_ONLY_TOKEN).code).isEqualTo(404);
    assertThat(get("/people/" + preHire.id(), DemoServer.PUBLIC_ONLY_TOKEN).code).isEqualTo(404);
    assertThat(get("/job-roles?personId=" + leaver.id(), DemoServer.PUBLIC_ONLY_TOKEN).json())
        .containsEntry("total", 0.0);
    assertThat(get("/job-roles?personId=" + leaver.id(), DemoServer.NO_COMPENSATIONS_TOKEN).json())
        .containsEntry("total", 1.0);
    assertThat(get("/people?status=newHire", DemoServer.FULL_ACCESS_TOKEN).json())
        .containsEntry("total", 8.0);
  }

  @Test
  void jobRolesFilterByPersonAndAsOf() throws IOException {
    DemoPerson yuki = byName("Yuki", "Tanaka");
    DemoPerson omar = byName("Omar", "Farouk");
    String headOfOperations =
        company.jobRoles().stream()
            .filter(r -> r.jobTitle().equals("Head of Operations"))
            .findFirst()
            .get()
            .personId();

    Reply history = get("/job-roles?personId=" + yuki.id(), DemoServer.FULL_ACCESS_TOKEN);
    Reply early =
        get("/job-roles?personId=" + yuki.id() + "&$asOf=2023-01-01", DemoServer.FULL_ACCESS_TOKEN);
    Reply now =
        get(
            "/job-roles?personId=" + yuki.id() + "&%24asOf=" + DemoCompany.AS_OF,
            DemoServer.FULL_ACCESS_TOKEN);
    Reply lte =
        get(
            "/job-roles?personId=" + yuki.id() + "&effectiveDate[$lte]=2023-08-20",
            DemoServer.FULL_ACCESS_TOKEN);
    Reply everyone =
        get("/job-roles?$asOf=" + DemoCompany.AS_OF + "&$limit=250", DemoServer.FULL_ACCESS_TOKEN);

    assertThat(history.json()).containsEntry("total", 2.0);
    assertThat(early.data())
        .singleElement()
        .satisfies(r -> assertThat(((Map<?, ?>) r).get("reportingTo")).isEqualTo(headOfOperations));
    assertThat(now.data())
        .singleElement()
        .satisfies(r -> assertThat(((Map<?, ?>) r).get("reportingTo")).isEqualTo(omar.id()));
    assertThat(lte.data())
        .singleElement()
        .satisfies(r -> assertThat(((Map<?, ?>) r).get("effectiveDate")).isEqualTo("2022-05-02"));
    long withCurrentRole =
        company.people().stream()
            .filter(p -> company.currentJobRole(p.id(), DemoCompany.AS_OF).isPresent())
            .count();
    assertThat(everyone.json()).containsEntry("total", (double) withCurrentRole);
  }

  @Test
  void meAndTokenInfoDescribeTheTokenOwner() throws IOException {
    DemoPerson owner = company.tokenOwner();

    assertThat(get("/me", DemoServer.PUBLIC_ONLY_TOKEN).json())
        .containsEntry("id", owner.id())
        .containsEntry("role", "admin");
    Map<String, Object> info = get("/token-info", DemoServer.PUBLIC_ONLY_TOKEN).json();
    assertThat(info)
        .containsEntry("personId", owner.id())
        .containsEntry("label", "Demo public only")
        .containsEntry("scopes", List.of("public:read"))
        .doesNotContainValue(DemoServer.PUBLIC_ONLY_TOKEN);
    assertThat(info.get("id")).asString().hasSize(24);
  }

  private DemoPerson byName(String first, String last) {
    return company.people().stream()
        .filter(p -> p.firstName().equals(first) && p.lastName().equals(last))
        .findFirst()
        .orElseThrow();
  }

  private Reply get(String path, String token) throws IOException {
    Request.Builder request = new Request.Builder().url(server.baseUrl() + path);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request);
  }

  private Reply send(Request.Builder builder) throws IOException {
    Request request = builder.build();
    try (Response response = http.newCall(request).execute()) {
      return new Reply(
          response.code(),
          response.headers(),
          response.body().string(),
          request.url().encodedQuery());
    }
  }

  /** A response read to the end. */
  private static final class Reply {
    final int code;
    final okhttp3.Headers headers;
    final String body;
    final String sentQuery;

    Reply(int code, okhttp3.Headers headers, String body, String sentQuery) {
      this.code = code;
      this.headers = headers;
      this.body = body;
      this.sentQuery = sentQuery;
    }

    String header(String name) {
      return headers.get(name);
    }

    Map<String, Object> json() throws IOException {
      return JSON.fromJson(body);
    }

    List<?> data() throws IOException {
      return (List<?>) json().get("data");
    }

    List<Object> ids() throws IOException {
      List<Object> ids = new ArrayList<>();
      for (Object element : data()) {
        ids.add(((Map<?, ?>) element).get("id"));
      }
      return ids;
    }
  }
}
