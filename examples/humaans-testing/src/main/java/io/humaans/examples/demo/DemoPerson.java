package io.humaans.examples.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One person of the demo company, holding the fields the demo server serializes into the Person
 * JSON shape. Instances are immutable and thread-safe.
 *
 * @param id the 24-character person id
 * @param firstName the first name
 * @param lastName the last name
 * @param preferredName the preferred name, or null
 * @param email the work email exactly as stored (may carry odd casing or padding), or null when
 *     missing
 * @param personalEmail the personal email, or null
 * @param status the lifecycle status: {@code active}, {@code newHire} or {@code offboarded}
 * @param employmentStartDate the joining date, or null when missing
 * @param employmentEndDate the employment end date, or null
 * @param lastWorkingDay the last working day, or null
 * @param leavingReason the leaving reason of a leaver, or null
 * @param locationId an office id or the sentinel {@code "remote"}
 * @param countryCode the ISO-3166 alpha-2 country of work
 * @param city the city of work
 * @param timezone the IANA time zone
 * @param gender free-text gender, or null
 * @param birthday the birthday, or null
 * @param contractType the contract type, e.g. {@code Full time}
 * @param employeeId the employee number, e.g. {@code NW-0042}
 * @param teams the names of the person's teams (unmodifiable)
 * @param createdAt when the record was created
 * @param updatedAt when the record was last updated
 */
public record DemoPerson(
    String id,
    String firstName,
    String lastName,
    @Nullable String preferredName,
    @Nullable String email,
    @Nullable String personalEmail,
    String status,
    @Nullable LocalDate employmentStartDate,
    @Nullable LocalDate employmentEndDate,
    @Nullable LocalDate lastWorkingDay,
    @Nullable String leavingReason,
    String locationId,
    String countryCode,
    String city,
    String timezone,
    @Nullable String gender,
    @Nullable LocalDate birthday,
    String contractType,
    String employeeId,
    List<String> teams,
    Instant createdAt,
    Instant updatedAt) {

  /** Status of a person who works at the company. */
  public static final String ACTIVE = "active";

  /** Status of a pre-hire (signed, not started yet). */
  public static final String NEW_HIRE = "newHire";

  /** Status of a person who has left. */
  public static final String OFFBOARDED = "offboarded";

  /**
   * Creates a person, copying {@code teams}.
   *
   * @param id the person id
   * @param firstName the first name
   * @param lastName the last name
   * @param preferredName the preferred name, or null
   * @param email the work email, or null (may be oddly formatted on purpose)
   * @param personalEmail the personal email, or null
   * @param status the status, for example {@code active}
   * @param employmentStartDate the first day of employment
   * @param employmentEndDate the last day of employment, or null
   * @param lastWorkingDay the last working day, or null
   * @param leavingReason why the person left, or null
   * @param locationId the location id, or null
   * @param countryCode the ISO country code of work, or null
   * @param city the city, or null
   * @param timezone the IANA time zone, or null
   * @param gender the gender, or null
   * @param birthday the birthday, or null
   * @param contractType the contract type, or null
   * @param employeeId the employee id, or null
   * @param teams the team names (copied)
   * @param createdAt when the record was created
   * @param updatedAt when the record was last updated
   * @throws NullPointerException if a non-nullable component is null
   */
  public DemoPerson {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(firstName, "firstName == null");
    Objects.requireNonNull(lastName, "lastName == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(locationId, "locationId == null");
    Objects.requireNonNull(countryCode, "countryCode == null");
    Objects.requireNonNull(city, "city == null");
    Objects.requireNonNull(timezone, "timezone == null");
    Objects.requireNonNull(contractType, "contractType == null");
    Objects.requireNonNull(employeeId, "employeeId == null");
    teams = List.copyOf(teams);
    Objects.requireNonNull(createdAt, "createdAt == null");
    Objects.requireNonNull(updatedAt, "updatedAt == null");
  }

  /** {@return the work email as stored, or empty when the person has none} */
  public Optional<String> emailOptional() {
    return Optional.ofNullable(email);
  }

  /** {@return "first last", for messages and tables} */
  public String displayName() {
    return firstName + " " + lastName;
  }
}
