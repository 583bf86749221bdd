package io.humaans.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonReader;
import io.humaans.client.errors.HumaansDecodingException;
import io.humaans.client.model.ApiRecord;
import io.humaans.client.model.AuditEvent;
import io.humaans.client.model.BankAccount;
import io.humaans.client.model.Company;
import io.humaans.client.model.Compensation;
import io.humaans.client.model.CompensationParams;
import io.humaans.client.model.CompensationType;
import io.humaans.client.model.CustomField;
import io.humaans.client.model.CustomValue;
import io.humaans.client.model.DataExport;
import io.humaans.client.model.DeleteResult;
import io.humaans.client.model.Document;
import io.humaans.client.model.DocumentFolder;
import io.humaans.client.model.DocumentType;
import io.humaans.client.model.EmergencyContact;
import io.humaans.client.model.Equipment;
import io.humaans.client.model.EquipmentName;
import io.humaans.client.model.EquipmentType;
import io.humaans.client.model.HumaansFile;
import io.humaans.client.model.IdentityDocument;
import io.humaans.client.model.IdentityDocumentType;
import io.humaans.client.model.JobRole;
import io.humaans.client.model.Location;
import io.humaans.client.model.Person;
import io.humaans.client.model.PersonStatus;
import io.humaans.client.model.PublicHoliday;
import io.humaans.client.model.PublicHolidayCalendar;
import io.humaans.client.model.PublicHolidayCalendarDay;
import io.humaans.client.model.Role;
import io.humaans.client.model.RoleMember;
import io.humaans.client.model.RolePermission;
import io.humaans.client.model.Space;
import io.humaans.client.model.TimeAway;
import io.humaans.client.model.TimeAwayAdjustment;
import io.humaans.client.model.TimeAwayAllocation;
import io.humaans.client.model.TimeAwayPeriod;
import io.humaans.client.model.TimeAwayPolicy;
import io.humaans.client.model.TimeAwayType;
import io.humaans.client.model.TimesheetEntry;
import io.humaans.client.model.TimesheetEntryParams;
import io.humaans.client.model.TimesheetSubmission;
import io.humaans.client.model.Webhook;
import io.humaans.client.model.WebhookEvent;
import io.humaans.client.model.WebhookParams;
import io.humaans.client.model.WorkingPattern;
import io.humaans.client.model.WorkingPatternAllocation;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every resource: the request the server sees, and the rows parsed from a realistic body. */
class ResourcesTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private static <T> Arguments row(
      String path, Function<HumaansClient, Resource<T>> resource, Function<T, String> idOf) {
    return Arguments.of(path, resource, idOf);
  }

  static Stream<Arguments> resources() {
    return Stream.of(
        row("people", HumaansClient::people, Person::id),
        row("job-roles", HumaansClient::jobRoles, JobRole::id),
        row("compensations", HumaansClient::compensations, Compensation::id),
        row("compensation-types", HumaansClient::compensationTypes, CompensationType::id),
        row("companies", HumaansClient::companies, Company::id),
        row("bank-accounts", HumaansClient::bankAccounts, BankAccount::id),
        row("time-away", HumaansClient::timeAway, TimeAway::id),
        row("time-away-types", HumaansClient::timeAwayTypes, TimeAwayType::id),
        row("time-away-policies", HumaansClient::timeAwayPolicies, TimeAwayPolicy::id),
        row("time-away-allocations", HumaansClient::timeAwayAllocations, TimeAwayAllocation::id),
        row("time-away-adjustments", HumaansClient::timeAwayAdjustments, TimeAwayAdjustment::id),
        row("time-away-periods", HumaansClient::timeAwayPeriods, TimeAwayPeriod::id),
        row("public-holidays", HumaansClient::publicHolidays, PublicHoliday::id),
        row(
            "public-holiday-calendars",
            HumaansClient::publicHolidayCalendars,
            PublicHolidayCalendar::id),
        row("timesheet-entries", HumaansClient::timesheetEntries, TimesheetEntry::id),
        row("timesheet-submissions", HumaansClient::timesheetSubmissions, TimesheetSubmission::id),
        row("locations", HumaansClient::locations, Location::id),
        row("documents", HumaansClient::documents, Document::id),
        row("document-types", HumaansClient::documentTypes, DocumentType::id),
        row("document-folders", HumaansClient::documentFolders, DocumentFolder::id),
        row("identity-documents", HumaansClient::identityDocuments, IdentityDocument::id),
        row(
            "identity-document-types",
            HumaansClient::identityDocumentTypes,
            IdentityDocumentType::id),
        row("emergency-contacts", HumaansClient::emergencyContacts, EmergencyContact::id),
        row("equipment", HumaansClient::equipment, Equipment::id),
        row("equipment-types", HumaansClient::equipmentTypes, EquipmentType::id),
        row("custom-fields", HumaansClient::customFields, CustomField::id),
        row("custom-values", HumaansClient::customValues, CustomValue::id),
        row("working-patterns", HumaansClient::workingPatterns, WorkingPattern::id),
        row("audit-events", HumaansClient::auditEvents, AuditEvent::id),
        row("webhooks", HumaansClient::webhooks, Webhook::id),
        row("webhook-events", HumaansClient::webhookEvents, WebhookEvent::id),
        row("equipment-names", HumaansClient::equipmentNames, EquipmentName::id),
        row(
            "working-pattern-allocations",
            HumaansClient::workingPatternAllocations,
            WorkingPatternAllocation::id),
        row(
            "public-holiday-calendar-days",
            HumaansClient::publicHolidayCalendarDays,
            PublicHolidayCalendarDay::id),
        row("spaces", HumaansClient::spaces, Space::id),
        row("roles", HumaansClient::roles, Role::id),
        row("role-members", HumaansClient::roleMembers, RoleMember::id),
        row("role-permissions", HumaansClient::rolePermissions, RolePermission::id),
        row("files", HumaansClient::files, HumaansFile::id),
        row("data-exports", HumaansClient::dataExports, DataExport::id));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resources")
  <T> void listSendsLiteralQueryAndParsesEveryRow(
      String path, Function<HumaansClient, Resource<T>> resource, Function<T, String> idOf)
      throws Exception {
    String body = io.humaans.client.model.Fixtures.read(path + ".json");
    server.enqueue(json(200, body));
    List<String> ids = new ArrayList<>();
    try (HumaansClient client = TestClients.client(server)) {
      Resource<T> r = resource.apply(client);
      assertThat(r.path()).isEqualTo(path);
      Page<T> page =
          r.page(Query.builder().equalTo("personId", "Qw7hT2mZpL9vXc4RbN8sKd1F").limit(50).build());
      page.data().forEach(row -> ids.add(idOf.apply(row)));
    }
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget())
        .isEqualTo("/api/" + path + "?personId=Qw7hT2mZpL9vXc4RbN8sKd1F&$limit=50&$skip=0");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TestClients.TOKEN);
    assertThat(ids).isNotEmpty().isEqualTo(fixtureIds(body));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resources")
  <T> void getRequestsItemPath(
      String path, Function<HumaansClient, Resource<T>> resource, Function<T, String> idOf)
      throws Exception {
    String body = io.humaans.client.model.Fixtures.read(path + ".json");
    String firstId = fixtureIds(body).get(0);
    server.enqueue(json(200, firstRowJson(body)));
    try (HumaansClient client = TestClients.client(server)) {
      assertThat(idOf.apply(resource.apply(client).get(firstId))).isEqualTo(firstId);
    }
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/" + path + "/" + firstId);
  }

  @Test
  void genericResourceListsRolesAndKeepsFieldsInExtraProperties() throws Exception {
    server.enqueue(json(200, io.humaans.client.model.Fixtures.read("roles.json")));
    List<ApiRecord> roles;
    try (HumaansClient client = TestClients.client(server)) {
      Resource<ApiRecord> resource = client.resource("roles");
      assertThat(resource.path()).isEqualTo("roles");
      roles = resource.list().toList();
    }
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/roles?$limit=250&$skip=0");
    assertThat(roles)
        .extracting(ApiRecord::id)
        .containsExactly("Ro2wE5rT8yU1iO4pA7sD0fGh", "Ro8uI1oP4aS7dF0gH3jK6lZx");
    assertThat(roles.get(0).extraProperties())
        .containsEntry("name", "People Ops")
        .containsEntry("companyId", "Hc3nV8tYq2WzL6pRm1XkJs9D")
        .containsEntry("isDefault", false)
        .containsEntry("createdAt", "2021-03-09T09:30:00.000Z")
        .doesNotContainKey("id");
    assertThat(roles.get(1).extraProperties())
        .containsEntry("name", "Employee")
        .containsEntry("memberCount", 287.0);
  }

  @Test
  void typedRolesAnswering403SayWhatIsLikelyMissing() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(403)
            .addHeader("Content-Type", "application/json")
            .body("{\"code\":403,\"name\":\"Forbidden\",\"message\":\"You are not allowed\"}")
            .build());
    try (HumaansClient client = TestClients.client(server)) {
      assertThatThrownBy(() -> client.roles().list().toList())
          .isInstanceOfSatisfying(
              io.humaans.client.errors.PermissionException.class,
              e -> {
                assertThat(e.requiredScope()).isEmpty();
                assertThat(e.statusCode()).isEqualTo(403);
              })
          .hasMessageContaining(
              "403 Forbidden on GET /roles?$limit=250&$skip=0: which token scope"
                  + " /roles needs is not documented")
          .hasMessageContaining(
              "most likely private:read, from a token whose creator may view" + " permission roles")
          .hasMessageContaining("Server said: You are not allowed");
    }
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/roles?$limit=250&$skip=0");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"../people", "", "   ", "Roles", "roles/abc", "roles?x=1", "róles"})
  void genericResourceRejectsPathsThatAreNotOneLowerCaseSegment(String path) {
    try (HumaansClient client = TestClients.client(server)) {
      assertThatThrownBy(() -> client.resource(path))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "resource path must be one segment of lower-case letters, digits and '-' "
                  + "(for example \"roles\" or \"role-members\"): \""
                  + path
                  + "\"");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void operatorsAndAsOfGoOutLiterally() throws Exception {
    server.enqueue(json(200, "{\"total\":0,\"limit\":250,\"skip\":0,\"data\":[]}"));
    server.enqueue(json(200, "{\"total\":0,\"limit\":250,\"skip\":0,\"data\":[]}"));
    server.enqueue(json(200, "{\"total\":0,\"limit\":250,\"skip\":0,\"data\":[]}"));
    try (HumaansClient client = TestClients.client(server)) {
      client
          .jobRoles()
          .list(JobRoleQuery.builder().personId("p1").asOf(LocalDate.of(2025, 3, 1)).build())
          .toList();
      client
          .timeAway()
          .list(
              TimeAwayQuery.builder()
                  .startingOnOrAfter(LocalDate.of(2024, 1, 1))
                  .endingOnOrBefore(LocalDate.of(2024, 12, 31))
                  .type("pto")
                  .build())
          .toList();
      client
          .people()
          .list(
              PeopleQuery.builder()
                  .status(PersonStatus.OFFBOARDED)
                  .email("ana+hr@x.example")
                  .build())
          .toList();
    }
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/api/job-roles?personId=p1&$asOf=2025-03-01&$limit=250&$skip=0");
    assertThat(server.takeRequest().getTarget())
        .isEqualTo(
            "/api/time-away?startDate[$gte]=2024-01-01&endDate[$lte]=2024-12-31&type=pto&$limit=250&$skip=0");
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/api/people?status=offboarded&email=ana%2Bhr%40x.example&$limit=250&$skip=0");
  }

  @Test
  void inAndNotInSendIndexedKeys() throws Exception {
    server.enqueue(json(200, "{\"total\":0,\"data\":[]}"));
    try (HumaansClient client = TestClients.client(server)) {
      client
          .people()
          .page(
              Query.builder()
                  .in("status", List.of("active", "newHire"))
                  .notIn("teams", List.of("Sales Ops"))
                  .greaterThan("updatedAt", "2025-01-01T00:00:00.000Z")
                  .build());
    }
    assertThat(server.takeRequest().getTarget())
        .isEqualTo(
            "/api/people?status[$in][0]=active"
                + "&status[$in][1]=newHire&teams[$nin][0]=Sales%20Ops&updatedAt[$gt]=2025-01-01T00:00:00.000Z"
                + "&$limit=250&$skip=0");
  }

  @Test
  void inWithOneValueIsStillAnIndexedArray() throws Exception {
    server.enqueue(json(200, "{\"total\":0,\"data\":[]}"));
    try (HumaansClient client = TestClients.client(server)) {
      client.people().page(Query.builder().in("status", List.of("active")).build());
    }
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/api/people?status[$in][0]=active&$limit=250&$skip=0");
  }

  @Test
  void secondInOnTheSameFieldContinuesTheIndexes() {
    Query q =
        Query.builder()
            .in("status", List.of("active"))
            .notIn("status", List.of("newHire"))
            .in("status", List.of("offboarded", "x y"))
            .build();
    assertThat(q.encode(10, 0))
        .isEqualTo(
            "status[$in][0]=active&status[$nin][0]=newHire"
                + "&status[$in][1]=offboarded&status[$in][2]=x%20y&$limit=10&$skip=0");
  }

  @Test
  void createPostsOnlySetFieldsAndParses201() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(201)
            .addHeader("Content-Type", "application/json")
            .body(
                "{\"id\":\"Ts1\",\"personId\":\"Qw7h\",\"date\":\"2025-02-03\",\"startTime\":\"08:30:00\","
                    + "\"endTime\":null,\"duration\":null}")
            .build());
    try (HumaansClient client = TestClients.client(server)) {
      TimesheetEntry entry =
          client
              .timesheetEntries()
              .create(
                  TimesheetEntryParams.builder()
                      .personId("Qw7h")
                      .date(LocalDate.of(2025, 2, 3))
                      .startTime(LocalTime.of(8, 30))
                      .build());
      assertThat(entry.startTime()).hasValue(LocalTime.of(8, 30));
      assertThat(entry.endTime()).isEmpty();
    }
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/api/timesheet-entries");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(request.getBody().utf8())
        .isEqualTo("{\"date\":\"2025-02-03\",\"personId\":\"Qw7h\",\"startTime\":\"08:30:00\"}");
  }

  @Test
  void updatePatchesAndDeleteReturnsResult() throws Exception {
    server.enqueue(json(200, "{\"id\":\"Cp6\",\"amount\":\"90000.50\",\"currency\":\"EUR\"}"));
    server.enqueue(json(200, "{\"id\":\"Cp6\",\"deleted\":true}"));
    try (HumaansClient client = TestClients.client(server)) {
      Compensation c =
          client
              .compensations()
              .update(
                  "Cp6", CompensationParams.builder().amount(new BigDecimal("90000.50")).build());
      assertThat(c.amount()).hasValue(new BigDecimal("90000.50"));
      DeleteResult deleted = client.compensations().delete("Cp6");
      assertThat(deleted.deleted()).isTrue();
    }
    RecordedRequest patch = server.takeRequest();
    assertThat(patch.getMethod()).isEqualTo("PATCH");
    assertThat(patch.getTarget()).isEqualTo("/api/compensations/Cp6");
    assertThat(patch.getBody().utf8()).isEqualTo("{\"amount\":\"90000.50\"}");
    RecordedRequest delete = server.takeRequest();
    assertThat(delete.getMethod()).isEqualTo("DELETE");
    assertThat(delete.getTarget()).isEqualTo("/api/compensations/Cp6");
  }

  @Test
  void getAnsweredWithAnotherRowFailsInsteadOfPassingItOff() throws Exception {
    server.enqueue(json(200, "{\"id\":\"Other\",\"firstName\":\"Someone else\"}"));
    server.enqueue(json(200, "{\"id\":\"Other\",\"firstName\":\"Someone else\"}"));
    try (HumaansClient client = TestClients.client(server)) {
      assertThatThrownBy(() -> client.people().get("Asked"))
          .isInstanceOf(HumaansDecodingException.class)
          .hasMessageContaining("GET /people/Asked")
          .hasMessageContaining("row with id 'Other', not the one asked for");
      assertThatThrownBy(() -> client.people().getAsync("Asked").get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(HumaansDecodingException.class)
          .hasMessageContaining("row with id 'Other'");
    }
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/people/Asked");
  }

  @Test
  void updateOrDeleteAnsweredForAnotherRowFails() {
    server.enqueue(json(200, "{\"id\":\"Other\",\"amount\":\"1\"}"));
    server.enqueue(json(200, "{\"id\":\"Other\",\"deleted\":true}"));
    CompensationParams params = CompensationParams.builder().amount(BigDecimal.ONE).build();
    try (HumaansClient client = TestClients.client(server)) {
      assertThatThrownBy(() -> client.compensations().update("Cp6", params))
          .isInstanceOf(HumaansDecodingException.class)
          .hasMessageContaining("PATCH /compensations/Cp6")
          .hasMessageContaining("row with id 'Other'");
      assertThatThrownBy(() -> client.compensations().delete("Cp6"))
          .isInstanceOf(HumaansDecodingException.class)
          .hasMessageContaining("DELETE /compensations/Cp6")
          .hasMessageContaining("row with id 'Other'");
    }
  }

  @Test
  void postIsNotRetriedOn503() {
    server.enqueue(new MockResponse.Builder().code(503).body("{\"code\":503}").build());
    server.enqueue(json(201, "{\"id\":\"x\"}"));
    try (HumaansClient client = TestClients.client(server)) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  client
                      .webhooks()
                      .create(WebhookParams.builder().url("https://hooks.example/h").build()))
          .isInstanceOf(io.humaans.client.errors.ServerException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void getIsRetriedAfter429WithRetryAfter() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("Retry-After", "3")
            .body(
                "{\"code\":429,\"name\":\"TooManyRequests\",\"message\":\"Rate limit exceeded, retry later\"}")
            .build());
    server.enqueue(json(200, io.humaans.client.model.Fixtures.read("people.json")));
    TestClients.RecordingSleeper sleeper = new TestClients.RecordingSleeper();
    try (HumaansClient client = TestClients.builder(server).sleeper(sleeper).build()) {
      assertThat(client.people().page(Query.all()).data()).isNotEmpty();
    }
    assertThat(sleeper.sleeps).containsExactly(java.time.Duration.ofSeconds(3));
    assertThat(server.takeRequest().getTarget()).isEqualTo(server.takeRequest().getTarget());
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(String envelope) throws IOException {
    Map<String, Object> root =
        (Map<String, Object>) JsonReader.of(new Buffer().writeUtf8(envelope)).readJsonValue();
    return (List<Map<String, Object>>) root.get("data");
  }

  private static List<String> fixtureIds(String envelope) throws IOException {
    List<String> ids = new ArrayList<>();
    for (Map<String, Object> row : rows(envelope)) {
      ids.add((String) row.get("id"));
    }
    return ids;
  }

  private static String firstRowJson(String envelope) throws IOException {
    return io.humaans.client.internal.json.Json.moshi()
        .adapter(Object.class)
        .toJson(rows(envelope).get(0));
  }
}
