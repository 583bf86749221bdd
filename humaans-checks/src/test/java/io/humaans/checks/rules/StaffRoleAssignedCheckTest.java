package io.humaans.checks.rules;

import static io.humaans.checks.rules.Fx.day;
import static io.humaans.checks.rules.Fx.input;
import static io.humaans.checks.rules.Fx.person;
import static io.humaans.checks.rules.Fx.role;
import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.checks.CheckInput;
import io.humaans.checks.CheckResult;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.Status;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StaffRoleAssignedCheckTest {
  private final StaffRoleAssignedCheck check = new StaffRoleAssignedCheck();

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("current role with title", input(List.of(person("p1").build()),
            List.of(role("r1", "p1").build())).build(), Status.PASS, ReasonCodes.OK),
        Arguments.of("role starting exactly on asOf is current", input(List.of(person("p1").build()),
            List.of(role("r1", "p1").effectiveDate(day(0)).build())).build(), Status.PASS, ReasonCodes.OK),
        Arguments.of("role ending exactly on asOf is current", input(List.of(person("p1").build()),
            List.of(role("r1", "p1").endDate(day(0)).build())).build(), Status.PASS, ReasonCodes.OK),
        Arguments.of("role ended yesterday", input(List.of(person("p1").build()),
            List.of(role("r1", "p1").endDate(day(-1)).build())).build(), Status.FAIL, ReasonCodes.NO_JOB_ROLE),
        Arguments.of("no rows at all", input(List.of(person("p1").build()), List.of()).build(),
            Status.FAIL, ReasonCodes.NO_JOB_ROLE),
        Arguments.of("only row starts tomorrow", input(List.of(person("p1").build()),
            List.of(role("r1", "p1").effectiveDate(day(1)).build())).build(), Status.FAIL, ReasonCodes.ONLY_FUTURE_ROLE),
        Arguments.of("past row ended and future row", input(List.of(person("p1").build()),
            List.of(role("r1", "p1").endDate(day(-10)).build(), role("r2", "p1").effectiveDate(day(5)).build())).build(),
            Status.FAIL, ReasonCodes.NO_JOB_ROLE),
        Arguments.of("row with end before start never current", input(List.of(person("p1").build()),
            List.of(role("r1", "p1").effectiveDate(day(-1)).endDate(day(-30)).build())).build(),
            Status.FAIL, ReasonCodes.NO_JOB_ROLE),
        Arguments.of("row without effective date never current", input(List.of(person("p1").build()),
            List.of(role("r1", "p1").effectiveDate((java.time.LocalDate) null).build())).build(),
            Status.FAIL, ReasonCodes.NO_JOB_ROLE),
        Arguments.of("blank title", input(List.of(person("p1").build()),
            List.of(role("r1", "p1").jobTitle("  ").build())).build(), Status.FAIL, ReasonCodes.BLANK_JOB_TITLE),
        Arguments.of("missing title", input(List.of(person("p1").build()),
            List.of(role("r1", "p1").jobTitle((String) null).build())).build(), Status.FAIL, ReasonCodes.BLANK_JOB_TITLE),
        Arguments.of("latest current row wins over an older titled one", input(List.of(person("p1").build()),
            List.of(role("r1", "p1").build(), role("r2", "p1").effectiveDate(day(-3)).jobTitle("").build())).build(),
            Status.FAIL, ReasonCodes.BLANK_JOB_TITLE),
        Arguments.of("same effective date: later createdAt wins", input(List.of(person("p1").build()),
            List.of(role("r1", "p1").createdAt(Fx.at(-5)).build(),
                role("r2", "p1").jobTitle("").createdAt(Fx.at(-4)).build())).build(),
            Status.FAIL, ReasonCodes.BLANK_JOB_TITLE),
        Arguments.of("same date and createdAt: larger id wins", input(List.of(person("p1").build()),
            List.of(role("r2", "p1").build(), role("r1", "p1").jobTitle("").build())).build(),
            Status.PASS, ReasonCodes.OK));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judgesEmployedPerson(String name, CheckInput input, Status status, String reason) {
    CheckResult r = Fx.result(check, input, "p1");
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.reasonCode()).isEqualTo(reason);
    assertThat(r.checkId()).isEqualTo(StaffRoleAssignedCheck.ID);
  }

  @Test
  void leaversAndPreHiresAreNotSubjects() {
    CheckInput in = input(List.of(
        person("left").status("offboarded").build(),
        person("ended").employmentEndDate(day(-1)).build(),
        person("new").status("newHire").build(),
        person("future").employmentStartDate(day(1)).build(),
        person("endsToday").employmentEndDate(day(0)).build()), List.of()).build();
    assertThat(Fx.subjects(check, in)).containsExactly("boss", "endsToday");
  }
}
