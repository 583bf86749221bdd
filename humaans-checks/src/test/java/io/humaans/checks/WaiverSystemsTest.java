package io.humaans.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.checks.model.Account;
import io.humaans.checks.model.Directory;
import io.humaans.checks.model.Person;
import io.humaans.checks.model.Waiver;
import io.humaans.checks.rules.OneAccountPerPersonCheck;
import io.humaans.checks.rules.StaffRoleAssignedCheck;
import io.humaans.checks.rules.UserIdentifiedCheck;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Waivers of account checks name the account's system: account ids are unique only within one
 * system, and the {@code #2} suffix of a repeated id follows the systems' order.
 */
class WaiverSystemsTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
  private static final String ALICE =
      "alice@corp.example"; // no person has it: user-identified FAILs

  @Test
  void waiverWithSystemWaivesOnlyThatSystemsAccount() {
    List<CheckResult> results =
        userIdentified(
            List.of(account("slack", ALICE), account("github", ALICE)),
            waiver(ALICE, " GitHub ")); // compared stripped and case-insensitively

    assertThat(statuses(results))
        .containsExactly(
            Map.entry(ALICE + " github", Status.WAIVED),
            Map.entry(ALICE + "#2 slack", Status.FAIL));
    assertThat(results.get(0).evidence()).containsEntry("waiver", "approved");
    assertThat(results.get(1).evidence()).doesNotContainKeys("waiver", "waiverAmbiguous");
  }

  @Test
  void waiverWithSystemNamesTheAccountIdAsGivenEvenWhenItsSubjectIdIsSuffixed() {
    List<CheckResult> results =
        userIdentified(
            List.of(account("slack", ALICE), account("github", ALICE)), waiver(ALICE, "slack"));

    assertThat(statuses(results))
        .containsExactly(
            Map.entry(ALICE + " github", Status.FAIL),
            Map.entry(ALICE + "#2 slack", Status.WAIVED));
  }

  @Test
  void waiverWithoutSystemOnAnIdOfSeveralSystemsWaivesNothingAndSaysWhy() {
    List<CheckResult> results =
        userIdentified(
            List.of(account("slack", ALICE), account("github", ALICE)), waiver(ALICE, null));

    assertThat(statuses(results))
        .containsExactly(
            Map.entry(ALICE + " github", Status.FAIL), Map.entry(ALICE + "#2 slack", Status.FAIL));
    for (CheckResult r : results) {
      assertThat(r.evidence())
          .containsEntry("waiverAmbiguous", "[github, slack]")
          .doesNotContainKey("waiver");
    }
  }

  @Test
  void anAmbiguousWaiverBesideOneWithSystemLeavesThatOneToWaiveAndStillSaysWhy() {
    List<CheckResult> results =
        userIdentified(
            List.of(account("slack", ALICE), account("github", ALICE)),
            waiver(ALICE, null),
            waiver(ALICE, "github"));

    assertThat(statuses(results))
        .containsExactly(
            Map.entry(ALICE + " github", Status.WAIVED),
            Map.entry(ALICE + "#2 slack", Status.FAIL));
    assertThat(results.get(0).evidence())
        .containsEntry("waiver", "approved")
        .containsEntry("waiverAmbiguous", "[github, slack]");
    assertThat(results.get(1).evidence()).containsEntry("waiverAmbiguous", "[github, slack]");
  }

  @Test
  void waiverWithoutSystemOnASuffixedSubjectIdIsAmbiguousToo() {
    List<CheckResult> results =
        userIdentified(
            List.of(account("slack", ALICE), account("github", ALICE)), waiver(ALICE + "#2", null));

    assertThat(statuses(results))
        .containsExactly(
            Map.entry(ALICE + " github", Status.FAIL), Map.entry(ALICE + "#2 slack", Status.FAIL));
    assertThat(results.get(0).evidence()).doesNotContainKey("waiverAmbiguous");
    assertThat(results.get(1).evidence()).containsEntry("waiverAmbiguous", "[github, slack]");
  }

  @Test
  void waiverWithoutSystemOnAnIdOfOneSystemIsWaivedAsBefore() {
    List<CheckResult> results =
        userIdentified(
            List.of(account("github", ALICE), account("slack", "bob")), waiver(ALICE, null));

    assertThat(statuses(results))
        .containsExactly(
            Map.entry(ALICE + " github", Status.WAIVED), Map.entry("bob slack", Status.FAIL));
    assertThat(results.get(0).evidence())
        .containsEntry("waiver", "approved")
        .doesNotContainKey("waiverAmbiguous");
  }

  @Test
  void waiverWithoutSystemOnAnIdRepeatedInOneSystemWaivesTheSubjectIdAsBefore() {
    List<CheckResult> results =
        userIdentified(
            List.of(account("github", ALICE, "a1@x"), account("github", ALICE)),
            waiver(ALICE + "#2", null));

    assertThat(statuses(results))
        .containsExactly(
            Map.entry(ALICE + " github", Status.FAIL),
            Map.entry(ALICE + "#2 github", Status.WAIVED));
  }

  @Test
  void aNewSystemWithTheSameIdDoesNotMoveAWaiverWithSystem() {
    Waiver forGithub = waiver(ALICE, "github");
    List<CheckResult> before = userIdentified(List.of(account("github", ALICE)), forGithub);
    // "asana" sorts before "github": it now keeps the bare id, and github's account becomes #2.
    List<CheckResult> after =
        userIdentified(List.of(account("github", ALICE), account("asana", ALICE)), forGithub);

    assertThat(statuses(before)).containsExactly(Map.entry(ALICE + " github", Status.WAIVED));
    assertThat(statuses(after))
        .containsExactly(
            Map.entry(ALICE + " asana", Status.FAIL),
            Map.entry(ALICE + "#2 github", Status.WAIVED));
  }

  @Test
  void aBlankSystemCountsAsNone() {
    List<CheckResult> results =
        userIdentified(List.of(account("github", ALICE)), waiver(ALICE, "  "));

    assertThat(statuses(results)).containsExactly(Map.entry(ALICE + " github", Status.WAIVED));
  }

  @Test
  void aWaiverWithSystemOnAPersonCheckWaivesNothingAndSaysWhy() {
    Waiver waiver =
        Waiver.builder()
            .checkId(StaffRoleAssignedCheck.ID)
            .subjectId("p1")
            .system("GitHub")
            .reason("approved")
            .build();
    CheckResult r =
        Checks.evaluate(new StaffRoleAssignedCheck(), context(List.of(), List.of(waiver))).get(0);

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.evidence())
        .containsEntry("waiverSystemMismatch", "github")
        .doesNotContainKey("waiver");
  }

  @Test
  void aPersonInSystemWaiverWithSystemAppliesOnlyWhenTheSystemIsTheSubjects() {
    List<Account> twoGithubLogins =
        List.of(account("github", "gh-1", "p1@x.io"), account("github", "gh-2", "p1@x.io"));

    CheckResult same = onePerPerson(twoGithubLogins, "github");
    CheckResult other = onePerPerson(twoGithubLogins, "slack");
    CheckResult none = onePerPerson(twoGithubLogins, null);

    assertThat(same.subjectId()).isEqualTo("p1/github");
    assertThat(same.status()).isEqualTo(Status.WAIVED);
    assertThat(other.status()).isEqualTo(Status.FAIL);
    assertThat(other.evidence())
        .containsEntry("waiverSystemMismatch", "slack")
        .doesNotContainKey("waiver");
    assertThat(none.status()).isEqualTo(Status.WAIVED);
  }

  @Test
  void aPersonInSystemWaiverNamesASystemWithASlashAsInTheAccounts() {
    List<Account> twoSsoLogins =
        List.of(account("okta/sso", "o-1", "p1@x.io"), account("okta/sso", "o-2", "p1@x.io"));
    Waiver waiver =
        Waiver.builder()
            .checkId(OneAccountPerPersonCheck.ID)
            .subjectId("p1/okta%2Fsso") // the subject id the check reports
            .system("Okta/SSO") // the system as in the accounts file
            .reason("approved")
            .build();

    List<CheckResult> results =
        Checks.evaluate(new OneAccountPerPersonCheck(), context(twoSsoLogins, List.of(waiver)));

    assertThat(results).extracting(CheckResult::subjectId).containsExactly("p1/okta%2Fsso");
    assertThat(results.get(0).status()).isEqualTo(Status.WAIVED);
    assertThat(results.get(0).evidence()).doesNotContainKey("waiverSystemMismatch");
  }

  @Test
  void anAccountWaiverWhoseSystemHasNoAccountWithThatIdWaivesNothingAndSaysWhy() {
    List<CheckResult> results =
        userIdentified(List.of(account("github", ALICE)), waiver(ALICE, "gitlab"));

    assertThat(statuses(results)).containsExactly(Map.entry(ALICE + " github", Status.FAIL));
    assertThat(results.get(0).evidence())
        .containsEntry("waiverSystemMismatch", "gitlab")
        .doesNotContainKey("waiver");
  }

  @Test
  void anAccountWaiverOfTheRightSystemStillWaivesBesideAMistypedOneThatIsNamed() {
    List<CheckResult> results =
        userIdentified(
            List.of(account("github", ALICE), account("slack", ALICE)),
            waiver(ALICE, "github"),
            waiver(ALICE, "gihtub"),
            waiver(ALICE, "slak"));

    assertThat(statuses(results))
        .containsExactly(
            Map.entry(ALICE + " github", Status.WAIVED),
            Map.entry(ALICE + "#2 slack", Status.FAIL));
    assertThat(results)
        .allSatisfy(
            r -> assertThat(r.evidence()).containsEntry("waiverSystemMismatch", "gihtub, slak"));
  }

  @Test
  void anAccountWaiverOfAnotherSystemThatHasTheIdIsNotAMismatch() {
    List<CheckResult> results =
        userIdentified(
            List.of(account("github", ALICE), account("slack", ALICE)), waiver(ALICE, "slack"));

    assertThat(results)
        .allSatisfy(r -> assertThat(r.evidence()).doesNotContainKey("waiverSystemMismatch"));
  }

  private static CheckResult onePerPerson(List<Account> accounts, @Nullable String system) {
    Waiver.Builder waiver =
        Waiver.builder()
            .checkId(OneAccountPerPersonCheck.ID)
            .subjectId("p1/github")
            .reason("approved");
    if (system != null) {
      waiver.system(system);
    }
    List<CheckResult> results =
        Checks.evaluate(new OneAccountPerPersonCheck(), context(accounts, List.of(waiver.build())));
    assertThat(results).hasSize(1);
    return results.get(0);
  }

  private static List<CheckResult> userIdentified(List<Account> accounts, Waiver... waivers) {
    return Checks.evaluate(new UserIdentifiedCheck(), context(accounts, List.of(waivers)));
  }

  private static CheckContext context(List<Account> accounts, List<Waiver> waivers) {
    Person p1 = Person.builder().id("p1").email("p1@x.io").status("active").build();
    CheckInput input =
        CheckInput.builder()
            .directory(Directory.builder().addPeople(p1).build())
            .addAllAccounts(accounts)
            .addAllWaivers(waivers)
            .build();
    return CheckContext.of(input, CheckConfig.builder().asOf(AS_OF).build());
  }

  /** Each result as "subjectId system" with its status, in report order. */
  private static List<Map.Entry<String, Status>> statuses(List<CheckResult> results) {
    return results.stream()
        .map(r -> Map.entry(r.subjectId() + " " + r.evidence().get("system"), r.status()))
        .collect(Collectors.toList());
  }

  /** An active account; its email is its id (no person has it unless it is p1@x.io). */
  private static Account account(String system, String id) {
    return account(system, id, id);
  }

  private static Account account(String system, String id, String email) {
    return Account.builder().system(system).id(id).email(email).state("active").build();
  }

  private static Waiver waiver(String subjectId, @Nullable String system) {
    Waiver.Builder b =
        Waiver.builder().checkId(UserIdentifiedCheck.ID).subjectId(subjectId).reason("approved");
    if (system != null) {
      b.system(system);
    }
    return b.build();
  }
}
