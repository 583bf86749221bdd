package io.humaans.checks.rules;

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

class ReportingLineAcyclicCheckTest {
  private final ReportingLineAcyclicCheck check = new ReportingLineAcyclicCheck();

  static Stream<Arguments> cases() {
    List<io.humaans.checks.model.Person> abc = List.of(person("p1").build(), person("a").build(), person("b").build());
    return Stream.of(
        Arguments.of("chain ends at the boss", input(List.of(person("p1").build()), List.of(role("r1", "p1").build())).build(), Status.PASS, ReasonCodes.OK),
        Arguments.of("no current role", input(List.of(person("p1").build()), List.of()).build(), Status.PASS, ReasonCodes.OK),
        Arguments.of("unknown manager ends the chain", input(List.of(person("p1").build()), List.of(role("r1", "p1").reportingTo("ghost").build())).build(), Status.PASS, ReasonCodes.OK),
        Arguments.of("self loop", input(List.of(person("p1").build()), List.of(role("r1", "p1").reportingTo("p1").build())).build(), Status.FAIL, ReasonCodes.MANAGER_CYCLE),
        Arguments.of("two-person cycle", input(abc, List.of(role("r1", "p1").reportingTo("a").build(), role("ra", "a").reportingTo("p1").build())).build(), Status.FAIL, ReasonCodes.MANAGER_CYCLE),
        Arguments.of("runs into a cycle it is not on", input(abc, List.of(role("r1", "p1").reportingTo("a").build(), role("ra", "a").reportingTo("b").build(), role("rb", "b").reportingTo("a").build())).build(), Status.PASS, ReasonCodes.OK),
        Arguments.of("cycle through a leaver", input(List.of(person("p1").build(), person("x").status("offboarded").build()), List.of(role("r1", "p1").reportingTo("x").build(), role("rx", "x").reportingTo("p1").build())).build(), Status.FAIL, ReasonCodes.MANAGER_CYCLE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judgesEmployedPerson(String name, CheckInput input, Status status, String reason) {
    CheckResult r = Fx.result(check, input, "p1");
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.reasonCode()).isEqualTo(reason);
  }

  @Test
  void everyMemberOfTheCycleFailsWithItsLength() {
    CheckInput in = input(List.of(person("a").build(), person("b").build(), person("c").build(), person("d").build()),
        List.of(role("ra", "a").reportingTo("b").build(), role("rb", "b").reportingTo("c").build(),
            role("rc", "c").reportingTo("a").build(), role("rd", "d").reportingTo("a").build())).build();
    List<CheckResult> results = Fx.run(check, in, b -> b);
    assertThat(results).extracting(CheckResult::subjectId).containsExactly("a", "b", "boss", "c", "d");
    assertThat(results).extracting(CheckResult::reasonCode)
        .containsExactly("MANAGER_CYCLE", "MANAGER_CYCLE", "OK", "MANAGER_CYCLE", "OK");
    assertThat(results.get(0).evidence()).containsEntry("cycleLength", "3").containsEntry("cycle", "a -> b -> c -> a");
  }
}
