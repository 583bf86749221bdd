package io.humaans.checks.rules;

import static io.humaans.checks.Status.FAIL;
import static io.humaans.checks.Status.INCOMPLETE;
import static io.humaans.checks.Status.PASS;
import static io.humaans.checks.rules.Company.company;
import static io.humaans.checks.rules.Company.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.humaans.checks.CheckOutcome;
import io.humaans.checks.CheckResult;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.Status;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportingLineAcyclicCheckTest {
  private final ReportingLineAcyclicCheck check = new ReportingLineAcyclicCheck();

  /** Adds {@code id} reporting to {@code managerId}. */
  private static Company reports(Company c, String id, String managerId) {
    return c.person(id, p -> p).role(id, r -> r.reportingTo(managerId));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        when("the chain ends at the boss", c -> c.employee("p1"), PASS, ReasonCodes.OK),
        when("no current role", c -> c.person("p1", p -> p), PASS, ReasonCodes.OK),
        when(
            "an unknown manager ends the chain",
            c -> reports(c, "p1", "ghost"),
            PASS,
            ReasonCodes.OK),
        when(
            "a self-manager is a cycle of one",
            c -> reports(c, "p1", "p1"),
            FAIL,
            ReasonCodes.MANAGER_CYCLE),
        when(
            "a two-person cycle",
            c -> reports(reports(c, "p1", "a"), "a", "p1"),
            FAIL,
            ReasonCodes.MANAGER_CYCLE),
        when(
            "runs into a cycle it is not on",
            c -> reports(reports(reports(c, "p1", "a"), "a", "b"), "b", "a"),
            PASS,
            ReasonCodes.OK),
        when(
            "a cycle through a leaver",
            c ->
                reports(c, "p1", "x")
                    .person("x", p -> p.status("offboarded"))
                    .role("x", r -> r.reportingTo("p1")),
            FAIL,
            ReasonCodes.MANAGER_CYCLE),
        when(
            "the chain ends at the boss on a partial directory",
            c -> c.employee("p1").readWithoutPrivateScope(),
            PASS,
            ReasonCodes.OK),
        when(
            "a visible cycle on a partial directory",
            c -> reports(reports(c, "p1", "a"), "a", "p1").readWithoutPrivateScope(),
            FAIL,
            ReasonCodes.MANAGER_CYCLE),
        when(
            "runs into a visible cycle on a partial directory",
            c ->
                reports(reports(reports(c, "p1", "a"), "a", "b"), "b", "a")
                    .readWithoutPrivateScope(),
            PASS,
            ReasonCodes.OK),
        when(
            "the chain ends at a manager hidden by a partial directory",
            c -> reports(c, "p1", "x").readWithoutPrivateScope(),
            INCOMPLETE,
            ReasonCodes.PARTIAL_DIRECTORY));
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
  void aCycleThroughAHiddenLeaverIsNeverPassedOnAPartialDirectory() {
    // Complete: p1 -> a -> x -> p1 is a cycle. Without private:read the leaver x is hidden.
    Company complete =
        reports(reports(company(), "p1", "a"), "a", "x")
            .person("x", p -> p.status("offboarded"))
            .role("x", r -> r.reportingTo("p1"));
    assertThat(complete.judge(check, "p1").reasonCode()).isEqualTo(ReasonCodes.MANAGER_CYCLE);
    Company partial = reports(reports(company(), "p1", "a"), "a", "x").readWithoutPrivateScope();
    List<CheckResult> results = partial.results(check);
    assertThat(results)
        .extracting(CheckResult::subjectId, CheckResult::status, CheckResult::reasonCode)
        .containsExactly(
            tuple("a", INCOMPLETE, ReasonCodes.PARTIAL_DIRECTORY),
            tuple("boss", PASS, ReasonCodes.OK),
            tuple("p1", INCOMPLETE, ReasonCodes.PARTIAL_DIRECTORY));
    assertThat(results.get(2).evidence()).containsExactly(entry("hiddenManagerId", "x"));
    CheckOutcome outcome = partial.outcome(check);
    assertThat(outcome.status()).isEqualTo(INCOMPLETE);
    assertThat(outcome.missingScopes()).containsExactly("private:read");
  }

  @Test
  void everyMemberOfTheCycleFailsWithItsLength() {
    Company c = company();
    reports(reports(reports(reports(c, "a", "b"), "b", "c"), "c", "a"), "d", "a");
    List<CheckResult> results = c.results(check);
    assertThat(results)
        .extracting(CheckResult::subjectId)
        .containsExactly("a", "b", "boss", "c", "d");
    assertThat(results)
        .extracting(CheckResult::reasonCode)
        .containsExactly("MANAGER_CYCLE", "MANAGER_CYCLE", "OK", "MANAGER_CYCLE", "OK");
    assertThat(results.get(0).evidence())
        .containsEntry("cycleLength", "3")
        .containsEntry("cycle", "a -> b -> c -> a");
    assertThat(results.get(3).evidence()).containsEntry("cycle", "c -> a -> b -> c");
  }

  @Test
  void aLongCycleIsListedUpToTenPeople() {
    Company c = company();
    for (int i = 0; i < 12; i++) {
      reports(c, "m" + (char) ('a' + i), "m" + (char) ('a' + (i + 1) % 12));
    }
    CheckResult r = c.judge(check, "ma");
    assertThat(r.evidence())
        .containsEntry("cycleLength", "12")
        .containsEntry("cycle", "ma -> mb -> mc -> md -> me -> mf -> mg -> mh -> mi -> mj -> ...");
  }
}
