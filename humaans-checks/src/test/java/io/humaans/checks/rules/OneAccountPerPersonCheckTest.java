package io.humaans.checks.rules;

import static io.humaans.checks.rules.Fx.account;
import static io.humaans.checks.rules.Fx.input;
import static io.humaans.checks.rules.Fx.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.checks.CheckInput;
import io.humaans.checks.CheckResult;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.Status;
import io.humaans.checks.model.Account;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OneAccountPerPersonCheckTest {
  private final OneAccountPerPersonCheck check = new OneAccountPerPersonCheck();

  private static CheckInput with(Account... accounts) {
    return input(List.of(person("p1").build()), List.of()).addAccounts(accounts).build();
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("one live account", with(account("a1", "p1@example.com").build()), Status.PASS, ReasonCodes.OK),
        Arguments.of("only a suspended account", with(account("a1", "p1@example.com").state("suspended").build()), Status.PASS, ReasonCodes.OK),
        Arguments.of("one live, one deleted", with(account("a1", "p1@example.com").build(), account("a2", "P1@example.com").state("deleted").build()), Status.PASS, ReasonCodes.OK),
        Arguments.of("two live accounts", with(account("a1", "p1@example.com").build(), account("a2", " p1@example.com").build()), Status.FAIL, ReasonCodes.MULTIPLE_ACCOUNTS),
        Arguments.of("active in any case", with(account("a1", "p1@example.com").state(" Active ").build(), account("a2", "p1@example.com").state("ACTIVE").build()), Status.FAIL, ReasonCodes.MULTIPLE_ACCOUNTS),
        Arguments.of("one active, one invited", with(account("a1", "p1@example.com").build(), account("a2", "p1@example.com").state("invited").build()), Status.PASS, ReasonCodes.OK),
        Arguments.of("one active, one without state", with(account("a1", "p1@example.com").build(), account("a2", "p1@example.com").state((String) null).build()), Status.PASS, ReasonCodes.OK));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judgesPersonInSystem(String name, CheckInput input, Status status, String reason) {
    CheckResult r = Fx.result(check, input, "p1/github");
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.reasonCode()).isEqualTo(reason);
  }

  @Test
  void slashesInIdsNeverMakeTwoPairsShareASubject() {
    CheckInput in = input(List.of(person("a/b").email("x@example.com").build(), person("a").email("y@example.com").build()), List.of())
        .addAccounts(account("1", "x@example.com").system("c").build(), account("2", "y@example.com").system("b/c").build())
        .build();
    List<CheckResult> results = Fx.run(check, in, b -> b);
    assertThat(results).extracting(CheckResult::subjectId).containsExactly("a%2Fb/c", "a/b%2Fc");
  }

  @Test
  void countsPerSystem() {
    CheckInput in = with(account("a1", "p1@example.com").build(), account("a2", "p1@example.com").system("Slack").build());
    List<CheckResult> results = Fx.run(check, in, b -> b);
    assertThat(results).extracting(CheckResult::subjectId).containsExactly("p1/github", "p1/slack");
    assertThat(results).extracting(CheckResult::status).containsOnly(Status.PASS);
  }
}
