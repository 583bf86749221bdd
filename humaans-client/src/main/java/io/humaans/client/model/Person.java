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
 * <p>Instances are immutable and thread-safe. Only {@code id} is required; every other property is
 * optional because fields hidden by the token's scopes may be missing or {@code null}, and both
 * read as empty. JSON fields this SDK does not model are kept in {@link #extraProperties()}.
 */
@HumaansModel
@Value.Immutable
public interface Person {

  /**
   * Returns a new, empty builder.
   *
   * @return an empty builder; its {@code build()} throws {@link IllegalStateException} while a
   *     required property is unset
   */
  static Builder builder() {
    return new Builder();
  }

  /** {@return the opaque identifier of this record} */
  String id();

  /** {@return the id of the company the person belongs to} */
  Optional<String> companyId();

  /** {@return the given name} */
  Optional<String> firstName();

  /** {@return the middle name} */
  Optional<String> middleName();

  /** {@return the family name} */
  Optional<String> lastName();

  /** {@return the name the person prefers to be called} */
  Optional<String> preferredName();

  /** {@return the work email address; empty when hidden from the token} */
  Optional<String> email();

  /** {@return the personal email address (private)} */
  Optional<String> personalEmail();

  /** {@return the work phone number as entered, such as {@code +4479460001}} */
  Optional<String> phoneNumber();

  /** {@return the work phone number formatted for display} */
  Optional<String> formattedPhoneNumber();

  /** {@return the personal phone number (private)} */
  Optional<String> personalPhoneNumber();

  /** {@return the personal phone number formatted for display} */
  Optional<String> formattedPersonalPhoneNumber();

  /** {@return the office location id, or the literal {@code remote} for remote workers} */
  Optional<String> locationId();

  /** {@return the city of a remote worker} */
  Optional<String> remoteCity();

  /** {@return the region code of a remote worker} */
  Optional<String> remoteRegionCode();

  /** {@return the ISO 3166 alpha-2 country code of a remote worker} */
  Optional<String> remoteCountryCode();

  /** {@return the IANA time zone of a remote worker} */
  Optional<String> remoteTimezone();

  /** {@return the gender as free text} */
  Optional<String> gender();

  /** {@return the date of birth} */
  Optional<LocalDate> birthday();

  /** {@return whether the birthday is hidden from colleagues} */
  Optional<Boolean> isBirthdayHidden();

  /** {@return the id of the profile photo} */
  Optional<String> profilePhotoId();

  /** {@return the profile photo with its size variants} */
  Optional<ProfilePhoto> profilePhoto();

  /** {@return the nationality as a demonym, such as {@code British}} */
  Optional<String> nationality();

  /** {@return all nationalities; empty when none or hidden} */
  List<String> nationalities();

  /** {@return the languages the person speaks; empty when none or hidden} */
  List<String> spokenLanguages();

  /** {@return the dietary preference} */
  Optional<String> dietaryPreference();

  /** {@return food allergies; empty when none or hidden} */
  List<String> foodAllergies();

  /** {@return the short biography} */
  Optional<String> bio();

  /** {@return the LinkedIn profile} */
  Optional<String> linkedIn();

  /** {@return the Twitter handle} */
  Optional<String> twitter();

  /** {@return the GitHub handle} */
  Optional<String> github();

  /** {@return the single-line home address (private)} */
  Optional<String> address();

  /** {@return the home city (private)} */
  Optional<String> city();

  /** {@return the home state or region (private)} */
  Optional<String> state();

  /** {@return the home postcode (private)} */
  Optional<String> postcode();

  /** {@return the ISO 3166 alpha-2 code of the home country} */
  Optional<String> countryCode();

  /** {@return the name of the home country} */
  Optional<String> country();

  /** {@return the contractual start date (the joining date)} */
  Optional<LocalDate> employmentStartDate();

  /** {@return the first day actually worked, which may differ from the start date} */
  Optional<LocalDate> firstWorkingDay();

  /** {@return the contractual end date} */
  Optional<LocalDate> employmentEndDate();

  /** {@return the last day worked} */
  Optional<LocalDate> lastWorkingDay();

  /** {@return the end of the probation period} */
  Optional<LocalDate> probationEndDate();

  /** {@return the turnover impact recorded at offboarding} */
  Optional<String> turnoverImpact();

  /** {@return the leaving reason recorded at offboarding} */
  Optional<String> leavingReason();

  /** {@return the leaving note recorded at offboarding} */
  Optional<String> leavingNote();

  /** {@return the id of the file attached at offboarding} */
  Optional<String> leavingFileId();

  /** {@return the weekdays the person works; empty when unknown or hidden} */
  List<WorkingDay> workingDays();

  /** {@return the public holiday calendar, a region code such as {@code ES-MD}} */
  Optional<String> publicHolidayCalendarId();

  /** {@return the contract type as free text, such as {@code Full time}} */
  Optional<String> contractType();

  /** {@return the company's employee number} */
  Optional<String> employeeId();

  /** {@return the tax id (private)} */
  Optional<String> taxId();

  /** {@return the tax code (private)} */
  Optional<String> taxCode();

  /** {@return the payroll provider} */
  Optional<String> payrollProvider();

  /** {@return the system the record was imported from} */
  Optional<String> source();

  /** {@return the record's id in the source system} */
  Optional<String> sourceId();

  /** {@return the teams the person belongs to; empty when none or hidden} */
  List<Team> teams();

  /**
   * {@return the lifecycle status ({@code newHire}, {@code active}, {@code offboarded} or a newer
   * value)}
   */
  Optional<PersonStatus> status();

  /** {@return whether the person has verified their account} */
  Optional<Boolean> isVerified();

  /** {@return whether the work email is hidden} */
  Optional<Boolean> isWorkEmailHidden();

  /** {@return the private calendar feed token; never included in {@code toString()}} */
  @Value.Redacted
  Optional<String> calendarFeedToken();

  /** {@return the app role as free text, such as {@code user}} */
  Optional<String> role();

  /** {@return the time the person last viewed their documents} */
  Optional<Instant> seenDocumentsAt();

  /** {@return the IANA time zone} */
  Optional<String> timezone();

  /** {@return whether this is demo data} */
  Optional<Boolean> demo();

  /** {@return the person ids of direct reports; may be present on single reads only} */
  List<String> directReports();

  /** {@return the time the record was created} */
  Optional<Instant> createdAt();

  /** {@return the time the record was last updated} */
  Optional<Instant> updatedAt();

  /**
   * {@return JSON fields this SDK does not model, keyed by name, as read by Moshi's {@code
   * JsonReader.readJsonValue()} (maps, lists, strings, doubles, booleans); top-level {@code null}
   * values are dropped} Never null; empty by default. Excluded from {@code equals}, {@code
   * hashCode} and {@code toString}.
   */
  @Value.Auxiliary
  Map<String, Object> extraProperties();

  /**
   * Builds {@link Person} values; obtain one from {@link Person#builder()}.
   *
   * <p>A builder is not thread-safe. Setters reject {@code null} except the single-value setters of
   * optional properties, where {@code null} means empty.
   */
  final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
