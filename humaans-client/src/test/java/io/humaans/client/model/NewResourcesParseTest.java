package io.humaans.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import io.humaans.client.internal.json.Json;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Equipment names, working-pattern allocations, calendar days, spaces and generic records. */
class NewResourcesParseTest {

  @Test
  void readsEquipmentNamesAndKeepsUnknownFields() {
    List<EquipmentName> rows = Fixtures.data("equipment-names.json", EquipmentName.class);
    assertThat(rows).hasSize(2);
    EquipmentName laptop = rows.get(0);
    assertThat(laptop.id()).isEqualTo("En3kR8vQ1zW6mT4pX9cB2nLs");
    assertThat(laptop.companyId()).contains("Hc3nV8tYq2WzL6pRm1XkJs9D");
    assertThat(laptop.name()).contains("MacBook Pro 14\" M3");
    assertThat(laptop.equipmentTypeId()).contains("Et4tY7uI0oP3aS6dF9gH2jKm");
    assertThat(laptop.createdAt()).contains(Instant.parse("2023-04-11T10:15:30Z"));
    assertThat(laptop.updatedAt()).contains(Instant.parse("2024-02-20T08:01:12Z"));
    assertThat(laptop.extraProperties()).isEmpty();
    assertThat(rows.get(1).equipmentTypeId()).contains("Et9wQ2eR5tY8uI1oP4aS7dFk");
    assertThat(rows.get(1).extraProperties()).containsExactlyEntriesOf(Map.of("archived", false));
  }

  @Test
  void readsWorkingPatternAllocationsWithOpenEnd() {
    List<WorkingPatternAllocation> rows =
        Fixtures.data("working-pattern-allocations.json", WorkingPatternAllocation.class);
    assertThat(rows).hasSize(2);
    WorkingPatternAllocation past = rows.get(0);
    assertThat(past.id()).isEqualTo("Wa5mN8bV2cX7zL4kJ1hG6fDs");
    assertThat(past.personId()).contains("Qw7hT2mZpL9vXc4RbN8sKd1F");
    assertThat(past.workingPatternId()).contains("Wp7iO0pA3sD6fG9hJ2kL5zXb");
    assertThat(past.effectiveDate()).contains(LocalDate.of(2024, 1, 1));
    assertThat(past.startDate()).isEmpty();
    assertThat(past.firstDay()).contains(LocalDate.of(2024, 1, 1));
    assertThat(past.endDate()).contains(LocalDate.of(2024, 8, 31));
    assertThat(past.createdAt()).contains(Instant.parse("2023-12-14T16:40:00Z"));
    WorkingPatternAllocation current = rows.get(1);
    assertThat(current.workingPatternId()).contains("Wp2xC5vB8nM1qW4eR7tY0uIz");
    assertThat(current.effectiveDate()).isEmpty();
    assertThat(current.startDate()).contains(LocalDate.of(2024, 9, 1));
    assertThat(current.firstDay()).contains(LocalDate.of(2024, 9, 1));
    assertThat(current.endDate()).isEmpty();
    assertThat(current.extraProperties())
        .containsEntry("note", "Four-day week after parental leave");
  }

  @Test
  void readsPublicHolidayCalendarDaysWithRegionCodes() {
    List<PublicHolidayCalendarDay> rows =
        Fixtures.data("public-holiday-calendar-days.json", PublicHolidayCalendarDay.class);
    assertThat(rows).hasSize(2);
    PublicHolidayCalendarDay christmas = rows.get(0);
    assertThat(christmas.id()).isEqualTo("Pd4fG7hJ0kL3zX6cV9bN2mQw");
    assertThat(christmas.publicHolidayCalendarId()).contains("GB");
    assertThat(christmas.date()).contains(LocalDate.of(2025, 12, 25));
    assertThat(christmas.name()).contains("Christmas Day");
    assertThat(christmas.updatedAt()).contains(Instant.parse("2024-11-02T00:00:00Z"));
    assertThat(rows.get(1).publicHolidayCalendarId()).contains("ES-MD");
    assertThat(rows.get(1).date()).contains(LocalDate.of(2025, 5, 15));
    assertThat(rows.get(1).extraProperties()).containsEntry("regional", true);
  }

  @Test
  void readsSpacesWithTheirLocation() {
    List<Space> rows = Fixtures.data("spaces.json", Space.class);
    assertThat(rows).hasSize(2);
    Space quiet = rows.get(0);
    assertThat(quiet.id()).isEqualTo("Sp6hJ9kL2zX5cV8bN1mQ4wEr");
    assertThat(quiet.companyId()).contains("Hc3nV8tYq2WzL6pRm1XkJs9D");
    assertThat(quiet.name()).contains("Floor 3 - Quiet zone");
    assertThat(quiet.locationId()).contains("Lp8dF3kQw6ZsR1tYh9XmCv2B");
    assertThat(quiet.createdAt()).contains(Instant.parse("2022-06-07T12:00:00Z"));
    assertThat(rows.get(1).name()).contains("Boardroom");
    assertThat(rows.get(1).extraProperties()).containsEntry("capacity", 12.0);
  }

  @Test
  void apiRecordTypesOnlyTheIdAndKeepsEverythingElse() {
    List<ApiRecord> rows = Fixtures.data("roles.json", ApiRecord.class);
    assertThat(rows)
        .extracting(ApiRecord::id)
        .containsExactly("Ro2wE5rT8yU1iO4pA7sD0fGh", "Ro8uI1oP4aS7dF0gH3jK6lZx");
    assertThat(rows.get(0).extraProperties())
        .containsOnlyKeys("companyId", "name", "description", "isDefault", "createdAt", "updatedAt")
        .containsEntry("name", "People Ops")
        .containsEntry("updatedAt", "2024-05-02T11:47:19.000Z");
    assertThat(rows.get(1).extraProperties()).containsEntry("memberCount", 287.0);
    assertThat(rows.get(0).toString()).isEqualTo("ApiRecord{id=Ro2wE5rT8yU1iO4pA7sD0fGh}");
  }

  @Test
  void newModelsRoundTripThroughJson() throws IOException {
    assertRoundTrips(
        Fixtures.data("equipment-names.json", EquipmentName.class), EquipmentName.class);
    assertRoundTrips(
        Fixtures.data("working-pattern-allocations.json", WorkingPatternAllocation.class),
        WorkingPatternAllocation.class);
    assertRoundTrips(
        Fixtures.data("public-holiday-calendar-days.json", PublicHolidayCalendarDay.class),
        PublicHolidayCalendarDay.class);
    assertRoundTrips(Fixtures.data("spaces.json", Space.class), Space.class);
    List<ApiRecord> roles = Fixtures.data("roles.json", ApiRecord.class);
    assertRoundTrips(roles, ApiRecord.class);
    JsonAdapter<ApiRecord> adapter = Json.moshi().adapter(ApiRecord.class);
    assertThat(adapter.fromJson(adapter.toJson(roles.get(1))).extraProperties())
        .isEqualTo(roles.get(1).extraProperties());
  }

  private static <T> void assertRoundTrips(List<T> rows, Class<T> type) throws IOException {
    JsonAdapter<T> adapter = Json.moshi().adapter(type);
    for (T row : rows) {
      assertThat(adapter.fromJson(adapter.toJson(row))).isEqualTo(row);
    }
  }
}
