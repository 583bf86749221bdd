package io.humaans.examples.demo;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/** Writes demo records in the Humaans JSON shapes, with explicit nulls. */
final class DemoJson {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final List<String> WEEKDAYS =
      List.of("monday", "tuesday", "wednesday", "thursday", "friday");

  /** Writes JSON into a buffer. */
  interface Body {
    void writeTo(JsonWriter writer) throws IOException;
  }

  private DemoJson() {}

  /** Runs {@code body} against a null-serializing writer on {@code buffer}. */
  static void write(Buffer buffer, Body body) {
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(true);
      body.writeTo(writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the JSON text {@code body} writes. */
  static String toJson(Body body) {
    Buffer buffer = new Buffer();
    write(buffer, body);
    return buffer.readUtf8();
  }

  static void writePerson(JsonWriter w, DemoPerson p, boolean admin) throws IOException {
    DemoCountry country = DemoCountry.of(p.countryCode()).orElse(DemoCountry.GB);
    boolean remote = p.locationId().equals("remote");
    w.beginObject();
    w.name("id").value(p.id());
    w.name("companyId").value(DemoCompany.COMPANY_ID);
    w.name("firstName").value(p.firstName());
    w.name("middleName").nullValue();
    w.name("lastName").value(p.lastName());
    w.name("preferredName").value(p.preferredName());
    w.name("email").value(p.email());
    w.name("personalEmail").value(p.personalEmail());
    w.name("phoneNumber").nullValue();
    w.name("formattedPhoneNumber").nullValue();
    w.name("personalPhoneNumber").nullValue();
    w.name("formattedPersonalPhoneNumber").nullValue();
    w.name("locationId").value(p.locationId());
    w.name("remoteCity").value(remote ? p.city() : null);
    w.name("remoteRegionCode").nullValue();
    w.name("remoteCountryCode").value(remote ? p.countryCode() : null);
    w.name("remoteTimezone").value(remote ? p.timezone() : null);
    w.name("gender").value(p.gender());
    w.name("birthday").value(date(p.birthday()));
    w.name("profilePhotoId").nullValue();
    w.name("profilePhoto").nullValue();
    w.name("nationality").value(country.nationality);
    w.name("nationalities").beginArray().value(country.nationality).endArray();
    w.name("spokenLanguages").beginArray().value(country.language);
    if (!country.language.equals("English")) {
      w.value("English");
    }
    w.endArray();
    w.name("dietaryPreference").nullValue();
    w.name("foodAllergies").beginArray().endArray();
    w.name("address").nullValue();
    w.name("city").value(p.city());
    w.name("state").nullValue();
    w.name("postcode").nullValue();
    w.name("countryCode").value(p.countryCode());
    w.name("country").value(country.countryName);
    w.name("bio").nullValue();
    w.name("linkedIn").nullValue();
    w.name("twitter").nullValue();
    w.name("github").nullValue();
    w.name("employmentStartDate").value(date(p.employmentStartDate()));
    w.name("firstWorkingDay").value(date(p.employmentStartDate()));
    w.name("employmentEndDate").value(date(p.employmentEndDate()));
    w.name("lastWorkingDay").value(date(p.lastWorkingDay()));
    LocalDate start = p.employmentStartDate();
    w.name("probationEndDate").value(start == null ? null : start.plusMonths(6).toString());
    w.name("turnoverImpact").value(p.leavingReason() == null ? null : "regrettable");
    w.name("workingDays").beginArray();
    for (String day : p.contractType().equals("Part time") ? WEEKDAYS.subList(0, 4) : WEEKDAYS) {
      w.beginObject().name("day").value(day).endObject();
    }
    w.endArray();
    w.name("publicHolidayCalendarId").value(p.countryCode());
    w.name("leavingReason").value(p.leavingReason());
    w.name("leavingNote").nullValue();
    w.name("leavingFileId").nullValue();
    w.name("contractType").value(p.contractType());
    w.name("employeeId").value(p.employeeId());
    w.name("taxId").nullValue();
    w.name("taxCode").nullValue();
    w.name("teams").beginArray();
    for (String team : p.teams()) {
      w.beginObject().name("name").value(team).endObject();
    }
    w.endArray();
    w.name("status").value(p.status());
    w.name("isVerified").value(!p.status().equals(DemoPerson.NEW_HIRE));
    w.name("isWorkEmailHidden").value(false);
    w.name("calendarFeedToken").nullValue();
    w.name("role").value(admin ? "admin" : "user");
    w.name("seenDocumentsAt").nullValue();
    w.name("source").nullValue();
    w.name("sourceId").nullValue();
    w.name("timezone").value(p.timezone());
    w.name("payrollProvider").nullValue();
    w.name("createdAt").value(TIMESTAMP.format(p.createdAt()));
    w.name("updatedAt").value(TIMESTAMP.format(p.updatedAt()));
    w.endObject();
  }

  static void writeRole(JsonWriter w, DemoRole r) throws IOException {
    w.beginObject();
    w.name("id").value(r.id());
    w.name("name").value(r.name());
    w.name("description").value(r.description());
    w.name("companyId").value(DemoCompany.COMPANY_ID);
    w.endObject();
  }

  static void writeRoleMember(JsonWriter w, DemoRoleMember m) throws IOException {
    w.beginObject();
    w.name("id").value(m.id());
    w.name("roleId").value(m.roleId());
    w.name("personId").value(m.personId());
    w.endObject();
  }

  static void writeRolePermission(JsonWriter w, DemoRolePermission p) throws IOException {
    w.beginObject();
    w.name("id").value(p.id());
    w.name("roleId").value(p.roleId());
    w.name("name").value(p.name());
    w.endObject();
  }

  static void writeJobRole(JsonWriter w, DemoJobRole r) throws IOException {
    w.beginObject();
    w.name("id").value(r.id());
    w.name("personId").value(r.personId());
    w.name("jobTitle").value(r.jobTitle());
    w.name("department").value(r.department());
    w.name("reportingTo").value(r.reportingTo());
    w.name("effectiveDate").value(r.effectiveDate().toString());
    w.name("endDate").value(date(r.endDate()));
    w.name("note").value(r.note());
    w.name("createdAt").value(TIMESTAMP.format(r.createdAt()));
    w.name("updatedAt").value(TIMESTAMP.format(r.updatedAt()));
    w.endObject();
  }

  static void writeCompensation(JsonWriter w, DemoCompensation c) throws IOException {
    w.beginObject();
    w.name("id").value(c.id());
    w.name("personId").value(c.personId());
    w.name("compensationTypeId").value(c.compensationTypeId());
    w.name("amount").value(c.amount());
    w.name("currency").value(c.currency());
    w.name("period").value(c.period());
    w.name("note").value(c.note());
    w.name("effectiveDate").value(c.effectiveDate().toString());
    w.name("endDate").value(date(c.endDate()));
    w.name("endReason").value(c.endReason());
    w.name("createdAt").value(TIMESTAMP.format(c.createdAt()));
    w.name("updatedAt").value(TIMESTAMP.format(c.updatedAt()));
    w.endObject();
  }

  /** Formats an instant like Humaans timestamps: UTC with milliseconds. */
  static String timestamp(Instant instant) {
    return TIMESTAMP.format(instant);
  }

  private static @Nullable String date(@Nullable LocalDate date) {
    return date == null ? null : date.toString();
  }
}
