package io.humaans.checks.rules;

import static io.humaans.checks.rules.Fx.input;
import static io.humaans.checks.rules.Fx.person;
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

class UniqueIdentityCheckTest {
  private final UniqueIdentityCheck check = new UniqueIdentityCheck();

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("unique email", input(List.of(person("p1").build()), List.of()).build(), Status.PASS, ReasonCodes.OK),
        Arguments.of("same email, other case and padding", input(List.of(person("p1").email("Ann@Example.com").build(), person("p2").email("  ann@example.COM ").build()), List.of()).build(), Status.FAIL, ReasonCodes.DUPLICATE_EMAIL),
        Arguments.of("same email as a pre-hire", input(List.of(person("p1").email("a@x.io").build(), person("p2").email("a@x.io").status("newHire").build()), List.of()).build(), Status.FAIL, ReasonCodes.DUPLICATE_EMAIL),
        Arguments.of("same email as a leaver is fine", input(List.of(person("p1").email("a@x.io").build(), person("p2").email("a@x.io").status("offboarded").build()), List.of()).build(), Status.PASS, ReasonCodes.OK),
        Arguments.of("null email", input(List.of(person("p1").email((String) null).build()), List.of()).build(), Status.FAIL, ReasonCodes.MISSING_EMAIL),
        Arguments.of("blank email", input(List.of(person("p1").email("   ").build(), person("p2").email("").build()), List.of()).build(), Status.FAIL, ReasonCodes.MISSING_EMAIL),
        Arguments.of("duplicate id wins", input(List.of(person("p1").build(), person("p1").email("other@x.io").build()), List.of()).build(), Status.FAIL, ReasonCodes.DUPLICATE_PERSON_ID));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judgesPerson(String name, CheckInput input, Status status, String reason) {
    CheckResult r = Fx.result(check, input, "p1");
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.reasonCode()).isEqualTo(reason);
  }

  @Test
  void duplicateIdsAreSuffixedByContentNotInputOrder() {
    var first = person("p1").email("b@x.io").build();
    var second = person("p1").email("a@x.io").build();
    List<CheckResult> one = Fx.run(check, input(List.of(first, second), List.of()).build(), b -> b);
    List<CheckResult> two = Fx.run(check, input(List.of(second, first), List.of()).build(), b -> b);
    assertThat(one).extracting(CheckResult::subjectId).containsExactly("boss", "p1", "p1#2");
    assertThat(one).isEqualTo(two);
    assertThat(one.get(1).evidence()).containsEntry("records", "2");
  }
}
