package io.humaans.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import io.humaans.client.internal.json.Json;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParamsJsonTest {

  private static <T> String json(Class<T> type, T value) {
    return Json.moshi().adapter(type).toJson(value);
  }

  @Test
  void clockInWritesOnlyTheSetFieldsWithSeconds() {
    TimesheetEntryParams clockIn =
        TimesheetEntryParams.builder()
            .personId("Qw7hT2mZpL9vXc4RbN8sKd1F")
            .date(LocalDate.of(2025, 2, 3))
            .startTime(LocalTime.of(8, 30))
            .build();
    assertThat(json(TimesheetEntryParams.class, clockIn))
        .isEqualTo(
            "{\"date\":\"2025-02-03\",\"personId\":\"Qw7hT2mZpL9vXc4RbN8sKd1F\","
                + "\"startTime\":\"08:30:00\"}");
  }

  @Test
  void patchWithOneFieldSendsOnlyThatField() {
    TimesheetEntryParams clockOut =
        TimesheetEntryParams.builder().endTime(LocalTime.of(17, 5, 9)).build();
    assertThat(json(TimesheetEntryParams.class, clockOut)).isEqualTo("{\"endTime\":\"17:05:09\"}");
    assertThat(json(PersonParams.class, PersonParams.builder().build())).isEqualTo("{}");
  }

  @Test
  void compensationAmountIsWrittenAsPlainDecimalString() {
    CompensationParams params =
        CompensationParams.builder()
            .personId("p1")
            .amount(new BigDecimal("812500.00"))
            .currency("NOK")
            .period(CompensationPeriod.ANNUAL)
            .effectiveDate(LocalDate.of(2024, 7, 1))
            .build();
    assertThat(json(CompensationParams.class, params))
        .isEqualTo(
            "{\"amount\":\"812500.00\",\"currency\":\"NOK\",\"effectiveDate\":\"2024-07-01\","
                + "\"period\":\"annual\",\"personId\":\"p1\"}");
    assertThat(
            json(
                CompensationParams.class,
                CompensationParams.builder().amount(new BigDecimal("1E+3")).build()))
        .isEqualTo("{\"amount\":\"1000\"}");
  }

  @Test
  void listsAreSentWhenSetEvenIfEmptyAndNestedValuesAreObjects() {
    PersonParams params =
        PersonParams.builder()
            .teams(List.of(Team.builder().name("Platform").build()))
            .nationalities(List.of())
            .workingDays(List.of(WorkingDay.builder().day("monday").build()))
            .build();
    assertThat(json(PersonParams.class, params))
        .isEqualTo(
            "{\"nationalities\":[],\"teams\":[{\"name\":\"Platform\"}],"
                + "\"workingDays\":[{\"day\":\"monday\"}]}");
  }

  @Test
  void timeAwayWritesOpenEnumsAsRawStrings() {
    TimeAwayParams params =
        TimeAwayParams.builder()
            .personId("p1")
            .startDate(LocalDate.of(2025, 7, 14))
            .startPeriod(DayPeriod.PM)
            .endDate(LocalDate.of(2025, 7, 14))
            .endPeriod(DayPeriod.PM)
            .requestStatus(TimeAwayRequestStatus.of("awaitingManager"))
            .build();
    assertThat(json(TimeAwayParams.class, params))
        .isEqualTo(
            "{\"endDate\":\"2025-07-14\",\"endPeriod\":\"pm\",\"personId\":\"p1\","
                + "\"requestStatus\":\"awaitingManager\",\"startDate\":\"2025-07-14\","
                + "\"startPeriod\":\"pm\"}");
  }

  @Test
  void extraPropertiesAreSentAfterModelledFields() {
    EmergencyContactParams params =
        EmergencyContactParams.builder()
            .personId("p1")
            .name("Erik")
            .putExtraProperties("isPrimary", true)
            .build();
    assertThat(json(EmergencyContactParams.class, params))
        .isEqualTo("{\"name\":\"Erik\",\"personId\":\"p1\",\"isPrimary\":true}");
  }

  @Test
  void customValueAndWebhookBodies() {
    assertThat(
            json(
                CustomValueParams.class,
                CustomValueParams.builder()
                    .customFieldId("cf")
                    .value(List.of("Java", "Kotlin"))
                    .build()))
        .isEqualTo("{\"customFieldId\":\"cf\",\"value\":[\"Java\",\"Kotlin\"]}");
    assertThat(
            json(
                WebhookParams.class,
                WebhookParams.builder()
                    .url("https://hooks.example/h")
                    .events(List.of("person.created"))
                    .build()))
        .isEqualTo("{\"events\":[\"person.created\"],\"url\":\"https://hooks.example/h\"}");
  }

  @Test
  void paramsReadBackEqual() throws Exception {
    JsonAdapter<JobRoleParams> adapter = Json.moshi().adapter(JobRoleParams.class);
    JobRoleParams params =
        JobRoleParams.builder()
            .personId("p1")
            .jobTitle("CTO")
            .reportingTo("m1")
            .effectiveDate(LocalDate.of(2024, 1, 1))
            .build();
    assertThat(adapter.fromJson(adapter.toJson(params))).isEqualTo(params);
    assertThat(adapter.fromJson("{\"jobTitle\":null}")).isEqualTo(JobRoleParams.builder().build());
  }
}
