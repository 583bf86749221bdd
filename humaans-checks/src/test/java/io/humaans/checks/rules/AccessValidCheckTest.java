package io.humaans.checks.rules;

import static io.humaans.checks.rules.Fx.account;
import static io.humaans.checks.rules.Fx.day;
import static io.humaans.checks.rules.Fx.input;
import static io.humaans.checks.rules.Fx.person;
import static io.humaans.checks.rules.Fx.role;
import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.checks.CheckInput;
import io.humaans.checks.CheckResult;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.Status;
import io.humaans.checks.model.AccessPolicy;
import io.humaans.checks.model.AccessRule;
import io.humaans.checks.model.Account;
import io.humaans.checks.model.Person;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AccessValidCheckTest {
  private final AccessValidCheck check = new AccessValidCheck();

  private static final AccessPolicy POLICY =
      AccessPolicy.builder()
          .system("GitHub")
          .addRules(AccessRule.builder().department("engineer*").addAccessLevels("member", "ADMIN").build())
          .addRules(AccessRule.builder().team("Security").addAccessLevels("*").build())
          .addRules(AccessRule.builder().jobTitle("*designer").addAccessLevels("read*").build())
          .build();

  private static CheckInput with(Person p, String department, String title, Account a) {
    return input(List.of(p), List.of(role("r1", "p1").department(department).jobTitle(title).build()))
        .addAccounts(a).addPolicies(POLICY).build();
  }

  private static Account level(String level) {
    return account("a1", "p1@example.com").accessLevel(level).build();
  }

  static Stream<Arguments> cases() {
    Person p = person("p1").build();
    return Stream.of(
        Arguments.of("engineer member", with(p, "Engineering", "Engineer", level("member")), Status.PASS, ReasonCodes.OK),
        Arguments.of("engineer admin any case", with(p, "ENGINEERING ", "Engineer", level(" Admin")), Status.PASS, ReasonCodes.OK),
        Arguments.of("engineer owner", with(p, "Engineering", "Engineer", level("owner")), Status.FAIL, ReasonCodes.ACCESS_LEVEL_NOT_ALLOWED),
        Arguments.of("engineer without a level", with(p, "Engineering", "Engineer", account("a1", "p1@example.com").accessLevel((String) null).build()), Status.FAIL, ReasonCodes.ACCESS_LEVEL_NOT_ALLOWED),
        Arguments.of("sales not allowed", with(p, "Sales", "Account Executive", level("member")), Status.FAIL, ReasonCodes.ROLE_NOT_ALLOWED),
        Arguments.of("security team any level", with(person("p1").addTeams("security").build(), "Sales", "Analyst", level("owner")), Status.PASS, ReasonCodes.OK),
        Arguments.of("title wildcard", with(p, "Design", "Product Designer", level("read-only")), Status.PASS, ReasonCodes.OK),
        Arguments.of("pre-hire judged by the upcoming role", input(List.of(person("p1").employmentStartDate(day(7)).build()),
            List.of(role("r1", "p1").effectiveDate(day(7)).build())).addAccounts(level("member")).addPolicies(POLICY).build(), Status.PASS, ReasonCodes.OK),
        Arguments.of("pre-hire with an upcoming role the policy excludes", input(List.of(person("p1").employmentStartDate(day(7)).build()),
            List.of(role("r1", "p1").department("Sales").effectiveDate(day(7)).build())).addAccounts(level("member")).addPolicies(POLICY).build(), Status.FAIL, ReasonCodes.ROLE_NOT_ALLOWED),
        Arguments.of("pre-hire without any role", input(List.of(person("p1").employmentStartDate(day(7)).build()),
            List.of()).addAccounts(level("member")).addPolicies(POLICY).build(), Status.FAIL, ReasonCodes.ROLE_NOT_ALLOWED),
        Arguments.of("no policy for the system", with(p, "Engineering", "Engineer", account("a1", "p1@example.com").system("aws").build()), Status.NOT_APPLICABLE, ReasonCodes.NO_POLICY));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judgesAccount(String name, CheckInput input, Status status, String reason) {
    CheckResult r = Fx.result(check, input, "a1");
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.reasonCode()).isEqualTo(reason);
  }

  @Test
  void onlyLiveAccountsOfPeopleWhoHaveNotLeftAreSubjects() {
    Person p = person("p1").build();
    assertThat(Fx.subjects(check, with(p, "Sales", "x", account("a1", "p1@example.com").state("suspended").build()))).isEmpty();
    assertThat(Fx.subjects(check, with(person("p1").employmentEndDate(day(-1)).build(), "Sales", "x", level("member")))).isEmpty();
    assertThat(Fx.subjects(check, with(p, "Sales", "x", account("a1", "nobody@example.com").build()))).isEmpty();
  }
}
