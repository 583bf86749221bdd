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
import io.humaans.checks.model.AccountLink;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UserIdentifiedCheckTest {
  private final UserIdentifiedCheck check = new UserIdentifiedCheck();

  private static CheckInput with(Account a) {
    return input(List.of(person("p1").build(), person("gone").status("offboarded").build()), List.of()).addAccounts(a).build();
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("matches by email", with(account("a1", "p1@example.com").build()), Status.PASS, ReasonCodes.OK),
        Arguments.of("matches mixed case and padded", with(account("a1", "  P1@Example.COM ").build()), Status.PASS, ReasonCodes.OK),
        Arguments.of("matches a leaver", with(account("a1", "gone@example.com").build()), Status.PASS, ReasonCodes.OK),
        Arguments.of("suspended still judged", with(account("a1", "x@example.com").state("suspended").build()), Status.FAIL, ReasonCodes.UNIDENTIFIED),
        Arguments.of("unknown email", with(account("a1", "x@example.com").build()), Status.FAIL, ReasonCodes.UNIDENTIFIED),
        Arguments.of("null email", with(account("a1", null).build()), Status.FAIL, ReasonCodes.UNIDENTIFIED),
        Arguments.of("non-human exempt", with(account("a1", "bot@example.com").nonHuman(true).build()), Status.EXEMPT, ReasonCodes.NON_HUMAN),
        Arguments.of("unknown on a partial directory", CheckInput.builder().from(with(account("a1", "x@example.com").build()))
            .directory(Fx.partial(with(account("a1", "x").build()).directory())).build(), Status.INCOMPLETE, ReasonCodes.PARTIAL_DIRECTORY));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judgesAccount(String name, CheckInput input, Status status, String reason) {
    CheckResult r = Fx.result(check, input, "a1");
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.reasonCode()).isEqualTo(reason);
  }

  @Test
  void deletedAccountsAreNotSubjects() {
    CheckInput in = with(account("a1", "x@example.com").state("Deleted").build());
    assertThat(Fx.subjects(check, in)).isEmpty();
  }

  @Test
  void explicitLinkWinsOverEmail() {
    CheckInput linked = CheckInput.builder().from(with(account("a1", "x@example.com").system(" GitHub ").build()))
        .addAccountLinks(AccountLink.builder().system("github").accountId("a1").personId("p1").build()).build();
    CheckResult r = Fx.result(check, linked, "a1");
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.evidence()).containsEntry("personId", "p1").containsEntry("matchedBy", "link");

    CheckInput dangling = CheckInput.builder().from(with(account("a1", "p1@example.com").build()))
        .addAccountLinks(AccountLink.builder().system("github").accountId("a1").personId("nobody").build()).build();
    CheckResult d = Fx.result(check, dangling, "a1");
    assertThat(d.reasonCode()).isEqualTo(ReasonCodes.UNIDENTIFIED);
    assertThat(d.evidence()).containsEntry("linkedPersonId", "nobody");
  }

  @Test
  void repeatedAccountIdsAcrossSystemsAreSuffixedBySystem() {
    CheckInput in = input(List.of(person("p1").build()), List.of())
        .addAccounts(account("1", "p1@example.com").system("slack").build(), account("1", "p1@example.com").system("aws").build())
        .build();
    List<CheckResult> results = Fx.run(check, in, b -> b);
    assertThat(results).extracting(CheckResult::subjectId).containsExactly("1", "1#2");
    assertThat(results).extracting(r -> r.evidence().get("system")).containsExactly("aws", "slack");
  }
}
