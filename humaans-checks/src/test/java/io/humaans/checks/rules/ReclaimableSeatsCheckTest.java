package io.humaans.checks.rules;

import static io.humaans.checks.Status.FAIL;
import static io.humaans.checks.Status.INCOMPLETE;
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
import io.humaans.checks.model.Seat;
import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReclaimableSeatsCheckTest {
  private final ReclaimableSeatsCheck check = new ReclaimableSeatsCheck();

  /** Employed p1 holds seat s1 (assigned 100 days ago, used yesterday unless edited). */
  private static UnaryOperator<Company> seat(UnaryOperator<Seat.Builder> s1) {
    return c -> c.employee("p1").seat("s1", "p1@example.com", s1);
  }

  /** Employed p1 holds seat s1, never used, assigned at {@code assigned}. */
  private static UnaryOperator<Company> neverUsed(Instant assigned) {
    return seat(s -> s.lastActivityAt((Instant) null).assignedAt(assigned));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        when("used yesterday", seat(s -> s), PASS, ReasonCodes.OK),
        when(
            "last used exactly 30 days ago",
            seat(s -> s.lastActivityAt(at(-30))),
            PASS,
            ReasonCodes.OK),
        when(
            "last used 31 days ago",
            seat(s -> s.lastActivityAt(at(-31))),
            FAIL,
            ReasonCodes.INACTIVE),
        when(
            "activity in the future",
            seat(s -> s.lastActivityAt(Instant.parse("9999-01-01T00:00:00Z"))),
            PASS,
            ReasonCodes.OK),
        when("never used, assigned exactly 30 days ago", neverUsed(at(-30)), PASS, ReasonCodes.OK),
        when("never used, assigned 31 days ago", neverUsed(at(-31)), FAIL, ReasonCodes.NEVER_USED),
        when(
            "never used, assigned at the start of time",
            neverUsed(Instant.MIN),
            FAIL,
            ReasonCodes.NEVER_USED),
        when(
            "never used, assignment unknown",
            neverUsed(null),
            INCOMPLETE,
            ReasonCodes.ASSIGNED_DATE_UNKNOWN),
        when(
            "the holder left",
            c -> c.person("p1", p -> p.status("offboarded")).seat("s1", "p1@example.com", s -> s),
            FAIL,
            ReasonCodes.HOLDER_LEFT),
        when(
            "the holder is unknown",
            c -> c.seat("s1", "ghost@example.com", s -> s),
            FAIL,
            ReasonCodes.HOLDER_UNKNOWN),
        when(
            "the holder's email is missing",
            c -> c.seat("s1", null, s -> s),
            FAIL,
            ReasonCodes.HOLDER_UNKNOWN),
        when(
            "the holder is unknown on a partial directory",
            c -> c.seat("s1", "ghost@example.com", s -> s).readWithoutPrivateScope(),
            INCOMPLETE,
            ReasonCodes.PARTIAL_DIRECTORY),
        when(
            "a pre-hire's unused seat is listed, not reclaimed",
            c ->
                c.person("p1", p -> p.employmentStartDate(day(7)))
                    .seat(
                        "s1",
                        "p1@example.com",
                        s -> s.lastActivityAt((Instant) null).assignedAt(at(-60))),
            PASS,
            ReasonCodes.PRE_HIRE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judgesASeat(String name, UnaryOperator<Company> setup, Status status, String reason) {
    CheckResult r = setup.apply(company()).judge(check, "s1");
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.reasonCode()).isEqualTo(reason);
    assertThat(r.evidence()).containsEntry("product", "Figma");
  }

  @Test
  void inactivityDaysAreConfigurable() {
    UnaryOperator<Company> idle8 = seat(s -> s.lastActivityAt(at(-8)));
    assertThat(
            idle8
                .apply(company())
                .configure(b -> b.inactivityDays(7))
                .judge(check, "s1")
                .reasonCode())
        .isEqualTo(ReasonCodes.INACTIVE);
    assertThat(
            idle8
                .apply(company())
                .configure(b -> b.inactivityDays(8))
                .judge(check, "s1")
                .reasonCode())
        .isEqualTo(ReasonCodes.OK);
  }

  @Test
  void reclaimableSeatsAreTotalledPerProduct() {
    assertThat(
            company()
                .person("p1", p -> p.status("offboarded"))
                .seat("s1", "p1@example.com", s -> s)
                .seat("s2", "ghost@example.com", s -> s.product("Zoom"))
                .seat("s3", "p1@example.com", s -> s.product("Zoom"))
                .report(check)
                .reclaimableSeatsByProduct())
        .containsExactly(java.util.Map.entry("Figma", 1), java.util.Map.entry("Zoom", 2));
  }

  @Test
  void spellingsOfOneProductAreTotalledTogether() {
    // "Slack" and "slack " are one product (Definitions.productKey), named by the first spelling
    // in string order among all the seats, as activity-trend names it: here a seat in use.
    assertThat(
            company()
                .employee("p1")
                .person("gone", p -> p.status("offboarded"))
                .seat("s1", "ghost@example.com", s -> s.product("Slack"))
                .seat("s2", "gone@example.com", s -> s.product("slack "))
                .seat("s3", "p1@example.com", s -> s.product("SLACK"))
                .report(check)
                .reclaimableSeatsByProduct())
        .containsExactly(java.util.Map.entry("SLACK", 2));
  }

  @Test
  void noSeatsIsNotApplicableNeverPass() {
    CheckOutcome none = company().employee("p1").outcome(check);
    assertThat(none.status()).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(none.total()).isZero();
    assertThat(company().employee("p1").readWithoutPrivateScope().outcome(check).status())
        .as("a partial directory is INCOMPLETE, as the spec says")
        .isEqualTo(Status.INCOMPLETE);
  }
}
