package io.humaans.checks;

import io.humaans.checks.model.JobRole;
import io.humaans.checks.model.Person;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A person record with the facts the checks derive from it as of the evaluation date, computed
 * once per {@link CheckContext}.
 *
 * <p>Definitions follow the spec: <em>left</em> = status {@code offboarded} (trimmed, any case)
 * or an employmentEndDate before asOf; <em>pre-hire</em> = not left and status {@code newHire}
 * or a start date after asOf; <em>employed</em> = neither. Instances are immutable and
 * thread-safe.
 */
public final class PersonFacts {
  private final Person person;
  private final String subjectId;
  private final int sameIdRecords;
  private final @Nullable String normalizedEmail;
  private final boolean left;
  private final boolean preHire;
  private final @Nullable JobRole currentRole;
  private final int roleRows;
  private final int futureRoleRows;
  private final @Nullable JobRole upcomingRole;
  private final @Nullable LocalDate lastDay;
  // Set once by CheckContext after sorting, before the context is published.
  private int index = -1;
  private @Nullable String managerId;
  private @Nullable PersonFacts manager;
  private int notLeftWithEmail;
  private int slot;

  PersonFacts(
      Person person,
      String subjectId,
      int sameIdRecords,
      @Nullable String normalizedEmail,
      boolean left,
      boolean preHire,
      @Nullable JobRole currentRole,
      int roleRows,
      int futureRoleRows,
      @Nullable JobRole upcomingRole,
      @Nullable LocalDate lastDay) {
    this.person = person;
    this.subjectId = subjectId;
    this.sameIdRecords = sameIdRecords;
    this.normalizedEmail = normalizedEmail;
    this.left = left;
    this.preHire = preHire;
    this.currentRole = currentRole;
    this.roleRows = roleRows;
    this.futureRoleRows = futureRoleRows;
    this.upcomingRole = upcomingRole;
    this.lastDay = lastDay;
  }

  /** The person record as given. */
  public Person person() {
    return person;
  }

  /**
   * The id results use: the person id, or {@code <id>#<n>} (n = 2, 3, ..., skipping values that
   * are already ids) for the second and
   * later records sharing an id, ordered by their content.
   */
  public String subjectId() {
    return subjectId;
  }

  /** How many person records carry this record's id (1 when the id is unique). */
  public int sameIdRecords() {
    return sameIdRecords;
  }

  /** The work email stripped and lower-cased; empty when missing or blank. */
  public Optional<String> normalizedEmail() {
    return Optional.ofNullable(normalizedEmail);
  }

  /** {@link #normalizedEmail()} without the {@code Optional}: null when missing or blank. */
  public @Nullable String normalizedEmailOrNull() {
    return normalizedEmail;
  }

  /** This record's position in {@link CheckContext#people()}, for array-based joins. */
  public int index() {
    return index;
  }

  void index(int index) {
    this.index = index;
  }

  void manager(@Nullable String managerId, @Nullable PersonFacts manager) {
    this.managerId = managerId;
    this.manager = manager;
  }

  void slot(int slot) {
    this.slot = slot;
  }

  /** The person id's slot in the context's id table. */
  int slot() {
    return slot;
  }

  void notLeftWithEmail(int count) {
    this.notLeftWithEmail = count;
  }

  /**
   * The current role's reportingTo, stripped; null when there is no current role or it names no
   * one.
   */
  public @Nullable String managerIdOrNull() {
    return managerId;
  }

  /**
   * The person {@link #managerIdOrNull()} names (the first record by subject id when the id
   * repeats); null when there is none or the id is unknown.
   */
  public @Nullable PersonFacts managerOrNull() {
    return manager;
  }

  /**
   * How many people who have not left carry this record's normalized email, this one included
   * when it has not left; 0 without an email.
   */
  public int notLeftWithEmail() {
    return notLeftWithEmail;
  }

  /** Whether the person has left. */
  public boolean left() {
    return left;
  }

  /** Whether the person is a pre-hire. */
  public boolean preHire() {
    return preHire;
  }

  /** Whether the person is employed: neither left nor pre-hire. */
  public boolean employed() {
    return !left && !preHire;
  }

  /** The job role current on asOf, if any (latest effectiveDate, then createdAt, then id). */
  public Optional<JobRole> currentRole() {
    return Optional.ofNullable(currentRole);
  }

  /** {@link #currentRole()} without the {@code Optional}: null when there is none. */
  public @Nullable JobRole currentRoleOrNull() {
    return currentRole;
  }

  /** The number of job-role rows for this person's id. */
  public int roleRows() {
    return roleRows;
  }

  /** The number of those rows whose effectiveDate is after asOf. */
  public int futureRoleRows() {
    return futureRoleRows;
  }

  /**
   * The first role starting after asOf (earliest effectiveDate, then as for the current role):
   * the org role a pre-hire is about to take up. Null when there is none.
   */
  public @Nullable JobRole upcomingRoleOrNull() {
    return upcomingRole;
  }

  /**
   * The org role the person is judged by for access: the current role, or for a pre-hire without
   * one, the {@linkplain #upcomingRoleOrNull() upcoming role}. Null when there is neither.
   */
  public @Nullable JobRole orgRoleOrNull() {
    return currentRole == null && preHire ? upcomingRole : currentRole;
  }

  /**
   * A leaver's last day: lastWorkingDay when set and not after employmentEndDate, else
   * employmentEndDate; empty when neither is set or the person has not left.
   */
  public Optional<LocalDate> lastDay() {
    return Optional.ofNullable(lastDay);
  }

  /** {@link #lastDay()} without the {@code Optional}: null when unknown or not left. */
  public @Nullable LocalDate lastDayOrNull() {
    return lastDay;
  }
}
