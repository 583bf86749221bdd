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
 * <p>Every property is optional and only the ones set on the builder are serialised, so an update
 * (PATCH) changes just those fields. Dates are written as {@code YYYY-MM-DD}, times of day as
 * {@code HH:MM:SS} and money as a decimal string. Instances are immutable and thread-safe.
 *
 * <p>To clear a field with an update, name it in {@link Builder#clear(String...)}: it is sent as an
 * explicit {@code null}.
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

  /** {@return the given name} */
  Optional<String> firstName();

  /** {@return the middle name} */
  Optional<String> middleName();

  /** {@return the family name} */
  Optional<String> lastName();

  /** {@return the preferred name} */
  Optional<String> preferredName();

  /** {@return the work email address} */
  Optional<String> email();

  /** {@return the personal email address} */
  Optional<String> personalEmail();

  /** {@return the work phone number} */
  Optional<String> phoneNumber();

  /** {@return the personal phone number} */
  Optional<String> personalPhoneNumber();

  /** {@return the office location id, or {@code remote}} */
  Optional<String> locationId();

  /** {@return the city of a remote worker} */
  Optional<String> remoteCity();

  /** {@return the region code of a remote worker} */
  Optional<String> remoteRegionCode();

  /** {@return the country code of a remote worker} */
  Optional<String> remoteCountryCode();

  /** {@return the IANA time zone of a remote worker} */
  Optional<String> remoteTimezone();

  /** {@return the gender as free text} */
  Optional<String> gender();

  /** {@return the date of birth} */
  Optional<LocalDate> birthday();

  /** {@return the nationality as a demonym} */
  Optional<String> nationality();

  /** {@return all nationalities; an empty list clears them} */
  Optional<List<String>> nationalities();

  /** {@return the spoken languages; an empty list clears them} */
  Optional<List<String>> spokenLanguages();

  /** {@return the dietary preference} */
  Optional<String> dietaryPreference();

  /** {@return food allergies; an empty list clears them} */
  Optional<List<String>> foodAllergies();

  /** {@return the short biography} */
  Optional<String> bio();

  /** {@return the LinkedIn profile} */
  Optional<String> linkedIn();

  /** {@return the Twitter handle} */
  Optional<String> twitter();

  /** {@return the GitHub handle} */
  Optional<String> github();

  /** {@return the single-line home address} */
  Optional<String> address();

  /** {@return the home city} */
  Optional<String> city();

  /** {@return the home state or region} */
  Optional<String> state();

  /** {@return the home postcode} */
  Optional<String> postcode();

  /** {@return the ISO 3166 alpha-2 home country code} */
  Optional<String> countryCode();

  /** {@return the contractual start date} */
  Optional<LocalDate> employmentStartDate();

  /** {@return the first working day} */
  Optional<LocalDate> firstWorkingDay();

  /** {@return the contractual end date} */
  Optional<LocalDate> employmentEndDate();

  /** {@return the last working day} */
  Optional<LocalDate> lastWorkingDay();

  /** {@return the end of probation} */
  Optional<LocalDate> probationEndDate();

  /** {@return the turnover impact} */
  Optional<String> turnoverImpact();

  /** {@return the leaving reason} */
  Optional<String> leavingReason();

  /** {@return the leaving note} */
  Optional<String> leavingNote();

  /** {@return the weekdays worked} */
  Optional<List<WorkingDay>> workingDays();

  /** {@return the public holiday calendar region code} */
  Optional<String> publicHolidayCalendarId();

  /** {@return the contract type as free text} */
  Optional<String> contractType();

  /** {@return the employee number} */
  Optional<String> employeeId();

  /** {@return the tax id} */
  Optional<String> taxId();

  /** {@return the tax code} */
  Optional<String> taxCode();

  /** {@return the payroll provider} */
  Optional<String> payrollProvider();

  /** {@return the team memberships} */
  Optional<List<Team>> teams();

  /** {@return the app role} */
  Optional<String> role();

  /** {@return the IANA time zone} */
  Optional<String> timezone();

  /**
   * {@return additional fields to send as they are, for API fields this SDK does not model yet}
   * Values are serialised by Moshi (strings, numbers, booleans, lists, maps). A key that collides
   * with a modelled property is ignored. Empty by default; excluded from {@code equals}, {@code
   * hashCode} and {@code toString}.
   */
  @Value.Auxiliary
  Map<String, Object> extraProperties();

  /**
   * {@return the JSON names of properties sent as an explicit {@code null}, so an update (PATCH)
   * can clear them} Each name is one of this type's properties and is not also set; the set itself
   * is never sent as a field. Empty by default; part of {@code equals}, {@code hashCode} and {@code
   * toString}.
   */
  Set<String> clearedFields();

  /**
   * Builds {@link PersonParams} values; obtain one from {@link PersonParams#builder()}.
   *
   * <p>A builder is not thread-safe. Setters reject {@code null} except the single-value setters of
   * optional properties, where {@code null} means empty.
   */
  final class Builder extends ImmutablePersonParams.Builder {
    Builder() {}

    /**
     * Adds properties to send as an explicit {@code null}; the same as {@code
     * addClearedFields(jsonNames)}.
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
