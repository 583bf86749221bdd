package io.humaans.examples.bench;

import io.humaans.client.model.PersonStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The person record as a plain mutable class with the same fields and field types as the SDK's
 * {@code Person}: the baseline that Moshi's own reflective class adapter decodes in the decode
 * benchmark. Not part of any API.
 */
final class PlainPerson {
  String id = "";
  @Nullable String companyId;
  @Nullable String firstName;
  @Nullable String middleName;
  @Nullable String lastName;
  @Nullable String preferredName;
  @Nullable String email;
  @Nullable String personalEmail;
  @Nullable String phoneNumber;
  @Nullable String formattedPhoneNumber;
  @Nullable String personalPhoneNumber;
  @Nullable String formattedPersonalPhoneNumber;
  @Nullable String locationId;
  @Nullable String remoteCity;
  @Nullable String remoteRegionCode;
  @Nullable String remoteCountryCode;
  @Nullable String remoteTimezone;
  @Nullable String gender;
  @Nullable LocalDate birthday;
  @Nullable Boolean isBirthdayHidden;
  @Nullable String profilePhotoId;
  @Nullable PlainPhoto profilePhoto;
  @Nullable String nationality;
  List<String> nationalities = List.of();
  List<String> spokenLanguages = List.of();
  @Nullable String dietaryPreference;
  List<String> foodAllergies = List.of();
  @Nullable String bio;
  @Nullable String linkedIn;
  @Nullable String twitter;
  @Nullable String github;
  @Nullable String address;
  @Nullable String city;
  @Nullable String state;
  @Nullable String postcode;
  @Nullable String countryCode;
  @Nullable String country;
  @Nullable LocalDate employmentStartDate;
  @Nullable LocalDate firstWorkingDay;
  @Nullable LocalDate employmentEndDate;
  @Nullable LocalDate lastWorkingDay;
  @Nullable LocalDate probationEndDate;
  @Nullable String turnoverImpact;
  @Nullable String leavingReason;
  @Nullable String leavingNote;
  @Nullable String leavingFileId;
  List<PlainDay> workingDays = List.of();
  @Nullable String publicHolidayCalendarId;
  @Nullable String contractType;
  @Nullable String employeeId;
  @Nullable String taxId;
  @Nullable String taxCode;
  @Nullable String payrollProvider;
  @Nullable String source;
  @Nullable String sourceId;
  List<PlainTeam> teams = List.of();
  @Nullable PersonStatus status;
  @Nullable Boolean isVerified;
  @Nullable Boolean isWorkEmailHidden;
  @Nullable String calendarFeedToken;
  @Nullable String role;
  @Nullable Instant seenDocumentsAt;
  @Nullable String timezone;
  @Nullable Boolean demo;
  List<String> directReports = List.of();
  @Nullable Instant createdAt;
  @Nullable Instant updatedAt;

  /** A profile photo. */
  static final class PlainPhoto {
    String id = "";
    Map<String, String> variants = Map.of();
  }

  /** A working day. */
  static final class PlainDay {
    @Nullable String day;
  }

  /** A team membership. */
  static final class PlainTeam {
    @Nullable String name;
  }

  /** The list envelope. */
  static final class Envelope {
    int total;
    int limit;
    int skip;
    List<PlainPerson> data = List.of();
  }
}
