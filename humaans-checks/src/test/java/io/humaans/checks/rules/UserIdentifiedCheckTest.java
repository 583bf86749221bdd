package io.humaans.checks.rules;

import static io.humaans.checks.Status.EXEMPT;
import static io.humaans.checks.Status.FAIL;
import static io.humaans.checks.Status.INCOMPLETE;
import static io.humaans.checks.Status.PASS;
import static io.humaans.checks.rules.Company.company;
import static io.humaans.checks.rules.Company.when;
import static org.assertj.core.api.Assertions.assertThat;

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

class UserIdentifiedCheckTest {
  private final UserIdentifiedCheck check = new UserIdentifiedCheck();

  /** A company with p1 (employed) and gone (a leaver). */
  private static Company staff() {
    return company().employee("p1").person("gone", p -> p.status("offboarded"));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        when("matches by email", c -> c.account("a1", "p1@example.com"), PASS, ReasonCodes.OK),
        when(
            "matches in mixed case, padded",
            c -> c.account("a1", "  P1@Example.COM "),
            PASS,
            ReasonCodes.OK),
        when("matches a leaver", c -> c.account("a1", "gone@example.com"), PASS, ReasonCodes.OK),
        when(
            "an unknown email",
            c -> c.account("a1", "x@example.com"),
            FAIL,
            ReasonCodes.UNIDENTIFIED),
        when(
            "a suspended account is still judged",
            c -> c.account("a1", "x@example.com", a -> a.state("suspended")),
            FAIL,
            ReasonCodes.UNIDENTIFIED),
        when("no email", c -> c.account("a1", null), FAIL, ReasonCodes.UNIDENTIFIED),
        when(
            "a non-human account is exempt",
            c -> c.account("a1", "bot@example.com", a -> a.nonHuman(true)),
            EXEMPT,
            ReasonCodes.NON_HUMAN),
        when(
            "unknown on a partial directory",
            c -> c.account("a1", "x@example.com").readWithoutPrivateScope(),
            INCOMPLETE,
            ReasonCodes.PARTIAL_DIRECTORY));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judgesAnAccount(String name, UnaryOperator<Company> setup, Status status, String reason) {
    CheckResult r = setup.apply(staff()).judge(check, "a1");
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.reasonCode()).isEqualTo(reason);
  }

  @Test
  void deletedAccountsAreNotSubjects() {
    assertThat(staff().account("a1", "x@example.com", a -> a.state("Deleted")).subjects(check))
        .isEmpty();
  }

  @Test
  void anExplicitLinkWinsOverTheEmail() {
    CheckResult r =
        staff()
            .account("a1", "x@example.com", a -> a.system(" GitHub "))
            .link("github", "a1", "p1")
            .judge(check, "a1");
    assertThat(r.status()).isEqualTo(PASS);
    assertThat(r.evidence()).containsEntry("personId", "p1").containsEntry("matchedBy", "link");
  }

  @Test
  void aLinkToAnUnknownPersonLeavesTheAccountUnidentified() {
    CheckResult r =
        staff().account("a1", "p1@example.com").link("github", "a1", "nobody").judge(check, "a1");
    assertThat(r.reasonCode()).isEqualTo(ReasonCodes.UNIDENTIFIED);
    assertThat(r.evidence()).containsEntry("linkedPersonId", "nobody");
  }

  @Test
  void repeatedAccountIdsAcrossSystemsAreSuffixedBySystem() {
    List<CheckResult> results =
        staff()
            .account("1", "p1@example.com", a -> a.system("slack"))
            .account("1", "p1@example.com", a -> a.system("aws"))
            .results(check);
    assertThat(results).extracting(CheckResult::subjectId).containsExactly("1", "1#2");
    assertThat(results).extracting(r -> r.evidence().get("system")).containsExactly("aws", "slack");
  }

  @Test
  void anUnreadableSystemMakesTheOutcomeIncompleteNeverPassOrNotApplicable() {
    assertThat(staff().account("a1", "p1@example.com").outcome(check).status())
        .isEqualTo(Status.PASS);
    CheckOutcome unread =
        staff()
            .account("a1", "p1@example.com")
            .unreadable("humaans", "the token cannot read /role-members (403)")
            .outcome(check);
    assertThat(unread.status()).isEqualTo(Status.INCOMPLETE);
    assertThat(unread.counts()).containsEntry(Status.PASS, 1);
    assertThat(company().unreadable("humaans", "403").outcome(check).status())
        .as("no account read is not nothing to judge")
        .isEqualTo(Status.INCOMPLETE);
  }

  @Test
  void noAccountsAtAllIsNotApplicable() {
    CheckOutcome none = company().employee("p1").outcome(check);
    assertThat(none.status()).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(none.total()).isZero();
  }
}
