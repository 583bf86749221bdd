package io.humaans.checks.rules;

import static io.humaans.checks.Status.FAIL;
import static io.humaans.checks.Status.INCOMPLETE;
import static io.humaans.checks.Status.NOT_APPLICABLE;
import static io.humaans.checks.Status.PASS;
import static io.humaans.checks.rules.Company.company;
import static io.humaans.checks.rules.Company.day;
import static io.humaans.checks.rules.Company.when;
import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.checks.CheckOutcome;
import io.humaans.checks.CheckResult;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.Status;
import io.humaans.checks.model.AccessPolicy;
import io.humaans.checks.model.AccessRule;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AccessValidCheckTest {
  private final AccessValidCheck check = new AccessValidCheck();

  /** GitHub: engineers may be members or admins, Security may hold anything, designers read. */
  private static final AccessPolicy GITHUB =
      AccessPolicy.builder()
          .system("GitHub")
          .addRules(
              AccessRule.builder()
                  .department("engineer*")
                  .addAccessLevels("member", "ADMIN")
                  .build())
          .addRules(AccessRule.builder().team("Security").addAccessLevels("*").build())
          .addRules(AccessRule.builder().jobTitle("*designer").addAccessLevels("read*").build())
          .build();

  /** p1 in this department and title holds github account a1 at this level. */
  private static UnaryOperator<Company> holds(String department, String title, String level) {
    return c ->
        c.person("p1", p -> p)
            .role("p1", r -> r.department(department).jobTitle(title))
            .account("a1", "p1@example.com", a -> a.accessLevel(level))
            .policy(GITHUB);
  }

  /** p1 starts in a week, holds a1 as member, and has these role rows. */
  private static UnaryOperator<Company> preHire(UnaryOperator<Company> roles) {
    return c ->
        roles
            .apply(c.person("p1", p -> p.employmentStartDate(day(7))))
            .account("a1", "p1@example.com")
            .policy(GITHUB);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        when(
            "an engineer member", holds("Engineering", "Engineer", "member"), PASS, ReasonCodes.OK),
        when(
            "an engineer admin, any case",
            holds("ENGINEERING ", "Engineer", " Admin"),
            PASS,
            ReasonCodes.OK),
        when(
            "a designer by title wildcard",
            holds("Design", "Product Designer", "read-only"),
            PASS,
            ReasonCodes.OK),
        when(
            "the Security team at any level",
            c ->
                c.person("p1", p -> p.addTeams("security"))
                    .role("p1", r -> r.department("Sales").jobTitle("Analyst"))
                    .account("a1", "p1@example.com", a -> a.accessLevel("owner"))
                    .policy(GITHUB),
            PASS,
            ReasonCodes.OK),
        when(
            "an engineer owner",
            holds("Engineering", "Engineer", "owner"),
            FAIL,
            ReasonCodes.ACCESS_LEVEL_NOT_ALLOWED),
        when(
            "an engineer without a level",
            holds("Engineering", "Engineer", null),
            FAIL,
            ReasonCodes.ACCESS_LEVEL_NOT_ALLOWED),
        when(
            "sales is not allowed",
            holds("Sales", "Account Executive", "member"),
            FAIL,
            ReasonCodes.ROLE_NOT_ALLOWED),
        when(
            "a pre-hire is judged by the upcoming role",
            preHire(c -> c.role("p1", r -> r.effectiveDate(day(7)))),
            PASS,
            ReasonCodes.OK),
        when(
            "a pre-hire whose upcoming role the policy excludes",
            preHire(c -> c.role("p1", r -> r.department("Sales").effectiveDate(day(7)))),
            FAIL,
            ReasonCodes.ROLE_NOT_ALLOWED),
        when("a pre-hire without any role", preHire(c -> c), FAIL, ReasonCodes.ROLE_NOT_ALLOWED),
        when(
            "no policy for the system",
            c ->
                c.employee("p1")
                    .account("a1", "p1@example.com", a -> a.system("aws"))
                    .policy(GITHUB),
            NOT_APPLICABLE,
            ReasonCodes.NO_POLICY));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judgesAnActiveAccount(
      String name, UnaryOperator<Company> setup, Status status, String reason) {
    CheckResult r = setup.apply(company()).judge(check, "a1");
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.reasonCode()).isEqualTo(reason);
  }

  @Test
  void aRoleNotAllowedNamesTheOrgRoles() {
    CheckResult r =
        holds("Sales", "Account Executive", "member").apply(company()).judge(check, "a1");
    assertThat(r.evidence())
        .containsEntry("department", "Sales")
        .containsEntry("jobTitle", "Account Executive")
        .containsEntry("accessLevel", "member");
  }

  @Test
  void onlyActiveAccountsOfPeopleWhoHaveNotLeftAreSubjects() {
    assertThat(
            company()
                .employee("p1")
                .account("suspended", "p1@example.com", a -> a.state("suspended"))
                .account("unmatched", "nobody@example.com")
                .person("gone", p -> p.employmentEndDate(day(-1)))
                .account("leaver", "gone@example.com")
                .policy(GITHUB)
                .subjects(check))
        .isEmpty();
  }

  /** Humaans: People may hold the Admins role. */
  private static final AccessPolicy HUMAANS =
      AccessPolicy.builder()
          .system("humaans")
          .addRules(AccessRule.builder().department("People").addAccessLevels("Admins").build())
          .build();

  @Test
  void humaansRoleNamesAreComparedCaseInsensitivelyWithPolicyLevels() {
    UnaryOperator<Company> admin =
        c ->
            c.employee("p1")
                .role("p1", r -> r.department("People").effectiveDate(day(-1)))
                .policy(HUMAANS);
    CheckResult admins =
        admin
            .apply(company())
            .account("rm1", "p1@example.com", a -> a.system("humaans").accessLevel("ADMINS "))
            .judge(check, "rm1");
    assertThat(admins.status()).isEqualTo(PASS);
    CheckResult finance =
        admin
            .apply(company())
            .account("rm1", "p1@example.com", a -> a.system("humaans").accessLevel("Finance"))
            .judge(check, "rm1");
    assertThat(finance.status()).isEqualTo(FAIL);
    assertThat(finance.reasonCode()).isEqualTo(ReasonCodes.ACCESS_LEVEL_NOT_ALLOWED);
  }

  @Test
  void onlyAccountsWithoutAPolicyIsNotApplicable() {
    CheckOutcome outcome =
        company()
            .employee("p1")
            .account("a1", "p1@example.com", a -> a.system("aws"))
            .policy(GITHUB)
            .outcome(check);
    assertThat(outcome.status()).isEqualTo(NOT_APPLICABLE);
    assertThat(outcome.counts()).containsEntry(NOT_APPLICABLE, 1);
  }

  @Test
  void onAPartialDirectoryTheOutcomeIsIncompleteUnlessSomethingFails() {
    // The unmatched account may be a hidden pre-hire's admin account: not judged, never passed.
    UnaryOperator<Company> member = holds("Engineering", "Engineer", "member");
    Company partial =
        member
            .apply(company())
            .account("a2", "starts-next-week@example.com", a -> a.accessLevel("admin"))
            .readWithoutPrivateScope();
    assertThat(partial.subjects(check)).containsExactly("a1");
    CheckOutcome outcome = partial.outcome(check);
    assertThat(outcome.status()).isEqualTo(INCOMPLETE);
    assertThat(outcome.counts()).containsEntry(PASS, 1);
    assertThat(outcome.missingScopes()).containsExactly("private:read");
    assertThat(
            holds("Sales", "Analyst", "member")
                .apply(company())
                .readWithoutPrivateScope()
                .outcome(check)
                .status())
        .isEqualTo(FAIL);
  }

  @Test
  void anUnreadableSystemMakesTheOutcomeIncompleteNeverPassOrNotApplicable() {
    UnaryOperator<Company> member = holds("Engineering", "Engineer", "member");
    assertThat(member.apply(company()).outcome(check).status()).isEqualTo(PASS);
    assertThat(member.apply(company()).unreadable("humaans", "403").outcome(check).status())
        .isEqualTo(INCOMPLETE);
    assertThat(company().employee("p1").unreadable("humaans", "403").outcome(check).status())
        .isEqualTo(INCOMPLETE);
    assertThat(
            holds("Sales", "Analyst", "member")
                .apply(company())
                .unreadable("humaans", "403")
                .outcome(check)
                .status())
        .isEqualTo(FAIL);
  }
}
