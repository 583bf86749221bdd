package io.humaans.checks;

import io.humaans.checks.model.JobRole;
import io.humaans.checks.model.Person;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A person record with the facts the checks derive from it as of the evaluation date, each one
 * computed by a function of {@link Definitions}: {@linkplain Definitions#hasLeft left}, {@linkplain
 * Definitions#isPreHire pre-hire}, {@linkplain Definitions#isEmployed employed}, {@linkplain
 * Definitions#currentRole current role}, {@linkplain Definitions#lastDay last day}, {@linkplain
 * Definitions#managerId manager}.
 *
 * <p>Instances are made by {@link CheckContext#of} and are immutable and thread-safe; a fact that
 * may be missing is an {@code Optional}.
 */
public final class PersonFacts {
  private final Person person;
  private final String subjectId;
  private final int sameIdRecords;
  // Missing facts are stored as null and wrapped per read: a million stored Optionals are
  // millions of long-lived objects the young collector copies on every large run.
  private final @Nullable String normalizedEmail;
  private final int notLeftWithEmail;
  private final boolean left;
  private final boolean preHire;
  private final @Nullable JobRole currentRole;
  private final int roleRows;
  private final int futureRoleRows;
  private final @Nullable JobRole upcomingRole;
  private final @Nullable LocalDate lastDay;
  private final @Nullable String managerId;
  // The engine's view of the run's people: the manager is read from it by position, so that
  // facts can be final although a manager's facts may be built after this person's.
  private final PeopleTable table;
  private final int managerPosition;
  private final int position;

  PersonFacts(
      Person person,
      String subjectId,
      int sameIdRecords,
      @Nullable String normalizedEmail,
      int notLeftWithEmail,
      boolean left,
      boolean preHire,
      RoleTable roles,
      int idSlot,
      @Nullable String managerId,
      PeopleTable table,
      int managerPosition,
      int position) {
    this.person = person;
    this.subjectId = subjectId;
    this.sameIdRecords = sameIdRecords;
    this.normalizedEmail = normalizedEmail;
    this.notLeftWithEmail = notLeftWithEmail;
    this.left = left;
    this.preHire = preHire;
    this.currentRole = roles.current.get(idSlot);
    this.roleRows = roles.rows[idSlot];
    this.futureRoleRows = roles.future[idSlot];
    this.upcomingRole = roles.upcoming.get(idSlot);
    this.lastDay = left ? Definitions.lastDay(person).orElse(null) : null;
    this.managerId = managerId;
    this.table = table;
    this.managerPosition = managerPosition;
    this.position = position;
  }

  /** {@return the person record as given} */
  public Person person() {
    return person;
  }

  /**
   * {@return the id results use: the person id, or {@code <id>#<n>} for the second and later
   * records sharing an id (see {@link Definitions#duplicateSubjectIds}), ordered by their content}
   */
  public String subjectId() {
    return subjectId;
  }

  /** {@return how many person records carry this record's id (1 when the id is unique)} */
  public int sameIdRecords() {
    return sameIdRecords;
  }

  /**
   * {@return the {@linkplain Definitions#normalizedEmail normalized} work email; empty when blank}
   */
  public Optional<String> normalizedEmail() {
    return Optional.ofNullable(normalizedEmail);
  }

  /**
   * {@return how many people who have not left carry this record's normalized email, this one
   * included when it has not left; 0 without an email}
   */
  public int notLeftWithEmail() {
    return notLeftWithEmail;
  }

  /** {@return whether the person {@linkplain Definitions#hasLeft has left}} */
  public boolean left() {
    return left;
  }

  /** {@return whether the person {@linkplain Definitions#isPreHire is a pre-hire}} */
  public boolean preHire() {
    return preHire;
  }

  /** {@return whether the person is employed: neither left nor pre-hire} */
  public boolean employed() {
    return !left && !preHire;
  }

  /**
   * {@return the {@linkplain Definitions#currentRole job role current} on asOf; empty when none is}
   */
  public Optional<JobRole> currentRole() {
    return Optional.ofNullable(currentRole);
  }

  /** {@return the number of job-role rows for this person's id} */
  public int roleRows() {
    return roleRows;
  }

  /** {@return the number of those rows whose effectiveDate is after asOf} */
  public int futureRoleRows() {
    return futureRoleRows;
  }

  /**
   * {@return the {@linkplain Definitions#upcomingRole first role starting after asOf}; or empty}
   */
  public Optional<JobRole> upcomingRole() {
    return Optional.ofNullable(upcomingRole);
  }

  /** {@return the {@linkplain Definitions#orgRole org role} access is judged by; or empty} */
  public Optional<JobRole> orgRole() {
    return Definitions.orgRole(currentRole(), upcomingRole(), preHire);
  }

  /**
   * {@return a leaver's {@linkplain Definitions#lastDay last day}; empty when unknown or not left}
   */
  public Optional<LocalDate> lastDay() {
    return Optional.ofNullable(lastDay);
  }

  /** {@return the current role's {@linkplain Definitions#managerId manager id}; empty when none} */
  public Optional<String> managerId() {
    return Optional.ofNullable(managerId);
  }

  /**
   * {@return the person {@link #managerId()} names (the first record by subject id when the id
   * repeats); empty when there is none or no person has that id}
   */
  public Optional<PersonFacts> manager() {
    return Optional.ofNullable(managerOrNull());
  }

  @Nullable PersonFacts managerOrNull() {
    return managerPosition < 0 ? null : table.person(managerPosition);
  }

  /** This record's position in {@link CheckContext#people()}. */
  int position() {
    return position;
  }

  /** Shows the subject id and the status facts. */
  @Override
  public String toString() {
    return "PersonFacts{subjectId=" + subjectId + ", left=" + left + ", preHire=" + preHire + "}";
  }
}
