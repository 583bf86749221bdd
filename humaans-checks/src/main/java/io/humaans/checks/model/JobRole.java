package io.humaans.checks.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a person's job-role history: title, department and manager from a date on.
 *
 * <p>{@code id} and {@code personId} are required; everything else may be missing. A row is current
 * on a date when it has started ({@code effectiveDate <= date}) and not ended ({@code endDate}
 * absent or {@code >= date}); a row without an effective date is never current. Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class JobRole {
  JobRole() {}

  /** {@return a new builder; {@code id} and {@code personId} are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the row's id} */
  public abstract String id();

  /**
   * {@return the id of the person the row belongs to; it may name no known person (data to judge)}
   */
  public abstract String personId();

  /** {@return the job title, if any; blank titles are reported by {@code staff-role-assigned}} */
  public abstract Optional<String> jobTitle();

  /** {@return the department, if any} */
  public abstract Optional<String> department();

  /** {@return the id of the manager this role reports to, if any} */
  public abstract Optional<String> reportingTo();

  /** {@return the first day the row applies, if known} */
  public abstract Optional<LocalDate> effectiveDate();

  /** {@return the last day the row applies, if it has ended} */
  public abstract Optional<LocalDate> endDate();

  /** {@return when the row was created, used to break ties between rows starting the same day} */
  public abstract Optional<Instant> createdAt();

  /** Builds {@link JobRole} values; not thread-safe. */
  public static final class Builder extends ImmutableJobRole.Builder {
    Builder() {}
  }
}
