package io.humaans.checks;

import io.humaans.checks.model.Account;
import io.humaans.checks.model.JobRole;
import io.humaans.checks.model.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The checks spec's definitions ("Derived facts, as of asOf"), as small functions over one person's
 * records. The engine computes {@link PersonFacts}, {@link AccountFacts} and {@link SeatFacts} with
 * these functions and nothing else; rules and tests may call them too.
 *
 * <p>Every function is pure: no clock, no state, no I/O; a missing or blank value is data, never an
 * error. Values are compared stripped and, for statuses, states and emails, lower-cased.
 */
public final class Definitions {
  private Definitions() {}

  // ---- Job roles ----------------------------------------------------------------------------

  /**
   * {@return whether a job-role row is current on {@code asOf}: it has started ({@code
   * effectiveDate <= asOf}) and not ended ({@code endDate} absent or {@code >= asOf})} A row
   * without an effective date is never current.
   *
   * @param role the job-role row
   * @param asOf the evaluation date
   */
  public static boolean isCurrent(JobRole role, LocalDate asOf) {
    return isCurrent(role.effectiveDate().orElse(null), role.endDate().orElse(null), asOf);
  }

  /**
   * {@return {@link #isCurrent(JobRole, LocalDate)} on a row's effectiveDate and endDate}
   *
   * @param effectiveDate the row's effective date, or null
   * @param endDate the row's end date, or null
   * @param asOf the evaluation date
   */
  public static boolean isCurrent(
      @Nullable LocalDate effectiveDate, @Nullable LocalDate endDate, LocalDate asOf) {
    return effectiveDate != null
        && !effectiveDate.isAfter(asOf)
        && (endDate == null || !endDate.isBefore(asOf));
  }

  /**
   * {@return whether a job-role row starts after {@code asOf} (such rows never count as current)}
   *
   * @param role the job-role row
   * @param asOf the evaluation date
   */
  public static boolean startsAfter(JobRole role, LocalDate asOf) {
    return startsAfter(role.effectiveDate().orElse(null), asOf);
  }

  /**
   * {@return {@link #startsAfter(JobRole, LocalDate)} on a row's effectiveDate}
   *
   * @param effectiveDate the row's effective date, or null
   * @param asOf the evaluation date
   */
  public static boolean startsAfter(@Nullable LocalDate effectiveDate, LocalDate asOf) {
    return effectiveDate != null && effectiveDate.isAfter(asOf);
  }

  /**
   * Orders current-role candidates: the later effectiveDate wins, then the later createdAt (a
   * missing one is earliest), then the greater id, then the full content (so that the choice never
   * depends on input order).
   */
  public static final Comparator<JobRole> CURRENT_ROLE_ORDER =
      Comparator.comparing((JobRole r) -> r.effectiveDate().orElse(LocalDate.MIN))
          .thenComparing(
              r -> r.createdAt().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(JobRole::id)
          .thenComparing(Object::toString);

  /**
   * {@return the current role of two current rows (see {@link #CURRENT_ROLE_ORDER})}
   *
   * @param chosen the row chosen so far, or null
   * @param candidate another current row
   */
  public static JobRole laterCurrent(@Nullable JobRole chosen, JobRole candidate) {
    return chosen == null || CURRENT_ROLE_ORDER.compare(candidate, chosen) > 0 ? candidate : chosen;
  }

  /**
   * {@return of two rows starting after asOf, the upcoming role: the earliest effectiveDate, ties
   * as for the current role}
   *
   * @param chosen the row chosen so far, or null
   * @param candidate another row starting after asOf
   */
  public static JobRole earlierUpcoming(@Nullable JobRole chosen, JobRole candidate) {
    if (chosen == null) {
      return candidate;
    }
    int cmp =
        candidate.effectiveDate().orElseThrow().compareTo(chosen.effectiveDate().orElseThrow());
    return cmp < 0 || (cmp == 0 && CURRENT_ROLE_ORDER.compare(candidate, chosen) > 0)
        ? candidate
        : chosen;
  }

  /**
   * {@return the current job role among one person's rows: current on asOf (see {@link #isCurrent})
   * with the latest effectiveDate, ties broken by {@link #CURRENT_ROLE_ORDER}; empty when none is}
   *
   * @param rows the person's job-role rows
   * @param asOf the evaluation date
   */
  public static Optional<JobRole> currentRole(Collection<JobRole> rows, LocalDate asOf) {
    JobRole chosen = null;
    for (JobRole role : rows) {
      if (isCurrent(role, asOf)) {
        chosen = laterCurrent(chosen, role);
      }
    }
    return Optional.ofNullable(chosen);
  }

  /**
   * {@return the first role starting after asOf among one person's rows; empty when none does}
   *
   * @param rows the person's job-role rows
   * @param asOf the evaluation date
   */
  public static Optional<JobRole> upcomingRole(Collection<JobRole> rows, LocalDate asOf) {
    JobRole chosen = null;
    for (JobRole role : rows) {
      if (startsAfter(role, asOf)) {
        chosen = earlierUpcoming(chosen, role);
      }
    }
    return Optional.ofNullable(chosen);
  }

  /**
   * {@return the manager id a current role names: reportingTo stripped; empty when absent or blank}
   * The manager is the person with that id (the first record by subject id when the id repeats).
   *
   * @param currentRole the person's current role
   */
  public static Optional<String> managerId(JobRole currentRole) {
    return Optional.ofNullable(Normalization.stripped(currentRole.reportingTo().orElse(null)));
  }

  // ---- People -------------------------------------------------------------------------------

  /**
   * {@return whether the person has left: status {@code offboarded} (stripped, any case) or an
   * employmentEndDate before asOf} A lastWorkingDay alone never makes a leaver.
   *
   * @param person the person
   * @param asOf the evaluation date
   */
  public static boolean hasLeft(Person person, LocalDate asOf) {
    if (Person.STATUS_OFFBOARDED.equals(Normalization.key(person.status().orElse(null)))) {
      return true;
    }
    LocalDate end = person.employmentEndDate().orElse(null);
    return end != null && end.isBefore(asOf);
  }

  /**
   * {@return whether the person is a pre-hire: not left, and status {@code newHire} (stripped, any
   * case) or an employmentStartDate after asOf}
   *
   * @param person the person
   * @param asOf the evaluation date
   */
  public static boolean isPreHire(Person person, LocalDate asOf) {
    return !hasLeft(person, asOf) && hasNotStarted(person, asOf);
  }

  /**
   * {@return whether the person has not started yet: status {@code newHire} (stripped, any case) or
   * an employmentStartDate after asOf} A person who has not started and has not left is a pre-hire.
   *
   * @param person the person
   * @param asOf the evaluation date
   */
  public static boolean hasNotStarted(Person person, LocalDate asOf) {
    if ("newhire".equals(Normalization.key(person.status().orElse(null)))) {
      return true;
    }
    LocalDate start = person.employmentStartDate().orElse(null);
    return start != null && start.isAfter(asOf);
  }

  /**
   * {@return whether the person is employed (in-scope staff): neither left nor pre-hire}
   *
   * @param person the person
   * @param asOf the evaluation date
   */
  public static boolean isEmployed(Person person, LocalDate asOf) {
    return !hasLeft(person, asOf) && !isPreHire(person, asOf);
  }

  /**
   * {@return a leaver's last day: lastWorkingDay when set and not after employmentEndDate, else
   * employmentEndDate; empty when neither is set} Meaningful for leavers only.
   *
   * @param person the person
   */
  public static Optional<LocalDate> lastDay(Person person) {
    LocalDate end = person.employmentEndDate().orElse(null);
    LocalDate lastWorking = person.lastWorkingDay().orElse(null);
    if (lastWorking != null && (end == null || !lastWorking.isAfter(end))) {
      return Optional.of(lastWorking);
    }
    return Optional.ofNullable(end);
  }

  /**
   * {@return the org role a person is judged by for access: the current role, or for a pre-hire
   * without one, the upcoming role (the role they are about to take up)}
   *
   * @param current the person's current role, if any
   * @param upcoming the person's upcoming role, if any
   * @param preHire whether the person is a pre-hire
   */
  public static Optional<JobRole> orgRole(
      Optional<JobRole> current, Optional<JobRole> upcoming, boolean preHire) {
    return current.isEmpty() && preHire ? upcoming : current;
  }

  // ---- Identity -----------------------------------------------------------------------------

  /**
   * {@return the identity key of an email: stripped and lower-cased; empty when missing or blank}
   * Two records match when their keys are equal.
   *
   * @param email the email as given, if any
   */
  public static Optional<String> normalizedEmail(Optional<String> email) {
    return Optional.ofNullable(Normalization.key(email.orElse(null)));
  }

  /**
   * {@return a product's key: its name stripped and lower-cased} Equal keys are one product.
   *
   * @param product the product name as given
   */
  public static String productKey(String product) {
    return Objects.requireNonNullElse(Normalization.key(product), "");
  }

  /**
   * Subject ids for the second and later records sharing {@code id}: {@code id#2}, {@code id#3},
   * ..., skipping every candidate {@code taken} rejects (a real id, or one already given).
   *
   * @param id the shared id
   * @param count how many records share the id (the first keeps it)
   * @param taken returns true for a candidate that may not be used; it sees each candidate once and
   *     should remember the ones it accepts
   * @return {@code count - 1} ids, for the records after the first in their fixed order
   */
  public static String[] duplicateSubjectIds(String id, int count, Predicate<String> taken) {
    String[] out = new String[Math.max(0, count - 1)];
    int suffix = 2;
    for (int m = 0; m < out.length; m++) {
      String candidate = id + '#' + suffix++;
      while (taken.test(candidate)) {
        candidate = id + '#' + suffix++;
      }
      out[m] = candidate;
    }
    return out;
  }

  // ---- Accounts -----------------------------------------------------------------------------

  /**
   * The system name of Humaans' own access: one account per role membership, its access level the
   * role's name. Several role memberships of one person are one Humaans login.
   */
  public static final String HUMAANS_SYSTEM = "humaans";

  /**
   * {@return whether the accounts of a system (stripped, lower-cased, as {@link
   * AccountFacts#system()}) are grants of one login rather than separate logins} True for {@link
   * #HUMAANS_SYSTEM}, whose accounts are role memberships.
   *
   * @param system the system name, stripped and lower-cased
   */
  public static boolean isOneLoginPerPerson(String system) {
    return HUMAANS_SYSTEM.equals(system);
  }

  /**
   * {@return whether the account's state is {@code suspended} (stripped, any case)}
   *
   * @param account the account
   */
  public static boolean isSuspended(Account account) {
    return Normalization.isKey(account.state().orElse(null), Account.STATE_SUSPENDED);
  }

  /**
   * {@return whether the account's state is {@code deleted} (stripped, any case)}
   *
   * @param account the account
   */
  public static boolean isDeleted(Account account) {
    return Normalization.isKey(account.state().orElse(null), Account.STATE_DELETED);
  }

  /**
   * {@return whether the account's state is {@code active} (stripped, compared ignoring case)}
   *
   * @param account the account
   */
  public static boolean isActive(Account account) {
    String state = account.state().orElse(null);
    return state != null && state.strip().equalsIgnoreCase(Account.STATE_ACTIVE);
  }

  /**
   * {@return the UTC day of an instant, as an epoch day; defined for every instant}
   *
   * @param instant the instant
   */
  public static long epochDay(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond(), 86_400L); // the seconds of a UTC day
  }

  /**
   * {@return whole days from the UTC date of {@code instant} to {@code asOf}, negative when {@code
   * instant} is after {@code asOf}} "More than N days" is {@code daysSince(...) > N}, so exactly N
   * days is not more than N.
   *
   * @param instant the instant
   * @param asOf the evaluation date
   */
  public static long daysSince(Instant instant, LocalDate asOf) {
    return asOf.toEpochDay() - epochDay(instant);
  }
}
