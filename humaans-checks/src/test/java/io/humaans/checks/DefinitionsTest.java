package io.humaans.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.checks.model.Account;
import io.humaans.checks.model.JobRole;
import io.humaans.checks.model.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The spec's "Derived facts, as of asOf", one definition at a time, at their boundaries. */
class DefinitionsTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

  private static LocalDate day(int offset) {
    return AS_OF.plusDays(offset);
  }

  private static Person person(UnaryOperator<Person.Builder> edit) {
    Person.Builder b = Person.builder();
    b.id("p1");
    return edit.apply(b).build();
  }

  private static JobRole role(String id, UnaryOperator<JobRole.Builder> edit) {
    JobRole.Builder b = JobRole.builder();
    b.id(id).personId("p1").effectiveDate(day(-100));
    return edit.apply(b).build();
  }

  // ---- Current job role ----

  @Test
  void aRowIsCurrentFromItsEffectiveDateToItsEndDateInclusive() {
    assertThat(Definitions.isCurrent(role("r", r -> r.effectiveDate(day(0))), AS_OF)).isTrue();
    assertThat(Definitions.isCurrent(role("r", r -> r.effectiveDate(day(1))), AS_OF)).isFalse();
    assertThat(Definitions.isCurrent(role("r", r -> r.endDate(day(0))), AS_OF)).isTrue();
    assertThat(Definitions.isCurrent(role("r", r -> r.endDate(day(-1))), AS_OF)).isFalse();
    assertThat(Definitions.isCurrent(role("r", r -> r), AS_OF)).isTrue();
  }

  @Test
  void aRowWithoutAnEffectiveDateIsNeverCurrentNorFuture() {
    JobRole undated = role("r", r -> r.effectiveDate((LocalDate) null));
    assertThat(Definitions.isCurrent(undated, AS_OF)).isFalse();
    assertThat(Definitions.startsAfter(undated, AS_OF)).isFalse();
  }

  @Test
  void aRowThatEndsBeforeItStartsIsNeverCurrent() {
    assertThat(
            Definitions.isCurrent(
                role("r", r -> r.effectiveDate(day(-1)).endDate(day(-30))), AS_OF))
        .isFalse();
  }

  @Test
  void theCurrentRoleIsTheLatestCurrentRow() {
    JobRole older = role("r1", r -> r.effectiveDate(day(-300)));
    JobRole newer = role("r2", r -> r.effectiveDate(day(-10)));
    JobRole future = role("r3", r -> r.effectiveDate(day(5)));
    JobRole ended = role("r4", r -> r.effectiveDate(day(-5)).endDate(day(-1)));
    assertThat(Definitions.currentRole(List.of(older, newer, future, ended), AS_OF))
        .contains(newer);
    assertThat(Definitions.currentRole(List.of(future, ended), AS_OF)).isEmpty();
  }

  @Test
  void tiesGoToTheLaterCreatedAtThenTheGreaterId() {
    JobRole early = role("r9", r -> r.createdAt(Instant.parse("2026-01-01T00:00:00Z")));
    JobRole late = role("r1", r -> r.createdAt(Instant.parse("2026-01-02T00:00:00Z")));
    JobRole undated = role("r5", r -> r);
    assertThat(Definitions.currentRole(List.of(late, early, undated), AS_OF)).contains(late);
    JobRole a = role("a", r -> r);
    JobRole b = role("b", r -> r);
    assertThat(Definitions.currentRole(List.of(b, a), AS_OF)).contains(b);
    assertThat(Definitions.currentRole(List.of(a, b), AS_OF)).contains(b);
  }

  @Test
  void theUpcomingRoleIsTheEarliestFutureRow() {
    JobRole soon = role("r1", r -> r.effectiveDate(day(1)));
    JobRole later = role("r2", r -> r.effectiveDate(day(30)));
    assertThat(Definitions.upcomingRole(List.of(later, soon), AS_OF)).contains(soon);
    assertThat(Definitions.upcomingRole(List.of(role("r", r -> r)), AS_OF)).isEmpty();
  }

  @Test
  void theManagerIdIsTheStrippedReportingTo() {
    assertThat(Definitions.managerId(role("r", r -> r.reportingTo(" m1 ")))).contains("m1");
    assertThat(Definitions.managerId(role("r", r -> r.reportingTo("  ")))).isEmpty();
    assertThat(Definitions.managerId(role("r", r -> r))).isEmpty();
  }

  // ---- Left, pre-hire, employed ----

  @Test
  void leftIsOffboardedOrAnEndDateBeforeAsOf() {
    assertThat(Definitions.hasLeft(person(p -> p.status("offboarded")), AS_OF)).isTrue();
    assertThat(Definitions.hasLeft(person(p -> p.status(" Offboarded ")), AS_OF)).isTrue();
    assertThat(Definitions.hasLeft(person(p -> p.employmentEndDate(day(-1))), AS_OF)).isTrue();
    assertThat(Definitions.hasLeft(person(p -> p.employmentEndDate(day(0))), AS_OF)).isFalse();
    assertThat(Definitions.hasLeft(person(p -> p.lastWorkingDay(day(-30))), AS_OF)).isFalse();
  }

  @Test
  void aPreHireHasNotLeftAndIsNewOrStartsAfterAsOf() {
    assertThat(Definitions.isPreHire(person(p -> p.status("newHire")), AS_OF)).isTrue();
    assertThat(Definitions.isPreHire(person(p -> p.status("NEWHIRE")), AS_OF)).isTrue();
    assertThat(Definitions.isPreHire(person(p -> p.employmentStartDate(day(1))), AS_OF)).isTrue();
    assertThat(Definitions.isPreHire(person(p -> p.employmentStartDate(day(0))), AS_OF)).isFalse();
    assertThat(
            Definitions.isPreHire(
                person(p -> p.status("offboarded").employmentStartDate(day(1))), AS_OF))
        .isFalse();
    assertThat(
            Definitions.hasNotStarted(
                person(p -> p.status("offboarded").employmentStartDate(day(1))), AS_OF))
        .isTrue();
  }

  @Test
  void employedIsNeitherLeftNorPreHire() {
    assertThat(Definitions.isEmployed(person(p -> p.status("active")), AS_OF)).isTrue();
    assertThat(Definitions.isEmployed(person(p -> p.status("on leave")), AS_OF)).isTrue();
    assertThat(Definitions.isEmployed(person(p -> p), AS_OF)).isTrue();
    assertThat(Definitions.isEmployed(person(p -> p.status("newHire")), AS_OF)).isFalse();
    assertThat(Definitions.isEmployed(person(p -> p.employmentEndDate(day(-1))), AS_OF)).isFalse();
  }

  // ---- Last day ----

  @Test
  void theLastDayIsTheLastWorkingDayUnlessItIsAfterTheEndDate() {
    assertThat(
            Definitions.lastDay(person(p -> p.employmentEndDate(day(-1)).lastWorkingDay(day(-5)))))
        .contains(day(-5));
    assertThat(
            Definitions.lastDay(person(p -> p.employmentEndDate(day(-1)).lastWorkingDay(day(-1)))))
        .contains(day(-1));
    assertThat(
            Definitions.lastDay(person(p -> p.employmentEndDate(day(-1)).lastWorkingDay(day(3)))))
        .contains(day(-1));
    assertThat(Definitions.lastDay(person(p -> p.lastWorkingDay(day(-2))))).contains(day(-2));
    assertThat(Definitions.lastDay(person(p -> p.status("offboarded")))).isEmpty();
  }

  @Test
  void theOrgRoleOfAPreHireWithoutACurrentRoleIsTheUpcomingRole() {
    Optional<JobRole> current = Optional.of(role("c", r -> r));
    Optional<JobRole> upcoming = Optional.of(role("u", r -> r.effectiveDate(day(3))));
    assertThat(Definitions.orgRole(Optional.empty(), upcoming, true)).isEqualTo(upcoming);
    assertThat(Definitions.orgRole(Optional.empty(), upcoming, false)).isEmpty();
    assertThat(Definitions.orgRole(current, upcoming, true)).isEqualTo(current);
  }

  // ---- Identity ----

  @Test
  void emailsMatchStrippedAndLowerCased() {
    assertThat(Definitions.normalizedEmail(Optional.of("  Ada@Example.COM ")))
        .contains("ada@example.com");
    assertThat(Definitions.normalizedEmail(Optional.of("   "))).isEmpty();
    assertThat(Definitions.normalizedEmail(Optional.empty())).isEmpty();
  }

  @Test
  void productsMatchStrippedAndLowerCased() {
    assertThat(Definitions.productKey(" Figma ")).isEqualTo("figma");
    assertThat(Definitions.productKey("FIGMA")).isEqualTo(Definitions.productKey("figma"));
    assertThat(Definitions.productKey("Figma Pro")).isNotEqualTo(Definitions.productKey("Figma"));
    assertThat(Definitions.productKey("  ")).isEmpty();
  }

  @Test
  void duplicateIdsAreSuffixedSkippingTakenValues() {
    Set<String> taken = new HashSet<>(List.of("p1#3"));
    assertThat(Definitions.duplicateSubjectIds("p1", 4, c -> !taken.add(c)))
        .containsExactly("p1#2", "p1#4", "p1#5");
    assertThat(Definitions.duplicateSubjectIds("p1", 1, c -> false)).isEmpty();
  }

  // ---- Accounts and days ----

  @Test
  void accountStatesAreComparedStrippedInAnyCase() {
    assertThat(Definitions.isSuspended(account(" Suspended "))).isTrue();
    assertThat(Definitions.isDeleted(account("DELETED"))).isTrue();
    assertThat(Definitions.isActive(account(" active"))).isTrue();
    assertThat(Definitions.isActive(account("invited"))).isFalse();
    assertThat(Definitions.isActive(account(null))).isFalse();
    // Only the whole stripped value counts, and lower-casing the same way as every other key.
    assertThat(Definitions.isSuspended(account("suspended-later"))).isFalse();
    assertThat(Definitions.isSuspended(account("suspende"))).isFalse();
    assertThat(Definitions.isSuspended(account("\tSUSPENDED\n"))).isTrue();
    assertThat(Definitions.isSuspended(account(null))).isFalse();
    assertThat(Definitions.isDeleted(account("   "))).isFalse();
    assertThat(Definitions.isDeleted(account("\u212Aeleted"))).isFalse(); // Kelvin sign, not D
    assertThat(Definitions.isDeleted(account("DELETED ".repeat(2)))).isFalse();
  }

  @Test
  void daysAreWholeUtcDays() {
    assertThat(Definitions.daysSince(Instant.parse("2026-11-23T23:59:59Z"), AS_OF)).isZero();
    assertThat(Definitions.daysSince(Instant.parse("2026-11-22T23:59:59Z"), AS_OF)).isEqualTo(1);
    assertThat(Definitions.daysSince(Instant.parse("2026-10-24T00:00:00Z"), AS_OF)).isEqualTo(30);
    assertThat(Definitions.epochDay(Instant.MIN)).isLessThan(LocalDate.MIN.toEpochDay());
    assertThat(Definitions.epochDay(Instant.parse("1969-12-31T23:00:00Z"))).isEqualTo(-1);
  }

  private static Account account(String state) {
    Account.Builder b = Account.builder();
    return b.system("github").id("a1").state(state).build();
  }
}
