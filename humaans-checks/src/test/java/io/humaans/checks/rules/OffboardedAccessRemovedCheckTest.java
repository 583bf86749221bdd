package io.humaans.checks.rules;

import static io.humaans.checks.Status.FAIL;
import static io.humaans.checks.Status.PASS;
import static io.humaans.checks.rules.Company.at;
import static io.humaans.checks.rules.Company.company;
import static io.humaans.checks.rules.Company.day;
import static io.humaans.checks.rules.Company.when;
import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.checks.CheckOutcome;
import io.humaans.checks.CheckResult;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.Status;
import io.humaans.checks.model.Account;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OffboardedAccessRemovedCheckTest {
  private final OffboardedAccessRemovedCheck check = new OffboardedAccessRemovedCheck();

  /** p1 left with the last day {@code offset} days from asOf and holds account a1. */
  private static UnaryOperator<Company> leaver(int offset, UnaryOperator<Account.Builder> a1) {
    return c ->
        c.person("p1", p -> p.status("offboarded").employmentEndDate(day(offset)))
            .account("a1", "p1@example.com", a1);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        when(
            "the holder has not left",
            c -> c.employee("p1").account("a1", "p1@example.com"),
            PASS,
            ReasonCodes.NOT_LEFT),
        when("live, last day today", leaver(0, a -> a), PASS, ReasonCodes.WITHIN_GRACE),
        when(
            "live, last day yesterday", leaver(-1, a -> a), FAIL, ReasonCodes.ACCESS_AFTER_LEAVING),
        when(
            "an unknown state counts as live",
            leaver(-1, a -> a.state("pending")),
            FAIL,
            ReasonCodes.ACCESS_AFTER_LEAVING),
        when(
            "matched by a mixed-case email",
            leaver(-1, a -> a.email(" P1@EXAMPLE.com")),
            FAIL,
            ReasonCodes.ACCESS_AFTER_LEAVING),
        when(
            "offboarded without any last day is past the deadline",
            c -> c.person("p1", p -> p.status("offboarded")).account("a1", "p1@example.com"),
            FAIL,
            ReasonCodes.ACCESS_AFTER_LEAVING),
        when(
            "a last working day before the end date is the last day",
            c ->
                c.person(
                        "p1",
                        p ->
                            p.status("offboarded")
                                .employmentEndDate(day(5))
                                .lastWorkingDay(day(-1)))
                    .account("a1", "p1@example.com"),
            FAIL,
            ReasonCodes.ACCESS_AFTER_LEAVING),
        when(
            "a last working day after the end date is ignored",
            c ->
                c.person("p1", p -> p.employmentEndDate(day(-1)).lastWorkingDay(day(3)))
                    .account("a1", "p1@example.com"),
            FAIL,
            ReasonCodes.ACCESS_AFTER_LEAVING),
        when(
            "suspended on the last day",
            leaver(-5, a -> a.state("suspended").deactivatedAt(at(-5))),
            PASS,
            ReasonCodes.ACCESS_REMOVED),
        when(
            "suspended at an unknown time",
            leaver(-5, a -> a.state("SUSPENDED")),
            PASS,
            ReasonCodes.ACCESS_REMOVED),
        when(
            "deleted the day after",
            leaver(-5, a -> a.state("deleted").deactivatedAt(at(-4))),
            FAIL,
            ReasonCodes.REVOKED_LATE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judgesAMatchedAccount(
      String name, UnaryOperator<Company> setup, Status status, String reason) {
    CheckResult r = setup.apply(company()).judge(check, "a1");
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.reasonCode()).isEqualTo(reason);
  }

  @Test
  void graceDaysMoveTheDeadlineForLiveAccess() {
    assertThat(
            leaver(-2, a -> a)
                .apply(company())
                .configure(b -> b.graceDays(2))
                .judge(check, "a1")
                .reasonCode())
        .isEqualTo(ReasonCodes.WITHIN_GRACE);
    CheckResult late =
        leaver(-2, a -> a).apply(company()).configure(b -> b.graceDays(1)).judge(check, "a1");
    assertThat(late.reasonCode()).isEqualTo(ReasonCodes.ACCESS_AFTER_LEAVING);
    assertThat(late.evidence())
        .containsEntry("daysSinceLastDay", "2")
        .containsEntry("graceDays", "1");
  }

  @Test
  void graceDaysMoveTheDeadlineForRevocation() {
    UnaryOperator<Company> revoked = leaver(-5, a -> a.state("suspended").deactivatedAt(at(-3)));
    assertThat(
            revoked.apply(company()).configure(b -> b.graceDays(2)).judge(check, "a1").reasonCode())
        .isEqualTo(ReasonCodes.ACCESS_REMOVED);
    assertThat(
            revoked.apply(company()).configure(b -> b.graceDays(1)).judge(check, "a1").reasonCode())
        .isEqualTo(ReasonCodes.REVOKED_LATE);
  }

  @Test
  void aRevocationIsLateFromUtcMidnightAfterTheDeadline() {
    // The last day is 5 days ago; what counts is the UTC date of deactivatedAt.
    Instant lastSecond = day(-5).atTime(23, 59, 59).toInstant(ZoneOffset.UTC);
    Instant nextMidnight = day(-4).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant sameInstantInBerlin = Instant.parse(day(-4) + "T01:00:00+02:00");
    assertThat(revokedAt(lastSecond).reasonCode()).isEqualTo(ReasonCodes.ACCESS_REMOVED);
    assertThat(revokedAt(sameInstantInBerlin).reasonCode())
        .as("01:00 in Berlin is still the last day in UTC")
        .isEqualTo(ReasonCodes.ACCESS_REMOVED);
    CheckResult late = revokedAt(nextMidnight);
    assertThat(late.reasonCode()).isEqualTo(ReasonCodes.REVOKED_LATE);
    assertThat(late.evidence())
        .containsEntry("lastDay", day(-5).toString())
        .containsEntry("deactivatedAt", day(-4) + "T00:00:00Z");
  }

  private CheckResult revokedAt(Instant deactivated) {
    return leaver(-5, a -> a.state("deleted").deactivatedAt(deactivated))
        .apply(company())
        .judge(check, "a1");
  }

  @Test
  void unmatchedAccountsAreNotSubjects() {
    assertThat(company().employee("p1").account("a1", "x@y.z").subjects(check)).isEmpty();
  }

  @Test
  void anUnreadableSystemMakesTheOutcomeIncompleteNeverPassOrNotApplicable() {
    assertThat(company().employee("p1").account("a1", "p1@example.com").outcome(check).status())
        .isEqualTo(Status.PASS);
    CheckOutcome unread =
        company()
            .employee("p1")
            .account("a1", "p1@example.com")
            .unreadable("humaans", "the token cannot read /role-members (403)")
            .outcome(check);
    assertThat(unread.status()).isEqualTo(Status.INCOMPLETE);
    assertThat(unread.counts()).containsEntry(Status.PASS, 1);
    assertThat(company().unreadable("humaans", "403").outcome(check).status())
        .as("no account read is not nothing to judge")
        .isEqualTo(Status.INCOMPLETE);
  }

  @Test
  void noAccountsAtAllIsNotApplicable() {
    CheckOutcome none = company().employee("p1").outcome(check);
    assertThat(none.status()).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(none.total()).isZero();
  }
}
