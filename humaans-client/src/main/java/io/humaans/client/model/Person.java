package io.humaans.client.model;

import io.humaans.client.internal.json.HumaansModel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person in the company directory, read from {@code /people} or {@code /me}.
 *
 * <p>Instances are immutable and thread-safe. Only {@code id} is required; every other
 * property is optional because fields hidden by the token's scopes may be missing or
 * {@code null}, and both read as empty. JSON fields this SDK does not model are kept in
 * {@link #extraProperties()}.
 */
@HumaansModel
@Value.Immutable
public interface Person {

  /**
   * Returns a new, empty builder.
   *
   * @return an empty builder; its {@code build()} throws {@link IllegalStateException}
   *     while a required property is unset
   */
  static Builder builder() {
    return new Builder();
  }

  /** Returns the opaque identifier of this record. */
  String id();

  /** Returns the id of the company the person belongs to. */
  Optional<String> companyId();

  /** Returns the given name. */
  Optional<String> firstName();

  /** Returns the middle name. */
  Optional<String> middleName();

  /** Returns the family name. */
  Optional<String> lastName();

  /** Returns the name the person prefers to be called. */
  Optional<String> preferredName();

  /** Returns the work email address; empty when hidden from the token. */
  Optional<String> email();

  /** Returns the personal email address (private). */
  Optional<String> personalEmail();

  /** Returns the work phone number as entered, such as {@code +4479460001}. */
  Optional<String> phoneNumber();

  /** Returns the work phone number formatted for display. */
  Optional<String> formattedPhoneNumber();

  /** Returns the personal phone number (private). */
  Optional<String> personalPhoneNumber();

  /** Returns the personal phone number formatted for display. */
  Optional<String> formattedPersonalPhoneNumber();

  /** Returns the office location id, or the literal {@code remote} for remote workers. */
  Optional<String> locationId();

  /** Returns the city of a remote worker. */
  Optional<String> remoteCity();

  /** Returns the region code of a remote worker. */
  Optional<String> remoteRegionCode();

  /** Returns the ISO 3166 alpha-2 country code of a remote worker. */
  Optional<String> remoteCountryCode();

  /** Returns the IANA time zone of a remote worker. */
  Optional<String> remoteTimezone();

  /** Returns the gender as free text. */
  Optional<String> gender();

  /** Returns the date of birth. */
  Optional<LocalDate> birthday();

  /** Returns whether the birthday is hidden from colleagues. */
  Optional<Boolean> isBirthdayHidden();

  /** Returns the id of the profile photo. */
  Optional<String> profilePhotoId();

  /** Returns the profile photo with its size variants. */
  Optional<ProfilePhoto> profilePhoto();

  /** Returns the nationality as a demonym, such as {@code British}. */
  Optional<String> nationality();

  /** Returns all nationalities; empty when none or hidden. */
  List<String> nationalities();

  /** Returns the languages the person speaks; empty when none or hidden. */
  List<String> spokenLanguages();

  /** Returns the dietary preference. */
  Optional<String> dietaryPreference();

  /** Returns food allergies; empty when none or hidden. */
  List<String> foodAllergies();

  /** Returns the short biography. */
  Optional<String> bio();

  /** Returns the LinkedIn profile. */
  Optional<String> linkedIn();

  /** Returns the Twitter handle. */
  Optional<String> twitter();

  /** Returns the GitHub handle. */
  Optional<String> github();

  /** Returns the single-line home address (private). */
  Optional<String> address();

  /** Returns the home city (private). */
  Optional<String> city();

  /** Returns the home state or region (private). */
  Optional<String> state();

  /** Returns the home postcode (private). */
  Optional<String> postcode();

  /** Returns the ISO 3166 alpha-2 code of the home country. */
  Optional<String> countryCode();

  /** Returns the name of the home country. */
  Optional<String> country();

  /** Returns the contractual start date (the joining date). */
  Optional<LocalDate> employmentStartDate();

  /** Returns the first day actually worked, which may differ from the start date. */
  Optional<LocalDate> firstWorkingDay();

  /** Returns the contractual end date. */
  Optional<LocalDate> employmentEndDate();

  /** Returns the last day worked. */
  Optional<LocalDate> lastWorkingDay();

  /** Returns the end of the probation period. */
  Optional<LocalDate> probationEndDate();

  /** Returns the turnover impact recorded at offboarding. */
  Optional<String> turnoverImpact();

  /** Returns the leaving reason recorded at offboarding. */
  Optional<String> leavingReason();

  /** Returns the leaving note recorded at offboarding. */
  Optional<String> leavingNote();

  /** Returns the id of the file attached at offboarding. */
  Optional<String> leavingFileId();

  /** Returns the weekdays the person works; empty when unknown or hidden. */
  List<WorkingDay> workingDays();

  /** Returns the public holiday calendar, a region code such as {@code ES-MD}. */
  Optional<String> publicHolidayCalendarId();

  /** Returns the contract type as free text, such as {@code Full time}. */
  Optional<String> contractType();

  /** Returns the company's employee number. */
  Optional<String> employeeId();

  /** Returns the tax id (private). */
  Optional<String> taxId();

  /** Returns the tax code (private). */
  Optional<String> taxCode();

  /** Returns the payroll provider. */
  Optional<String> payrollProvider();

  /** Returns the system the record was imported from. */
  Optional<String> source();

  /** Returns the record's id in the source system. */
  Optional<String> sourceId();

  /** Returns the teams the person belongs to; empty when none or hidden. */
  List<Team> teams();

  /** Returns the lifecycle status ({@code newHire}, {@code active}, {@code offboarded} or a newer value). */
  Optional<PersonStatus> status();

  /** Returns whether the person has verified their account. */
  Optional<Boolean> isVerified();

  /** Returns whether the work email is hidden. */
  Optional<Boolean> isWorkEmailHidden();

  /** Returns the private calendar feed token; never included in {@code toString()}. */
  @Value.Redacted
  Optional<String> calendarFeedToken();

  /** Returns the app role as free text, such as {@code user}. */
  Optional<String> role();

  /** Returns the time the person last viewed their documents. */
  Optional<Instant> seenDocumentsAt();

  /** Returns the IANA time zone. */
  Optional<String> timezone();

  /** Returns whether this is demo data. */
  Optional<Boolean> demo();

  /** Returns the person ids of direct reports; may be present on single reads only. */
  List<String> directReports();

  /** Returns the time the record was created. */
  Optional<Instant> createdAt();

  /** Returns the time the record was last updated. */
  Optional<Instant> updatedAt();

  /**
   * Returns JSON fields this SDK does not model, keyed by name, as read by Moshi's
   * {@code JsonReader.readJsonValue()} (maps, lists, strings, doubles, booleans); top-level
   * {@code null} values are dropped. Never null; empty by default. Excluded from {@code equals},
   * {@code hashCode} and {@code toString}.
   */
  @Value.Auxiliary
  Map<String, Object> extraProperties();

  /**
   * Builds {@link Person} values; obtain one from {@link Person#builder()}.
   *
   * <p>A builder is not thread-safe. Setters reject {@code null} except the single-value
   * setters of optional properties, where {@code null} means empty.
   */
  final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
