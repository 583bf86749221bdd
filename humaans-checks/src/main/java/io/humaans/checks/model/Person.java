package io.humaans.checks.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person in the people directory, as any HR source describes them.
 *
 * <p>Only {@link #id()} is required. The status is kept exactly as given ({@code active}, {@code
 * newHire}, {@code offboarded} or any other string); the checks compare it trimmed and
 * case-insensitively. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Person {
  /** The status of a person who has left. */
  public static final String STATUS_OFFBOARDED = "offboarded";

  /** The status of a person who has signed but not started yet. */
  public static final String STATUS_NEW_HIRE = "newHire";

  /** The status of a person currently employed. */
  public static final String STATUS_ACTIVE = "active";

  Person() {}

  /** {@return a new builder; {@code id} is required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the person's id in the HR source; never null, possibly blank or duplicated (data to
   * judge)}
   */
  public abstract String id();

  /** {@return the first name, if known} */
  public abstract Optional<String> firstName();

  /** {@return the last name, if known} */
  public abstract Optional<String> lastName();

  /** {@return the work email as given (not normalized); may be absent or blank} */
  public abstract Optional<String> email();

  /** {@return the status as given, if any} */
  public abstract Optional<String> status();

  /** {@return the employment start (joining) date, if known} */
  public abstract Optional<LocalDate> employmentStartDate();

  /** {@return the employment end date, if known} */
  public abstract Optional<LocalDate> employmentEndDate();

  /** {@return the last working day, if known} */
  public abstract Optional<LocalDate> lastWorkingDay();

  /** {@return the names of the teams the person belongs to, in source order; empty by default} */
  public abstract List<String> teams();

  /** Builds {@link Person} values; not thread-safe. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
