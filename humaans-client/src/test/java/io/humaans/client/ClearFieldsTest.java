package io.humaans.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humaans.client.internal.json.Json;
import io.humaans.client.model.EmergencyContactParams;
import io.humaans.client.model.JobRole;
import io.humaans.client.model.JobRoleParams;
import io.humaans.client.model.PersonParams;
import io.humaans.client.model.WebhookParams;
import java.time.LocalDate;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Explicit nulls in write bodies: what the server sees, and what the builders reject. */
class ClearFieldsTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private static MockResponse json(String body) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(String body) throws Exception {
    return (Map<String, Object>) Json.moshi().adapter(Object.class).fromJson(body);
  }

  @Test
  void jobRolePatchClearingEndDateSendsExplicitNull() throws Exception {
    server.enqueue(json("{\"id\":\"Jr1\",\"endDate\":null}"));
    server.enqueue(json("{\"id\":\"Jr1\",\"jobTitle\":\"Staff Engineer\",\"endDate\":null}"));
    try (HumaansClient client = TestClients.client(server)) {
      JobRole cleared =
          client.jobRoles().update("Jr1", JobRoleParams.builder().clear("endDate").build());
      assertThat(cleared.endDate()).isEmpty();
      client
          .jobRoles()
          .update(
              "Jr1", JobRoleParams.builder().jobTitle("Staff Engineer").clear("endDate").build());
    }
    RecordedRequest onlyClear = server.takeRequest();
    assertThat(onlyClear.getMethod()).isEqualTo("PATCH");
    assertThat(onlyClear.getTarget()).isEqualTo("/api/job-roles/Jr1");
    assertThat(onlyClear.getBody().utf8()).isEqualTo("{\"endDate\":null}");
    assertThat(parse(onlyClear.getBody().utf8()))
        .containsOnlyKeys("endDate")
        .containsEntry("endDate", null);

    RecordedRequest withSet = server.takeRequest();
    assertThat(withSet.getBody().utf8())
        .isEqualTo("{\"endDate\":null,\"jobTitle\":\"Staff Engineer\"}");
  }

  @Test
  void personPatchClearingTwoFieldsSendsBothAsNull() throws Exception {
    server.enqueue(json("{\"id\":\"Pe1\"}"));
    try (HumaansClient client = TestClients.client(server)) {
      client
          .people()
          .update(
              "Pe1",
              PersonParams.builder()
                  .clear("middleName", "employmentEndDate")
                  .firstName("Ingrid")
                  .build());
    }
    RecordedRequest patch = server.takeRequest();
    assertThat(patch.getMethod()).isEqualTo("PATCH");
    assertThat(patch.getTarget()).isEqualTo("/api/people/Pe1");
    assertThat(patch.getBody().utf8())
        .isEqualTo("{\"employmentEndDate\":null,\"firstName\":\"Ingrid\",\"middleName\":null}");
  }

  @Test
  void writesWithoutClearsSendExactlyTheSetFields() throws Exception {
    server.enqueue(json("{\"id\":\"Jr2\"}"));
    server.enqueue(json("{\"id\":\"Jr2\"}"));
    try (HumaansClient client = TestClients.client(server)) {
      client
          .jobRoles()
          .create(
              JobRoleParams.builder()
                  .personId("Pe1")
                  .jobTitle("Engineer")
                  .effectiveDate(LocalDate.of(2025, 4, 1))
                  .build());
      client.jobRoles().update("Jr2", JobRoleParams.builder().note("promoted").build());
    }
    RecordedRequest post = server.takeRequest();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getBody().utf8())
        .isEqualTo(
            "{\"effectiveDate\":\"2025-04-01\",\"jobTitle\":\"Engineer\",\"personId\":\"Pe1\"}");
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"note\":\"promoted\"}");
  }

  @Test
  void extraPropertiesAreStillSentAfterModelledFieldsAndNeverOverrideAClear() {
    EmergencyContactParams params =
        EmergencyContactParams.builder()
            .clear("phoneNumber")
            .name("Erik")
            .putExtraProperties("phoneNumber", "+47 000")
            .putExtraProperties("isPrimary", true)
            .build();
    assertThat(Json.moshi().adapter(EmergencyContactParams.class).toJson(params))
        .isEqualTo("{\"name\":\"Erik\",\"phoneNumber\":null,\"isPrimary\":true}");
  }

  @Test
  void unknownNameIsRejectedListingTheValidNames() {
    assertThatThrownBy(() -> JobRoleParams.builder().clear("endDte").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot clear unknown property 'endDte' of JobRoleParams; valid names: "
                + "department, effectiveDate, endDate, jobTitle, note, personId, reportingTo");
    assertThatThrownBy(() -> WebhookParams.builder().clear("clearedFields").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cannot clear unknown property 'clearedFields' of WebhookParams");
    assertThatThrownBy(() -> WebhookParams.builder().clear("extraProperties").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cannot clear unknown property 'extraProperties' of WebhookParams");
  }

  @Test
  void settingAndClearingTheSameFieldIsRejected() {
    assertThatThrownBy(
            () ->
                JobRoleParams.builder()
                    .endDate(LocalDate.of(2025, 12, 31))
                    .clear("endDate")
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Property 'endDate' of JobRoleParams is both set and cleared");
  }

  @Test
  void clearedFieldsTakePartInToStringAndEquals() {
    JobRoleParams cleared = JobRoleParams.builder().jobTitle("CTO").clear("endDate").build();
    JobRoleParams notCleared = JobRoleParams.builder().jobTitle("CTO").build();
    assertThat(cleared.clearedFields()).containsExactly("endDate");
    assertThat(cleared.toString()).contains("clearedFields=[endDate]");
    assertThat(cleared).isNotEqualTo(notCleared);
    assertThat(cleared).isEqualTo(JobRoleParams.builder().clear("endDate").jobTitle("CTO").build());
    assertThat(cleared.hashCode())
        .isEqualTo(JobRoleParams.builder().clear("endDate").jobTitle("CTO").build().hashCode());
    assertThat(notCleared.clearedFields()).isEmpty();
  }
}
