package io.humaans.checks.rules;

import static io.humaans.checks.rules.Fx.day;
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

class ReportingManagerAssignedCheckTest {
  private final ReportingManagerAssignedCheck check = new ReportingManagerAssignedCheck();

  private static CheckInput titled(String title) {
    return input(List.of(person("p1").build()), List.of(role("r1", "p1").jobTitle(title).reportingTo((String) null).build())).build();
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("reports to employed boss", input(List.of(person("p1").build()), List.of(role("r1", "p1").build())).build(), Status.PASS, ReasonCodes.OK),
        Arguments.of("padded manager id is stripped", input(List.of(person("p1").build()), List.of(role("r1", "p1").reportingTo(" boss ").build())).build(), Status.PASS, ReasonCodes.OK),
        Arguments.of("manager is a pre-hire", input(List.of(person("p1").build(), person("m").status("newHire").build()), List.of(role("r1", "p1").reportingTo("m").build())).build(), Status.PASS, ReasonCodes.OK),
        Arguments.of("no reportingTo", titled("Engineer"), Status.FAIL, ReasonCodes.NO_MANAGER),
        Arguments.of("blank reportingTo", input(List.of(person("p1").build()), List.of(role("r1", "p1").reportingTo(" ").build())).build(), Status.FAIL, ReasonCodes.NO_MANAGER),
        Arguments.of("no current role", input(List.of(person("p1").build()), List.of()).build(), Status.FAIL, ReasonCodes.NO_MANAGER),
        Arguments.of("unknown manager", input(List.of(person("p1").build()), List.of(role("r1", "p1").reportingTo("ghost").build())).build(), Status.FAIL, ReasonCodes.UNKNOWN_MANAGER),
        Arguments.of("self manager", input(List.of(person("p1").build()), List.of(role("r1", "p1").reportingTo("p1").build())).build(), Status.FAIL, ReasonCodes.SELF_MANAGER),
        Arguments.of("manager offboarded", input(List.of(person("p1").build(), person("m").status("offboarded").build()), List.of(role("r1", "p1").reportingTo("m").build())).build(), Status.FAIL, ReasonCodes.MANAGER_LEFT),
        Arguments.of("manager ended yesterday", input(List.of(person("p1").build(), person("m").employmentEndDate(day(-1)).build()), List.of(role("r1", "p1").reportingTo("m").build())).build(), Status.FAIL, ReasonCodes.MANAGER_LEFT),
        Arguments.of("manager ends today has not left", input(List.of(person("p1").build(), person("m").employmentEndDate(day(0)).build()), List.of(role("r1", "p1").reportingTo("m").build())).build(), Status.PASS, ReasonCodes.OK),
        Arguments.of("Chief Revenue Officer exempt", titled("Chief Revenue Officer"), Status.EXEMPT, ReasonCodes.TOP_MANAGEMENT_TITLE),
        Arguments.of("Chief of Staff not exempt", titled("Chief of Staff"), Status.FAIL, ReasonCodes.NO_MANAGER),
        Arguments.of("Chief Officer needs a word between", titled("Chief Officer"), Status.FAIL, ReasonCodes.NO_MANAGER),
        Arguments.of("ceo any case", titled("ceo"), Status.EXEMPT, ReasonCodes.TOP_MANAGEMENT_TITLE),
        Arguments.of("Co-founder & CTO", titled("Co-founder & CTO"), Status.EXEMPT, ReasonCodes.TOP_MANAGEMENT_TITLE),
        Arguments.of("CISO", titled("CISO"), Status.EXEMPT, ReasonCodes.TOP_MANAGEMENT_TITLE),
        Arguments.of("Managing Director", titled("Managing Director, EMEA"), Status.EXEMPT, ReasonCodes.TOP_MANAGEMENT_TITLE),
        Arguments.of("Director is not Managing Director", titled("Director of Managing"), Status.FAIL, ReasonCodes.NO_MANAGER),
        Arguments.of("Chief of Staff to the CEO not exempt", titled("Chief of Staff to the CEO"), Status.FAIL, ReasonCodes.NO_MANAGER),
        Arguments.of("Executive Assistant to the CEO not exempt", titled("Executive Assistant to the CEO"), Status.FAIL, ReasonCodes.NO_MANAGER),
        Arguments.of("Founder's Associate not exempt", titled("Founder's Associate"), Status.FAIL, ReasonCodes.NO_MANAGER),
        Arguments.of("Founder and CEO exempt", titled("Founder and CEO"), Status.EXEMPT, ReasonCodes.TOP_MANAGEMENT_TITLE),
        Arguments.of("Interim CFO exempt", titled("Interim CFO"), Status.EXEMPT, ReasonCodes.TOP_MANAGEMENT_TITLE),
        Arguments.of("Chief Executive Officer (Interim) exempt", titled("Chief Executive Officer (Interim)"), Status.EXEMPT, ReasonCodes.TOP_MANAGEMENT_TITLE),
        Arguments.of("CEO inside a word is not whole", titled("CEOffice Manager"), Status.FAIL, ReasonCodes.NO_MANAGER),
        Arguments.of("Cofounder without hyphen not listed", titled("Cofounder"), Status.FAIL, ReasonCodes.NO_MANAGER),
        Arguments.of("exempt title wins over unknown manager", input(List.of(person("p1").build()), List.of(role("r1", "p1").jobTitle("CFO").reportingTo("ghost").build())).build(), Status.EXEMPT, ReasonCodes.TOP_MANAGEMENT_TITLE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judgesEmployedPerson(String name, CheckInput input, Status status, String reason) {
    CheckResult r = Fx.result(check, input, "p1");
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.reasonCode()).isEqualTo(reason);
  }

  @Test
  void exemptsConfiguredIdsAndCustomPatterns() {
    CheckInput in = titled("Chairperson");
    assertThat(Fx.result(check, in, "p1", b -> b.addTopManagementIds("p1")).reasonCode()).isEqualTo(ReasonCodes.TOP_MANAGEMENT_ID);
    CheckResult custom = Fx.result(check, in, "p1", b -> b.topManagementTitlePatterns(List.of("Chairperson")));
    assertThat(custom.status()).isEqualTo(Status.EXEMPT);
    assertThat(custom.evidence()).containsEntry("pattern", "Chairperson");
    assertThat(Fx.result(check, titled("CEO"), "p1", b -> b.topManagementTitlePatterns(List.of("Chairperson"))).reasonCode())
        .isEqualTo(ReasonCodes.NO_MANAGER);
  }
}
