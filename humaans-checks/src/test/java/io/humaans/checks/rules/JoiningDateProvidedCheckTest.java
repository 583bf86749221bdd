package io.humaans.checks.rules;

import static io.humaans.checks.Status.FAIL;
import static io.humaans.checks.Status.PASS;
import static io.humaans.checks.rules.Company.START;
import static io.humaans.checks.rules.Company.company;
import static io.humaans.checks.rules.Company.day;
import static io.humaans.checks.rules.Company.when;
import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.checks.CheckResult;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.Report;
import io.humaans.checks.Status;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JoiningDateProvidedCheckTest {
  private final JoiningDateProvidedCheck check = new JoiningDateProvidedCheck();

  static Stream<Arguments> cases() {
    return Stream.of(
        when("an employed person with a start date", c -> c.employee("p1"), PASS, ReasonCodes.OK),
        when(
            "a pre-hire with a start date",
            c -> c.employee("p1", p -> p.employmentStartDate(day(7))),
            PASS,
            ReasonCodes.OK),
        when(
            "an employed person without a start date",
            c -> c.employee("p1", p -> p.employmentStartDate((LocalDate) null)),
            FAIL,
            ReasonCodes.MISSING_JOINING_DATE),
        when(
            "a newHire without a start date",
            c -> c.employee("p1", p -> p.status("newHire").employmentStartDate((LocalDate) null)),
            FAIL,
            ReasonCodes.MISSING_JOINING_DATE),
        when(
            "an unknown status counts as employed",
            c -> c.employee("p1", p -> p.status("on leave").employmentStartDate((LocalDate) null)),
            FAIL,
            ReasonCodes.MISSING_JOINING_DATE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judgesAPersonWhoHasNotLeft(
      String name, UnaryOperator<Company> setup, Status status, String reason) {
    CheckResult r = setup.apply(company()).judge(check, "p1");
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.reasonCode()).isEqualTo(reason);
  }

  @Test
  void evidenceNamesTheStartDate() {
    assertThat(company().employee("p1").judge(check, "p1").evidence())
        .containsEntry("employmentStartDate", START.toString());
  }

  @Test
  void leaversAreNotSubjects() {
    assertThat(
            company()
                .person("gone", p -> p.status("offboarded").employmentStartDate((LocalDate) null))
                .person("ended", p -> p.employmentEndDate(day(-1)))
                .subjects(check))
        .containsExactly("boss");
  }

  @Test
  void onAPartialDirectoryPassingResultsMakeTheOutcomeIncomplete() {
    Report report = company().employee("p1").readWithoutPrivateScope().report(check);
    assertThat(report.checks().get(0).status()).isEqualTo(Status.INCOMPLETE);
    assertThat(report.checks().get(0).missingScopes()).containsExactly("private:read");
    assertThat(report.results()).extracting(CheckResult::status).containsOnly(PASS);
  }

  @Test
  void onAPartialDirectoryAFailureStillFails() {
    Report report =
        company()
            .employee("p1", p -> p.employmentStartDate((LocalDate) null))
            .readWithoutPrivateScope()
            .report(check);
    assertThat(report.checks().get(0).status()).isEqualTo(FAIL);
  }
}
