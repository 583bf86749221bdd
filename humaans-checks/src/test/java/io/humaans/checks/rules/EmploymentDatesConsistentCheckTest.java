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
import io.humaans.checks.model.Person;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EmploymentDatesConsistentCheckTest {
  private final EmploymentDatesConsistentCheck check = new EmploymentDatesConsistentCheck();

  /** p1 with these dates and status. */
  private static UnaryOperator<Company> p1(UnaryOperator<Person.Builder> edit) {
    return c -> c.person("p1", edit);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        when("employed without an end date", p1(p -> p), PASS, ReasonCodes.OK),
        when(
            "a leaver with consistent dates",
            p1(p -> p.status("offboarded").employmentEndDate(day(-10)).lastWorkingDay(day(-12))),
            PASS,
            ReasonCodes.OK),
        when(
            "the last working day equals the end date",
            p1(p -> p.employmentEndDate(day(5)).lastWorkingDay(day(5))),
            PASS,
            ReasonCodes.OK),
        when(
            "dates far in the past and the future",
            p1(
                p ->
                    p.employmentStartDate(LocalDate.of(1, 1, 1))
                        .employmentEndDate(LocalDate.of(9999, 12, 31))),
            PASS,
            ReasonCodes.OK),
        when(
            "end before start",
            p1(p -> p.employmentStartDate(day(10)).employmentEndDate(day(5))),
            FAIL,
            ReasonCodes.END_BEFORE_START),
        when(
            "end before start is listed before last day after end",
            p1(
                p ->
                    p.employmentStartDate(day(10))
                        .employmentEndDate(day(5))
                        .lastWorkingDay(day(6))),
            FAIL,
            ReasonCodes.END_BEFORE_START),
        when(
            "offboarded without an end date",
            p1(p -> p.status("offboarded")),
            FAIL,
            ReasonCodes.OFFBOARDED_WITHOUT_END_DATE),
        when(
            "OFFBOARDED padded, any case",
            p1(p -> p.status(" OFFBOARDED ")),
            FAIL,
            ReasonCodes.OFFBOARDED_WITHOUT_END_DATE),
        when(
            "offboarded without end is listed before a stray last day",
            p1(p -> p.status("offboarded").lastWorkingDay(day(-3))),
            FAIL,
            ReasonCodes.OFFBOARDED_WITHOUT_END_DATE),
        when(
            "a stray last working day",
            p1(p -> p.lastWorkingDay(day(-3))),
            FAIL,
            ReasonCodes.LAST_DAY_WITHOUT_END_DATE),
        when(
            "the last working day after the end date",
            p1(p -> p.employmentEndDate(day(5)).lastWorkingDay(day(6))),
            FAIL,
            ReasonCodes.LAST_DAY_AFTER_END_DATE),
        when(
            "a leaver who ended exactly 365 days ago is still judged",
            p1(p -> p.employmentEndDate(day(-365)).lastWorkingDay(day(-364))),
            FAIL,
            ReasonCodes.LAST_DAY_AFTER_END_DATE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judgesAPerson(String name, UnaryOperator<Company> setup, Status status, String reason) {
    CheckResult r = setup.apply(company()).judge(check, "p1");
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.reasonCode()).isEqualTo(reason);
  }

  @Test
  void leaversWhoEndedMoreThan365DaysAgoAreNotSubjects() {
    assertThat(
            company()
                .person("p1", p -> p.employmentEndDate(day(-366)).lastWorkingDay(day(-300)))
                .subjects(check))
        .containsExactly("boss");
  }

  @Test
  void evidenceNamesTheClashingDates() {
    CheckResult r =
        p1(p -> p.employmentStartDate(day(10)).employmentEndDate(day(5)))
            .apply(company())
            .judge(check, "p1");
    assertThat(r.evidence())
        .containsEntry("employmentStartDate", day(10).toString())
        .containsEntry("employmentEndDate", day(5).toString());
  }
}
