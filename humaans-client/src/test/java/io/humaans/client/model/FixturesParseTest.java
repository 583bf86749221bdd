package io.humaans.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import io.humaans.client.internal.json.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FixturesParseTest {

  static Stream<Arguments> listFixtures() {
    return Stream.of(
        Arguments.of("people.json", Person.class, 3, "Qw7hT2mZpL9vXc4RbN8sKd1F"),
        Arguments.of("job-roles.json", JobRole.class, 3, "Jr2pX7vN4cQ8mK1tW6sHz3Ld"),
        Arguments.of("compensations.json", Compensation.class, 3, "Cp6rT3wQ9yU2iO5pA8sD1fGh"),
        Arguments.of(
            "compensation-types.json", CompensationType.class, 2, "Ct1zX4cV7bN2mQ5wE8rT3yUi"),
        Arguments.of("companies.json", Company.class, 1, "Hc3nV8tYq2WzL6pRm1XkJs9D"),
        Arguments.of("bank-accounts.json", BankAccount.class, 2, "Ba4xC7vB1nM5qW8eR2tY6uIo"),
        Arguments.of("time-away.json", TimeAway.class, 2, "Ta7qW1eR4tY8uI2oP5aS9dFg"),
        Arguments.of("time-away-types.json", TimeAwayType.class, 2, "Tt3hJ6kL9zX2cV5bN8mQ1wEr"),
        Arguments.of(
            "time-away-policies.json", TimeAwayPolicy.class, 2, "Tp6yT3rE0wQ7aS4dF1gH8jKl"),
        Arguments.of(
            "time-away-allocations.json", TimeAwayAllocation.class, 1, "Tl9oI6uY3tR0eW7qA4sD1fGh"),
        Arguments.of(
            "time-away-adjustments.json", TimeAwayAdjustment.class, 1, "Tj2wE5rT8yU1iO4pA7sD0fGh"),
        Arguments.of("time-away-periods.json", TimeAwayPeriod.class, 1, "Tq5rT8yU1iO4pA7sD0fGh3jK"),
        Arguments.of("public-holidays.json", PublicHoliday.class, 2, "Ph1aS4dF7gH0jK3lZ6xC9vBn"),
        Arguments.of("public-holiday-calendars.json", PublicHolidayCalendar.class, 2, "NO"),
        Arguments.of("timesheet-entries.json", TimesheetEntry.class, 2, "Te3rT6yU9iO2pA5sD8fG1hJk"),
        Arguments.of(
            "timesheet-submissions.json", TimesheetSubmission.class, 1, "Ts4tY7uI0oP3aS6dF9gH2jKl"),
        Arguments.of("locations.json", Location.class, 1, "Lp8dF3kQw6ZsR1tYh9XmCv2B"),
        Arguments.of("documents.json", Document.class, 1, "Dc5yU8iO1pA4sD7fG0hJ3kLz"),
        Arguments.of("document-types.json", DocumentType.class, 1, "Dt2wE5rT8yU1iO4pA7sD0fGh"),
        Arguments.of("document-folders.json", DocumentFolder.class, 1, "Df9oI6uY3tR0eW7qA4sD1fGj"),
        Arguments.of(
            "identity-documents.json", IdentityDocument.class, 1, "Id6uI9oP2aS5dF8gH1jK4lZx"),
        Arguments.of(
            "identity-document-types.json",
            IdentityDocumentType.class,
            1,
            "It3rT6yU9iO2pA5sD8fG1hJl"),
        Arguments.of(
            "emergency-contacts.json", EmergencyContact.class, 1, "Ec7iO0pA3sD6fG9hJ2kL5zXc"),
        Arguments.of("equipment.json", Equipment.class, 1, "Eq8oP1aS4dF7gH0jK3lZ6xCv"),
        Arguments.of("equipment-types.json", EquipmentType.class, 1, "Et4tY7uI0oP3aS6dF9gH2jKm"),
        Arguments.of("custom-fields.json", CustomField.class, 1, "Cf5yU8iO1pA4sD7fG0hJ3kLx"),
        Arguments.of("custom-values.json", CustomValue.class, 2, "Cv6uI9oP2aS5dF8gH1jK4lZc"),
        Arguments.of("working-patterns.json", WorkingPattern.class, 1, "Wp7iO0pA3sD6fG9hJ2kL5zXb"),
        Arguments.of("audit-events.json", AuditEvent.class, 1, "Ae8oP1aS4dF7gH0jK3lZ6xCn"),
        Arguments.of("webhooks.json", Webhook.class, 1, "Wh9pA2sD5fG8hJ1kL4zX7cVm"),
        Arguments.of("webhook-events.json", WebhookEvent.class, 1, "We1aS4dF7gH0jK3lZ6xC9vBq"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listFixtures")
  <T> void parsesEveryRowAndRoundTripsIt(String fixture, Class<T> type, int rows, String firstId)
      throws IOException {
    List<T> data = Fixtures.data(fixture, type);
    assertThat(data).hasSize(rows);
    assertThat(data.get(0).toString()).startsWith(type.getSimpleName() + "{id=" + firstId);

    JsonAdapter<T> adapter = Json.moshi().adapter(type);
    for (T row : data) {
      T again = adapter.fromJson(adapter.toJson(row));
      assertThat(again).isEqualTo(row);
      assertThat(extras(again)).isEqualTo(extras(row));
    }
  }

  private static Object extras(Object model) {
    try {
      return model.getClass().getMethod("extraProperties").invoke(model);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void readsAmountsAsExactDecimalsFromStringsAndNumbers() {
    List<Compensation> rows = Fixtures.data("compensations.json", Compensation.class);
    Compensation current = rows.get(0);
    assertThat(current.amount()).contains(new BigDecimal("812500.00"));
    assertThat(current.amount().orElseThrow().toPlainString()).isEqualTo("812500.00");
    assertThat(current.currency()).contains("NOK");
    assertThat(current.period()).contains(CompensationPeriod.ANNUAL);
    assertThat(current.effectiveDate()).contains(LocalDate.of(2024, 7, 1));
    assertThat(current.endDate()).isEmpty();
    assertThat(rows.get(1).endReason()).contains("Salary review");
    assertThat(rows.get(2).amount()).contains(new BigDecimal("4500"));
    CompensationPeriod quarterly = rows.get(2).period().orElseThrow();
    assertThat(quarterly.known()).isEqualTo(CompensationPeriod.Known.UNKNOWN);
    assertThat(quarterly.value()).isEqualTo("quarterly");
  }

  @Test
  void readsJobRoleHistoryWithManager() {
    List<JobRole> rows = Fixtures.data("job-roles.json", JobRole.class);
    assertThat(rows.get(0).reportingTo()).contains("Mg5tB1yR8wE3nC7kP2qZx9Va");
    assertThat(rows.get(0).jobTitle()).contains("Senior Platform Engineer");
    assertThat(rows.get(0).note()).contains("Promotion after mid-year review");
    assertThat(rows.get(1).endDate()).contains(LocalDate.of(2024, 6, 30));
    assertThat(rows.get(2).reportingTo()).isEmpty();
    assertThat(rows.get(0).updatedAt()).contains(Instant.parse("2024-06-20T09:12:03.550Z"));
  }

  @Test
  void readsTimeAwayWithPeriodsBreakdownAndOpenStatus() {
    List<TimeAway> rows = Fixtures.data("time-away.json", TimeAway.class);
    TimeAway holiday = rows.get(0);
    assertThat(holiday.startPeriod()).contains(DayPeriod.FULL);
    assertThat(holiday.endPeriod()).contains(DayPeriod.AM);
    assertThat(holiday.days()).contains(new BigDecimal("4.5"));
    assertThat(holiday.requestStatus()).contains(TimeAwayRequestStatus.APPROVED);
    assertThat(holiday.isTimeOff()).contains(true);
    assertThat(holiday.reviewedAt()).contains(Instant.parse("2025-05-02T08:15:00Z"));
    assertThat(holiday.breakdown()).hasSize(5);
    TimeAwayBreakdownDay first = holiday.breakdown().get(0);
    assertThat(first.date()).contains(LocalDate.of(2025, 7, 14));
    assertThat(first.kind()).contains("pto");
    assertThat(first.weekend()).contains(false);
    assertThat(holiday.breakdown().get(2).weekend()).isEmpty();
    assertThat(holiday.workingDays())
        .extracting(WorkingDay::day)
        .containsExactly(
            Optional.of("monday"),
            Optional.of("tuesday"),
            Optional.of("wednesday"),
            Optional.of("thursday"));
    assertThat(holiday.extraProperties()).doesNotContainKey("workingDays");
    assertThat(rows.get(1).workingDays()).isEmpty();

    TimeAwayRequestStatus odd = rows.get(1).requestStatus().orElseThrow();
    assertThat(odd.isKnown()).isFalse();
    assertThat(odd.known()).isEqualTo(TimeAwayRequestStatus.Known.UNKNOWN);
    assertThat(odd.value()).isEqualTo("awaitingManager");
    assertThat(rows.get(1).startPeriod()).contains(DayPeriod.PM);
  }

  @Test
  void readsTimesheetTimesAndDurations() {
    List<TimesheetEntry> rows = Fixtures.data("timesheet-entries.json", TimesheetEntry.class);
    assertThat(rows.get(0).startTime()).contains(LocalTime.of(8, 30));
    assertThat(rows.get(0).endTime()).contains(LocalTime.of(16, 45));
    HoursMinutes duration = rows.get(0).duration().orElseThrow();
    assertThat(duration.hours()).isEqualTo(8);
    assertThat(duration.minutes()).isEqualTo(15);
    assertThat(rows.get(1).startTime()).contains(LocalTime.of(9, 5));
    assertThat(rows.get(1).endTime()).isEmpty();
    assertThat(rows.get(1).duration()).isEmpty();

    TimesheetSubmission submission =
        Fixtures.data("timesheet-submissions.json", TimesheetSubmission.class).get(0);
    assertThat(submission.durationAsTime().orElseThrow().hours()).isEqualTo(32);
    assertThat(submission.durationAsDays()).contains(new BigDecimal("4.1"));
    assertThat(submission.submittedAt()).contains(Instant.parse("2025-02-09T18:00:00Z"));
  }

  @Test
  void readsTimeAwayPeriodNumbersGivenAsStringsOrNumbersAndEmbeddedPolicy() {
    TimeAwayPeriod period = Fixtures.data("time-away-periods.json", TimeAwayPeriod.class).get(0);
    assertThat(period.allowance()).contains(new BigDecimal("25"));
    assertThat(period.ptoUsed()).contains(new BigDecimal("11.5"));
    assertThat(period.ptoUpcoming()).contains(new BigDecimal("4.5"));
    assertThat(period.ptoCarriedOver()).contains(new BigDecimal("3"));
    assertThat(period.isCurrentPeriod()).contains(true);
    assertThat(
            period
                .timeAwayAllocation()
                .flatMap(TimeAwayAllocation::timeAwayPolicy)
                .flatMap(TimeAwayPolicy::maxPtoCarryOver))
        .contains(new BigDecimal("5"));
  }

  @Test
  void readsCompanyPackageAndNumericIdsAsText() {
    Company company = Fixtures.data("companies.json", Company.class).get(0);
    assertThat(company.packageName()).contains("growth");
    assertThat(company.nextEmployeeId()).contains("43");
    assertThat(company.domains()).containsExactly("northwind-labs.example", "nwl.example");
    assertThat(company.trialEndDate()).contains(LocalDate.of(2018, 2, 1));
    assertThat(Fixtures.data("audit-events.json", AuditEvent.class).get(0).seq())
        .contains("918273");
  }

  @Test
  void readsCustomValuesAsJsonTrees() {
    List<CustomValue> rows = Fixtures.data("custom-values.json", CustomValue.class);
    assertThat(rows.get(0).value()).contains("M");
    assertThat(rows.get(1).value()).contains(List.of("Java", "Kotlin"));
    CustomField field = Fixtures.data("custom-fields.json", CustomField.class).get(0);
    assertThat(field.config()).contains(Map.of("options", List.of("S", "M", "L", "XL")));
    assertThat(field.companyId()).contains("Hc3nV8tYq2WzL6pRm1XkJs9D");
    assertThat(field.extraProperties()).isEmpty();
  }

  @Test
  void readsTokenInfoAndDeleteResult() {
    TokenInfo info = Fixtures.object("token-info.json", TokenInfo.class);
    assertThat(info.id()).isEqualTo("Tk2sD5fG8hJ1kL4zX7cV0bNq");
    assertThat(info.personId()).contains("Mg5tB1yR8wE3nC7kP2qZx9Va");
    assertThat(info.label()).contains("Directory sync");
    assertThat(info.scopes()).containsExactly("public:read", "private:read", "compensations:read");

    DeleteResult deleted = Fixtures.object("delete.json", DeleteResult.class);
    assertThat(deleted.id()).isEqualTo("Jr9sD4fG7hJ2kL5zX8cV1bNm");
    assertThat(deleted.deleted()).isTrue();
  }
}
