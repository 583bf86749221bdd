package io.humaans.checks.rules;

import static io.humaans.checks.Status.FAIL;
import static io.humaans.checks.Status.PASS;
import static io.humaans.checks.rules.Company.company;
import static io.humaans.checks.rules.Company.day;
import static io.humaans.checks.rules.Company.when;
import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.checks.CheckResult;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.Status;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StaffRoleAssignedCheckTest {
  private final StaffRoleAssignedCheck check = new StaffRoleAssignedCheck();

  static Stream<Arguments> cases() {
    return Stream.of(
        when("a titled current role", c -> c.employee("p1"), PASS, ReasonCodes.OK),
        when(
            "a role ending today is still current",
            c -> c.person("p1", p -> p).role("p1", r -> r.endDate(day(0))),
            PASS,
            ReasonCodes.OK),
        when(
            "a role starting today is current",
            c -> c.person("p1", p -> p).role("p1", r -> r.effectiveDate(day(0))),
            PASS,
            ReasonCodes.OK),
        when("no job role at all", c -> c.person("p1", p -> p), FAIL, ReasonCodes.NO_JOB_ROLE),
        when(
            "only a role that ended yesterday",
            c -> c.person("p1", p -> p).role("p1", r -> r.endDate(day(-1))),
            FAIL,
            ReasonCodes.NO_JOB_ROLE),
        when(
            "a role without an effective date is never current",
            c ->
                c.person("p1", p -> p).role("p1", r -> r.effectiveDate((java.time.LocalDate) null)),
            FAIL,
            ReasonCodes.NO_JOB_ROLE),
        when(
            "only a role starting tomorrow",
            c -> c.person("p1", p -> p).role("p1", r -> r.effectiveDate(day(1))),
            FAIL,
            ReasonCodes.ONLY_FUTURE_ROLE),
        when(
            "an ended row and a future row is no current role",
            c ->
                c.person("p1", p -> p)
                    .role("p1", r -> r.endDate(day(-10)))
                    .role("p1", r -> r.effectiveDate(day(5))),
            FAIL,
            ReasonCodes.NO_JOB_ROLE),
        when(
            "a blank title",
            c -> c.person("p1", p -> p).role("p1", r -> r.jobTitle("  ")),
            FAIL,
            ReasonCodes.BLANK_JOB_TITLE),
        when(
            "a missing title",
            c -> c.person("p1", p -> p).role("p1", r -> r.jobTitle((String) null)),
            FAIL,
            ReasonCodes.BLANK_JOB_TITLE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judgesAnEmployedPerson(
      String name, UnaryOperator<Company> setup, Status status, String reason) {
    CheckResult r = setup.apply(company()).judge(check, "p1");
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.reasonCode()).isEqualTo(reason);
  }

  @Test
  void theLatestCurrentRowIsTheCurrentRole() {
    CheckResult r =
        company()
            .person("p1", p -> p)
            .role("p1", x -> x.jobTitle("Junior").effectiveDate(day(-300)))
            .role("p1", x -> x.jobTitle("Senior").effectiveDate(day(-10)))
            .role("p1", x -> x.jobTitle("Lead").effectiveDate(day(5)))
            .judge(check, "p1");
    assertThat(r.evidence()).containsEntry("jobTitle", "Senior");
  }

  @Test
  void leaversAndPreHiresAreNotSubjects() {
    assertThat(
            company()
                .person("gone", p -> p.status("offboarded"))
                .person("soon", p -> p.employmentStartDate(day(7)))
                .person("new", p -> p.status("newHire"))
                .person("ended", p -> p.employmentEndDate(day(-1)))
                .person("endsToday", p -> p.employmentEndDate(day(0)))
                .subjects(check))
        .containsExactly("boss", "endsToday");
  }

  @Test
  void evidenceCountsTheRows() {
    CheckResult r =
        company()
            .person("p1", p -> p)
            .role("p1", x -> x.effectiveDate(day(3)))
            .role("p1", x -> x.effectiveDate(day(9)))
            .judge(check, "p1");
    assertThat(r.evidence()).containsEntry("roleRows", "2").containsEntry("futureRoleRows", "2");
  }
}
