package io.humaans.checks.rules;

import static io.humaans.checks.rules.Fx.account;
import static io.humaans.checks.rules.Fx.at;
import static io.humaans.checks.rules.Fx.day;
import static io.humaans.checks.rules.Fx.input;
import static io.humaans.checks.rules.Fx.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.checks.CheckInput;
import io.humaans.checks.CheckResult;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.Status;
import io.humaans.checks.model.Account;
import io.humaans.checks.model.Person;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OffboardedAccessRemovedCheckTest {
  private final OffboardedAccessRemovedCheck check = new OffboardedAccessRemovedCheck();

  private static Person leaver(int lastDayOffset) {
    return person("p1").status("offboarded").employmentEndDate(day(lastDayOffset)).build();
  }

  private static CheckInput with(Person p, Account a) {
    return input(List.of(p), List.of()).addAccounts(a).build();
  }

  private static Account live() {
    return account("a1", "p1@example.com").build();
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("holder employed", with(person("p1").build(), live()), Status.PASS, ReasonCodes.NOT_LEFT),
        Arguments.of("last day exactly on asOf, live", with(leaver(0), live()), Status.PASS, ReasonCodes.WITHIN_GRACE),
        Arguments.of("last day yesterday, live", with(leaver(-1), live()), Status.FAIL, ReasonCodes.ACCESS_AFTER_LEAVING),
        Arguments.of("unknown state counts as live", with(leaver(-1), account("a1", "p1@example.com").state("pending").build()), Status.FAIL, ReasonCodes.ACCESS_AFTER_LEAVING),
        Arguments.of("offboarded without any last day is past the deadline", with(person("p1").status("offboarded").build(), live()), Status.FAIL, ReasonCodes.ACCESS_AFTER_LEAVING),
        Arguments.of("last working day before end date is the last day", with(person("p1").status("offboarded").employmentEndDate(day(5)).lastWorkingDay(day(-1)).build(), live()), Status.FAIL, ReasonCodes.ACCESS_AFTER_LEAVING),
        Arguments.of("last working day after end date is ignored", with(person("p1").employmentEndDate(day(-1)).lastWorkingDay(day(3)).build(), live()), Status.FAIL, ReasonCodes.ACCESS_AFTER_LEAVING),
        Arguments.of("suspended on the last day", with(leaver(-5), account("a1", "p1@example.com").state("suspended").deactivatedAt(at(-5)).build()), Status.PASS, ReasonCodes.ACCESS_REMOVED),
        Arguments.of("deleted the day after", with(leaver(-5), account("a1", "p1@example.com").state("deleted").deactivatedAt(at(-4)).build()), Status.FAIL, ReasonCodes.REVOKED_LATE),
        Arguments.of("suspended at an unknown time", with(leaver(-5), account("a1", "p1@example.com").state("SUSPENDED").build()), Status.PASS, ReasonCodes.ACCESS_REMOVED),
        Arguments.of("account by mixed-case email", with(leaver(-1), account("a1", " P1@EXAMPLE.com").build()), Status.FAIL, ReasonCodes.ACCESS_AFTER_LEAVING));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judgesAccount(String name, CheckInput input, Status status, String reason) {
    CheckResult r = Fx.result(check, input, "a1");
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.reasonCode()).isEqualTo(reason);
  }

  @Test
  void graceDaysMoveTheDeadline() {
    CheckInput in = with(leaver(-2), live());
    assertThat(Fx.result(check, in, "a1", b -> b.graceDays(2)).reasonCode()).isEqualTo(ReasonCodes.WITHIN_GRACE);
    CheckResult late = Fx.result(check, in, "a1", b -> b.graceDays(1));
    assertThat(late.reasonCode()).isEqualTo(ReasonCodes.ACCESS_AFTER_LEAVING);
    assertThat(late.evidence()).containsEntry("daysSinceLastDay", "2").containsEntry("graceDays", "1");
    CheckInput revoked = with(leaver(-5), account("a1", "p1@example.com").state("suspended").deactivatedAt(at(-3)).build());
    assertThat(Fx.result(check, revoked, "a1", b -> b.graceDays(2)).reasonCode()).isEqualTo(ReasonCodes.ACCESS_REMOVED);
    assertThat(Fx.result(check, revoked, "a1", b -> b.graceDays(1)).reasonCode()).isEqualTo(ReasonCodes.REVOKED_LATE);
  }

  @Test
  void unmatchedAccountsAreNotSubjects() {
    assertThat(Fx.subjects(check, with(person("p1").build(), account("a1", "x@y.z").build()))).isEmpty();
  }
}
