package io.humaans.checks.rules;

import static io.humaans.checks.rules.Fx.day;
import static io.humaans.checks.rules.Fx.input;
import static io.humaans.checks.rules.Fx.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.checks.CheckConfig;
import io.humaans.checks.CheckContext;
import io.humaans.checks.CheckInput;
import io.humaans.checks.CheckResult;
import io.humaans.checks.Checks;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.Report;
import io.humaans.checks.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JoiningDateProvidedCheckTest {
  private final JoiningDateProvidedCheck check = new JoiningDateProvidedCheck();

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("employed with start date", input(List.of(person("p1").build()), List.of()).build(), Status.PASS, ReasonCodes.OK),
        Arguments.of("employed without start date", input(List.of(person("p1").employmentStartDate((LocalDate) null).build()), List.of()).build(), Status.FAIL, ReasonCodes.MISSING_JOINING_DATE),
        Arguments.of("newHire without start date", input(List.of(person("p1").status("newHire").employmentStartDate((LocalDate) null).build()), List.of()).build(), Status.FAIL, ReasonCodes.MISSING_JOINING_DATE),
        Arguments.of("pre-hire starting tomorrow", input(List.of(person("p1").employmentStartDate(day(1)).build()), List.of()).build(), Status.PASS, ReasonCodes.OK),
        Arguments.of("unknown status is employed", input(List.of(person("p1").status("on leave").employmentStartDate((LocalDate) null).build()), List.of()).build(), Status.FAIL, ReasonCodes.MISSING_JOINING_DATE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judgesPerson(String name, CheckInput input, Status status, String reason) {
    CheckResult r = Fx.result(check, input, "p1");
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.reasonCode()).isEqualTo(reason);
  }

  @Test
  void leaversAreNotSubjects() {
    CheckInput in = input(List.of(person("p1").status("offboarded").employmentStartDate((LocalDate) null).build()), List.of()).build();
    assertThat(Fx.subjects(check, in)).containsExactly("boss");
  }

  @Test
  void partialDirectoryMakesPassingOutcomeIncomplete() {
    CheckInput in = CheckInput.builder().directory(Fx.partial(input(List.of(person("p1").build()), List.of()).build().directory())).build();
    Report report = Checks.run(List.of(check), CheckContext.of(in, CheckConfig.builder().asOf(Fx.AS_OF).build()));
    assertThat(report.checks().get(0).status()).isEqualTo(Status.INCOMPLETE);
    assertThat(report.checks().get(0).missingScopes()).containsExactly("private:read");
    assertThat(report.results()).extracting(CheckResult::status).containsOnly(Status.PASS);
  }

  @Test
  void partialDirectoryKeepsFailingOutcome() {
    CheckInput in = CheckInput.builder().directory(Fx.partial(input(List.of(person("p1").employmentStartDate((LocalDate) null).build()), List.of()).build().directory())).build();
    Report report = Checks.run(List.of(check), CheckContext.of(in, CheckConfig.builder().asOf(Fx.AS_OF).build()));
    assertThat(report.checks().get(0).status()).isEqualTo(Status.FAIL);
  }
}
