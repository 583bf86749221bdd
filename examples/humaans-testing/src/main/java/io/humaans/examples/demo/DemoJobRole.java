package io.humaans.examples.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One effective-dated job-role row of the demo company ({@code /job-roles}). Instances are
 * immutable and thread-safe.
 *
 * @param id the 24-character job-role id
 * @param personId the id of the person holding the role
 * @param jobTitle the job title as stored (may be blank in a deliberate fault)
 * @param department the department, or null
 * @param reportingTo the person id of the manager, or null for top management
 * @param effectiveDate the first day the role applies
 * @param endDate the last day the role applies, or null when open-ended
 * @param note a free-text note, or null
 * @param createdAt when the row was created
 * @param updatedAt when the row was last updated
 */
public record DemoJobRole(
    String id,
    String personId,
    String jobTitle,
    @Nullable String department,
    @Nullable String reportingTo,
    LocalDate effectiveDate,
    @Nullable LocalDate endDate,
    @Nullable String note,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * Creates a job role.
   *
   * @param id the row id
   * @param personId the id of the person holding the role
   * @param jobTitle the job title
   * @param department the department, or null
   * @param reportingTo the manager's person id, or null
   * @param effectiveDate the first day the role applies
   * @param endDate the last day the role applies, or null while it does
   * @param note a note, or null
   * @param createdAt when the row was created
   * @param updatedAt when the row was last updated
   * @throws NullPointerException if a non-nullable component is null
   */
  public DemoJobRole {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(personId, "personId == null");
    Objects.requireNonNull(jobTitle, "jobTitle == null");
    Objects.requireNonNull(effectiveDate, "effectiveDate == null");
    Objects.requireNonNull(createdAt, "createdAt == null");
    Objects.requireNonNull(updatedAt, "updatedAt == null");
  }

  /**
   * Returns true when this row is in effect on {@code date} (effective on or before, not ended).
   *
   * @param date the day to test
   * @return whether the row is in effect on that day
   */
  public boolean inEffectOn(LocalDate date) {
    return !effectiveDate.isAfter(date) && (endDate == null || !endDate.isBefore(date));
  }
}
