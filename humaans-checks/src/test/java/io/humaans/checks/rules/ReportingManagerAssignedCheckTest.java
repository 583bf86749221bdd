package io.humaans.checks.rules;

import static io.humaans.checks.Status.EXEMPT;
import static io.humaans.checks.Status.FAIL;
import static io.humaans.checks.Status.INCOMPLETE;
import static io.humaans.checks.Status.PASS;
import static io.humaans.checks.rules.Company.company;
import static io.humaans.checks.rules.Company.day;
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

class ReportingManagerAssignedCheckTest {
  private final ReportingManagerAssignedCheck check = new ReportingManagerAssignedCheck();

  /** p1 reports to {@code managerId}. */
  private static UnaryOperator<Company> reportsTo(String managerId) {
    return c -> c.person("p1", p -> p).role("p1", r -> r.reportingTo(managerId));
  }

  /** p1 has a current role with this title and no manager. */
  private static UnaryOperator<Company> titled(String title) {
    return c ->
        c.person("p1", p -> p).role("p1", r -> r.jobTitle(title).reportingTo((String) null));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        when("reports to the employed boss", reportsTo("boss"), PASS, ReasonCodes.OK),
        when("a padded manager id is stripped", reportsTo(" boss "), PASS, ReasonCodes.OK),
        when(
            "the manager is a pre-hire",
            c -> reportsTo("m").apply(c).person("m", p -> p.status("newHire")),
            PASS,
            ReasonCodes.OK),
        when(
            "the manager's employment ends today (not left yet)",
            c -> reportsTo("m").apply(c).person("m", p -> p.employmentEndDate(day(0))),
            PASS,
            ReasonCodes.OK),
        when("no reportingTo", titled("Engineer"), FAIL, ReasonCodes.NO_MANAGER),
        when("a blank reportingTo", reportsTo(" "), FAIL, ReasonCodes.NO_MANAGER),
        when("no current role", c -> c.person("p1", p -> p), FAIL, ReasonCodes.NO_MANAGER),
        when("an unknown manager", reportsTo("ghost"), FAIL, ReasonCodes.UNKNOWN_MANAGER),
        when(
            "an unknown manager on a partial directory (maybe a hidden leaver or pre-hire)",
            c -> reportsTo("ghost").apply(c).readWithoutPrivateScope(),
            INCOMPLETE,
            ReasonCodes.PARTIAL_DIRECTORY),
        when(
            "a visible manager on a partial directory",
            c -> reportsTo("boss").apply(c).readWithoutPrivateScope(),
            PASS,
            ReasonCodes.OK),
        when("reports to themself", reportsTo("p1"), FAIL, ReasonCodes.SELF_MANAGER),
        when(
            "the manager is offboarded",
            c -> reportsTo("m").apply(c).person("m", p -> p.status("offboarded")),
            FAIL,
            ReasonCodes.MANAGER_LEFT),
        when(
            "the manager's employment ended yesterday",
            c -> reportsTo("m").apply(c).person("m", p -> p.employmentEndDate(day(-1))),
            FAIL,
            ReasonCodes.MANAGER_LEFT),
        when(
            "an exempt title wins over an unknown manager",
            c -> c.person("p1", p -> p).role("p1", r -> r.jobTitle("CFO").reportingTo("ghost")),
            EXEMPT,
            ReasonCodes.TOP_MANAGEMENT_TITLE));
  }

  static Stream<Arguments> titles() {
    return Stream.of(
        when(
            "Chief Revenue Officer",
            titled("Chief Revenue Officer"),
            EXEMPT,
            ReasonCodes.TOP_MANAGEMENT_TITLE),
        when("ceo in lower case", titled("ceo"), EXEMPT, ReasonCodes.TOP_MANAGEMENT_TITLE),
        when(
            "Co-founder & CTO",
            titled("Co-founder & CTO"),
            EXEMPT,
            ReasonCodes.TOP_MANAGEMENT_TITLE),
        when("CISO", titled("CISO"), EXEMPT, ReasonCodes.TOP_MANAGEMENT_TITLE),
        when(
            "Managing Director, EMEA",
            titled("Managing Director, EMEA"),
            EXEMPT,
            ReasonCodes.TOP_MANAGEMENT_TITLE),
        when(
            "Founder and CEO", titled("Founder and CEO"), EXEMPT, ReasonCodes.TOP_MANAGEMENT_TITLE),
        when("Interim CFO", titled("Interim CFO"), EXEMPT, ReasonCodes.TOP_MANAGEMENT_TITLE),
        when(
            "Chief Executive Officer (Interim)",
            titled("Chief Executive Officer (Interim)"),
            EXEMPT,
            ReasonCodes.TOP_MANAGEMENT_TITLE),
        when("Chief of Staff", titled("Chief of Staff"), FAIL, ReasonCodes.NO_MANAGER),
        when(
            "Chief Officer needs a word between",
            titled("Chief Officer"),
            FAIL,
            ReasonCodes.NO_MANAGER),
        when("Director of Managing", titled("Director of Managing"), FAIL, ReasonCodes.NO_MANAGER),
        when(
            "Chief of Staff to the CEO",
            titled("Chief of Staff to the CEO"),
            FAIL,
            ReasonCodes.NO_MANAGER),
        when(
            "Executive Assistant to the CEO",
            titled("Executive Assistant to the CEO"),
            FAIL,
            ReasonCodes.NO_MANAGER),
        when("Founder's Associate", titled("Founder's Associate"), FAIL, ReasonCodes.NO_MANAGER),
        when("CEO inside a word", titled("CEOffice Manager"), FAIL, ReasonCodes.NO_MANAGER),
        when("Cofounder without a hyphen", titled("Cofounder"), FAIL, ReasonCodes.NO_MANAGER));
  }

  /** A top-management role named only as whom the person serves does not exempt them. */
  static Stream<Arguments> titlesServingTopManagement() {
    return Stream.of(
        serves("Executive Assistant to the CEO & Founder"),
        serves("Chief of Staff to the CEO"),
        serves("Office of the CTO"),
        serves("Assistant to the Managing Director"),
        serves("EA to CFO"),
        serves("EA to the CEO / CFO"),
        serves("Assistant to the CEO and Co-founder"),
        serves("Chief of Staff, Office of the CEO & CTO"),
        serves("Researcher for the Founder & CEO"),
        serves("Chief of Staff to the Chief Executive Officer"),
        exempt("CEO"),
        exempt("CEO & Founder"),
        exempt("Co-founder & CTO"),
        exempt("Chief Executive Officer"),
        exempt("Managing Director, EMEA"),
        exempt("Founder and CEO"),
        exempt("Managing Director, Head of the London Office"),
        exempt("CTO (reports to the board)"));
  }

  private static Arguments serves(String title) {
    return when(title + ": not exempt", titled(title), FAIL, ReasonCodes.NO_MANAGER);
  }

  private static Arguments exempt(String title) {
    return when(title + ": exempt", titled(title), EXEMPT, ReasonCodes.TOP_MANAGEMENT_TITLE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"cases", "titles", "titlesServingTopManagement"})
  void judgesAnEmployedPerson(
      String name, UnaryOperator<Company> setup, Status status, String reason) {
    CheckResult r = setup.apply(company()).judge(check, "p1");
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.reasonCode()).isEqualTo(reason);
  }

  @Test
  void configuredIdsAreExempt() {
    CheckResult r =
        titled("Chairperson")
            .apply(company())
            .configure(b -> b.addTopManagementIds("p1"))
            .judge(check, "p1");
    assertThat(r.status()).isEqualTo(EXEMPT);
    assertThat(r.reasonCode()).isEqualTo(ReasonCodes.TOP_MANAGEMENT_ID);
  }

  @Test
  void configuredPatternsReplaceTheDefaults() {
    CheckResult custom =
        titled("Chairperson")
            .apply(company())
            .configure(b -> b.topManagementTitlePatterns(List.of("Chairperson")))
            .judge(check, "p1");
    assertThat(custom.status()).isEqualTo(EXEMPT);
    assertThat(custom.evidence()).containsEntry("pattern", "Chairperson");
    CheckResult ceo =
        titled("CEO")
            .apply(company())
            .configure(b -> b.topManagementTitlePatterns(List.of("Chairperson")))
            .judge(check, "p1");
    assertThat(ceo.reasonCode()).isEqualTo(ReasonCodes.NO_MANAGER);
  }

  @Test
  void configuredPatternsFollowTheSameRule() {
    List<String> chair = List.of("Chair of the Board", "Director ... Foundation");
    assertThat(judgeTitled("Chair of the Board", chair).status())
        .as("a pattern's own words may be to, for or of the")
        .isEqualTo(EXEMPT);
    assertThat(judgeTitled("Assistant to the Chair of the Board", chair).status()).isEqualTo(FAIL);
    assertThat(judgeTitled("Secretary, Office of the Chair of the Board", chair).status())
        .isEqualTo(FAIL);
    assertThat(judgeTitled("Director of Fundraising Foundation", chair).status()).isEqualTo(EXEMPT);
    assertThat(judgeTitled("Director to the Foundation", chair).status())
        .as("... never stands for to, for or of the")
        .isEqualTo(FAIL);
  }

  /** p1's result when titled {@code title} under the configured {@code patterns}. */
  private CheckResult judgeTitled(String title, List<String> patterns) {
    return titled(title)
        .apply(company())
        .configure(b -> b.topManagementTitlePatterns(patterns))
        .judge(check, "p1");
  }

  @Test
  void aLeftManagerIsNamedWithTheirLastDay() {
    CheckResult r =
        reportsTo("m")
            .apply(company())
            .person("m", p -> p.employmentEndDate(day(-3)).lastWorkingDay(day(-5)))
            .judge(check, "p1");
    assertThat(r.evidence())
        .containsEntry("reportingTo", "m")
        .containsEntry("managerLastDay", day(-5).toString());
  }

  @Test
  void anUnknownManagerOnAPartialDirectoryMakesTheOutcomeIncompleteNotFail() {
    CheckOutcome outcome =
        reportsTo("ghost").apply(company()).readWithoutPrivateScope().outcome(check);
    assertThat(outcome.status()).isEqualTo(INCOMPLETE);
    assertThat(outcome.counts()).containsEntry(INCOMPLETE, 1).containsEntry(FAIL, 0);
  }
}
