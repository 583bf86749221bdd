package io.humaans.checks.rules;

import static io.humaans.checks.Status.FAIL;
import static io.humaans.checks.Status.PASS;
import static io.humaans.checks.rules.Company.company;
import static io.humaans.checks.rules.Company.when;
import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.checks.CheckOutcome;
import io.humaans.checks.CheckResult;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.Status;
import io.humaans.checks.SubjectTypes;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OneAccountPerPersonCheckTest {
  private final OneAccountPerPersonCheck check = new OneAccountPerPersonCheck();

  /** p1's github accounts a1 and a2 in these states (null: no second account). */
  private static UnaryOperator<Company> states(String first, String second) {
    return c -> {
      c.employee("p1").account("a1", "p1@example.com", a -> a.state(first));
      return second == null ? c : c.account("a2", " P1@example.com", a -> a.state(second));
    };
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        when("one active account", states("active", null), PASS, ReasonCodes.OK),
        when("only a suspended account", states("suspended", null), PASS, ReasonCodes.OK),
        when("one active, one deleted", states("active", "deleted"), PASS, ReasonCodes.OK),
        when("one active, one invited", states("active", "invited"), PASS, ReasonCodes.OK),
        when(
            "one active, one without a state",
            c ->
                c.employee("p1")
                    .account("a1", "p1@example.com")
                    .account("a2", "p1@example.com", a -> a.state((String) null)),
            PASS,
            ReasonCodes.OK),
        when(
            "two active accounts", states("active", "active"), FAIL, ReasonCodes.MULTIPLE_ACCOUNTS),
        when(
            "active in any case, padded",
            states(" Active ", "ACTIVE"),
            FAIL,
            ReasonCodes.MULTIPLE_ACCOUNTS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judgesAPersonInASystem(
      String name, UnaryOperator<Company> setup, Status status, String reason) {
    CheckResult r = setup.apply(company()).judge(check, "p1/github");
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.reasonCode()).isEqualTo(reason);
    assertThat(r.subjectType()).isEqualTo(SubjectTypes.PERSON_IN_SYSTEM);
  }

  @Test
  void evidenceListsTheActiveAccounts() {
    CheckResult r = states("active", "active").apply(company()).judge(check, "p1/github");
    assertThat(r.evidence())
        .containsEntry("activeAccounts", "2")
        .containsEntry("accountIds", "a1|a2");
  }

  @Test
  void countsPerSystem() {
    List<CheckResult> results =
        company()
            .employee("p1")
            .account("a1", "p1@example.com")
            .account("a2", "p1@example.com", a -> a.system("Slack"))
            .results(check);
    assertThat(results).extracting(CheckResult::subjectId).containsExactly("p1/github", "p1/slack");
    assertThat(results).extracting(CheckResult::status).containsOnly(PASS);
  }

  @Test
  void slashesInIdsNeverMakeTwoPairsShareASubject() {
    List<String> subjects =
        company()
            .person("a/b", p -> p.email("x@example.com"))
            .person("a", p -> p.email("y@example.com"))
            .account("1", "x@example.com", a -> a.system("c"))
            .account("2", "y@example.com", a -> a.system("b/c"))
            .subjects(check);
    assertThat(subjects).containsExactly("a%2Fb/c", "a/b%2Fc");
  }

  @Test
  void unmatchedAccountsAreNotSubjects() {
    assertThat(company().account("a1", "nobody@example.com").subjects(check)).isEmpty();
  }

  @Test
  void severalHumaansRoleMembershipsAreOneLogin() {
    CheckResult r =
        company()
            .employee("p1")
            .account("rm1", "p1@example.com", a -> a.system("humaans").accessLevel("Admins"))
            .account("rm2", "p1@example.com", a -> a.system(" Humaans ").accessLevel("Finance"))
            .judge(check, "p1/humaans");
    assertThat(r.status()).isEqualTo(PASS);
    assertThat(r.reasonCode()).isEqualTo(ReasonCodes.OK);
    assertThat(r.evidence())
        .containsEntry("activeAccounts", "1")
        .containsEntry("roleMemberships", "2")
        .containsEntry("accountIds", "rm1|rm2");
  }

  @Test
  void humaansRolesDoNotHideTwoAccountsInAnotherSystem() {
    List<CheckResult> results =
        company()
            .employee("p1")
            .account("rm1", "p1@example.com", a -> a.system("humaans"))
            .account("rm2", "p1@example.com", a -> a.system("humaans"))
            .account("a1", "p1@example.com")
            .account("a2", "p1@example.com")
            .results(check);
    assertThat(results)
        .extracting(r -> r.subjectId() + " " + r.status())
        .containsExactly("p1/github FAIL", "p1/humaans PASS");
  }

  @Test
  void anUnreadableSystemMakesTheOutcomeIncompleteNeverPass() {
    Company readable = states("active", null).apply(company());
    assertThat(readable.outcome(check).status()).isEqualTo(PASS);
    CheckOutcome unread =
        states("active", null)
            .apply(company())
            .unreadable("humaans", "403 on /role-members")
            .outcome(check);
    assertThat(unread.status()).isEqualTo(Status.INCOMPLETE);
    assertThat(unread.counts()).containsEntry(PASS, 1);
    assertThat(
            states("active", "active")
                .apply(company())
                .unreadable("humaans", "403 on /role-members")
                .outcome(check)
                .status())
        .as("a failure still wins")
        .isEqualTo(FAIL);
  }

  @Test
  void onAPartialDirectoryTheOutcomeIsIncompleteUnlessSomethingFails() {
    // A hidden leaver's two active accounts match no one: they cannot be counted, never passed.
    Company partial =
        states("active", null)
            .apply(company())
            .account("x1", "hidden@example.com")
            .account("x2", "hidden@example.com")
            .readWithoutPrivateScope();
    CheckOutcome outcome = partial.outcome(check);
    assertThat(outcome.status()).isEqualTo(Status.INCOMPLETE);
    assertThat(outcome.total()).isEqualTo(1);
    assertThat(outcome.missingScopes()).containsExactly("private:read");
    assertThat(
            states("active", "active")
                .apply(company())
                .readWithoutPrivateScope()
                .outcome(check)
                .status())
        .isEqualTo(FAIL);
  }

  @Test
  void noAccountsAtAllIsNotApplicable() {
    CheckOutcome none = company().employee("p1").outcome(check);
    assertThat(none.status()).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(none.total()).isZero();
    assertThat(company().employee("p1").unreadable("humaans", "403").outcome(check).status())
        .as("nothing read is not nothing to judge")
        .isEqualTo(Status.INCOMPLETE);
  }
}
