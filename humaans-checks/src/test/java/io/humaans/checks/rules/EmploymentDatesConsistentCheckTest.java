package io.humaans.checks.rules;

import static io.humaans.checks.rules.Fx.day;
import static io.humaans.checks.rules.Fx.input;
import static io.humaans.checks.rules.Fx.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.checks.CheckInput;
import io.humaans.checks.CheckResult;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.Status;
import io.humaans.checks.model.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EmploymentDatesConsistentCheckTest {
  private final EmploymentDatesConsistentCheck check = new EmploymentDatesConsistentCheck();

  private static CheckInput one(Person p) {
    return input(List.of(p), List.of()).build();
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("employed, no end", one(person("p1").build()), Status.PASS, ReasonCodes.OK),
        Arguments.of("leaver with consistent dates", one(person("p1").status("offboarded").employmentEndDate(day(-10)).lastWorkingDay(day(-12)).build()), Status.PASS, ReasonCodes.OK),
        Arguments.of("end before start", one(person("p1").employmentStartDate(day(10)).employmentEndDate(day(5)).build()), Status.FAIL, ReasonCodes.END_BEFORE_START),
        Arguments.of("end before start wins over last day after end", one(person("p1").employmentStartDate(day(10)).employmentEndDate(day(5)).lastWorkingDay(day(6)).build()), Status.FAIL, ReasonCodes.END_BEFORE_START),
        Arguments.of("offboarded without end", one(person("p1").status("offboarded").build()), Status.FAIL, ReasonCodes.OFFBOARDED_WITHOUT_END_DATE),
        Arguments.of("Offboarded any case, padded", one(person("p1").status(" OFFBOARDED ").build()), Status.FAIL, ReasonCodes.OFFBOARDED_WITHOUT_END_DATE),
        Arguments.of("offboarded without end wins over last day without end", one(person("p1").status("offboarded").lastWorkingDay(day(-3)).build()), Status.FAIL, ReasonCodes.OFFBOARDED_WITHOUT_END_DATE),
        Arguments.of("stray last working day", one(person("p1").lastWorkingDay(day(-3)).build()), Status.FAIL, ReasonCodes.LAST_DAY_WITHOUT_END_DATE),
        Arguments.of("last day after end", one(person("p1").employmentEndDate(day(5)).lastWorkingDay(day(6)).build()), Status.FAIL, ReasonCodes.LAST_DAY_AFTER_END_DATE),
        Arguments.of("last day equal to end", one(person("p1").employmentEndDate(day(5)).lastWorkingDay(day(5)).build()), Status.PASS, ReasonCodes.OK),
        Arguments.of("leaver ended exactly 365 days ago is still a subject", one(person("p1").employmentEndDate(day(-365)).lastWorkingDay(day(-364)).build()), Status.FAIL, ReasonCodes.LAST_DAY_AFTER_END_DATE),
        Arguments.of("dates far in the past and future", one(person("p1").employmentStartDate(LocalDate.of(1, 1, 1)).employmentEndDate(LocalDate.of(9999, 12, 31)).build()), Status.PASS, ReasonCodes.OK));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judgesPerson(String name, CheckInput input, Status status, String reason) {
    CheckResult r = Fx.result(check, input, "p1");
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.reasonCode()).isEqualTo(reason);
  }

  @Test
  void leaverEndedMoreThan365DaysAgoIsNotASubject() {
    CheckInput in = one(person("p1").employmentEndDate(day(-366)).lastWorkingDay(day(-300)).build());
    assertThat(Fx.subjects(check, in)).containsExactly("boss");
  }
}
