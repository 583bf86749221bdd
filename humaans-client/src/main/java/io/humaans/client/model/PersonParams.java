package io.humaans.client.model;

import io.humaans.client.internal.json.ClearedFields;
import io.humaans.client.internal.json.HumaansModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The body of a person create ({@code POST /people}) or update ({@code PATCH /people/{id}}).
 *
 * <p>Every property is optional and only the ones set on the builder are serialised, so an
 * update (PATCH) changes just those fields. Dates are written as {@code YYYY-MM-DD}, times of
 * day as {@code HH:MM:SS} and money as a decimal string. Instances are immutable and
 * thread-safe.
 *
 * <p>To clear a field with an update, name it in {@link Builder#clear(String...)}: it is sent
 * as an explicit {@code null}.
 */
@HumaansModel
@Value.Immutable
public interface PersonParams {

  /**
   * Returns a new, empty builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Returns the given name. */
  Optional<String> firstName();

  /** Returns the middle name. */
  Optional<String> middleName();

  /** Returns the family name. */
  Optional<String> lastName();

  /** Returns the preferred name. */
  Optional<String> preferredName();

  /** Returns the work email address. */
  Optional<String> email();

  /** Returns the personal email address. */
  Optional<String> personalEmail();

  /** Returns the work phone number. */
  Optional<String> phoneNumber();

  /** Returns the personal phone number. */
  Optional<String> personalPhoneNumber();

  /** Returns the office location id, or {@code remote}. */
  Optional<String> locationId();

  /** Returns the city of a remote worker. */
  Optional<String> remoteCity();

  /** Returns the region code of a remote worker. */
  Optional<String> remoteRegionCode();

  /** Returns the country code of a remote worker. */
  Optional<String> remoteCountryCode();

  /** Returns the IANA time zone of a remote worker. */
  Optional<String> remoteTimezone();

  /** Returns the gender as free text. */
  Optional<String> gender();

  /** Returns the date of birth. */
  Optional<LocalDate> birthday();

  /** Returns the nationality as a demonym. */
  Optional<String> nationality();

  /** Returns all nationalities; an empty list clears them. */
  Optional<List<String>> nationalities();

  /** Returns the spoken languages; an empty list clears them. */
  Optional<List<String>> spokenLanguages();

  /** Returns the dietary preference. */
  Optional<String> dietaryPreference();

  /** Returns food allergies; an empty list clears them. */
  Optional<List<String>> foodAllergies();

  /** Returns the short biography. */
  Optional<String> bio();

  /** Returns the LinkedIn profile. */
  Optional<String> linkedIn();

  /** Returns the Twitter handle. */
  Optional<String> twitter();

  /** Returns the GitHub handle. */
  Optional<String> github();

  /** Returns the single-line home address. */
  Optional<String> address();

  /** Returns the home city. */
  Optional<String> city();

  /** Returns the home state or region. */
  Optional<String> state();

  /** Returns the home postcode. */
  Optional<String> postcode();

  /** Returns the ISO 3166 alpha-2 home country code. */
  Optional<String> countryCode();

  /** Returns the contractual start date. */
  Optional<LocalDate> employmentStartDate();

  /** Returns the first working day. */
  Optional<LocalDate> firstWorkingDay();

  /** Returns the contractual end date. */
  Optional<LocalDate> employmentEndDate();

  /** Returns the last working day. */
  Optional<LocalDate> lastWorkingDay();

  /** Returns the end of probation. */
  Optional<LocalDate> probationEndDate();

  /** Returns the turnover impact. */
  Optional<String> turnoverImpact();

  /** Returns the leaving reason. */
  Optional<String> leavingReason();

  /** Returns the leaving note. */
  Optional<String> leavingNote();

  /** Returns the weekdays worked. */
  Optional<List<WorkingDay>> workingDays();

  /** Returns the public holiday calendar region code. */
  Optional<String> publicHolidayCalendarId();

  /** Returns the contract type as free text. */
  Optional<String> contractType();

  /** Returns the employee number. */
  Optional<String> employeeId();

  /** Returns the tax id. */
  Optional<String> taxId();

  /** Returns the tax code. */
  Optional<String> taxCode();

  /** Returns the payroll provider. */
  Optional<String> payrollProvider();

  /** Returns the team memberships. */
  Optional<List<Team>> teams();

  /** Returns the app role. */
  Optional<String> role();

  /** Returns the IANA time zone. */
  Optional<String> timezone();

  /**
   * Returns additional fields to send as they are, for API fields this SDK does not model yet.
   * Values are serialised by Moshi (strings, numbers, booleans, lists, maps). A key that
   * collides with a modelled property is ignored. Empty by default; excluded from
   * {@code equals}, {@code hashCode} and {@code toString}.
   */
  @Value.Auxiliary
  Map<String, Object> extraProperties();

  /**
   * Returns the JSON names of properties sent as an explicit {@code null}, so an update (PATCH)
   * can clear them. Each name is one of this type's properties and is not also set; the set
   * itself is never sent as a field. Empty by default; part of {@code equals}, {@code hashCode}
   * and {@code toString}.
   */
  Set<String> clearedFields();

  /**
   * Builds {@link PersonParams} values; obtain one from {@link PersonParams#builder()}.
   *
   * <p>A builder is not thread-safe. Setters reject {@code null} except the single-value
   * setters of optional properties, where {@code null} means empty.
   */
  final class Builder extends ImmutablePersonParams.Builder {
    Builder() {}

    /**
     * Adds properties to send as an explicit {@code null}; the same as
     * {@code addClearedFields(jsonNames)}.
     *
     * @param jsonNames JSON names of properties of {@link PersonParams}; not {@code null}
     * @return this builder
     * @throws NullPointerException if {@code jsonNames} or one of them is {@code null}
     */
    public Builder clear(String... jsonNames) {
      return addClearedFields(jsonNames);
    }

    /**
     * Builds the value.
     *
     * @return a new immutable value
     * @throws IllegalArgumentException if a cleared name is not a property of this type; the
     *     message lists the valid names
     * @throws IllegalStateException if a cleared property is also set
     */
    @Override
    public PersonParams build() {
      return ClearedFields.check(PersonParams.class, super.build());
    }
  }
}
