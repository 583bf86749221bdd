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
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UniqueIdentityCheckTest {
  private final UniqueIdentityCheck check = new UniqueIdentityCheck();

  static Stream<Arguments> cases() {
    return Stream.of(
        when("a unique email", c -> c.person("p1", p -> p), PASS, ReasonCodes.OK),
        when(
            "the same email in another case, padded",
            c ->
                c.person("p1", p -> p.email("Ann@Example.com"))
                    .person("p2", p -> p.email("  ann@example.COM ")),
            FAIL,
            ReasonCodes.DUPLICATE_EMAIL),
        when(
            "the same email as a pre-hire",
            c ->
                c.person("p1", p -> p.email("a@x.io"))
                    .person("p2", p -> p.email("a@x.io").status("newHire")),
            FAIL,
            ReasonCodes.DUPLICATE_EMAIL),
        when(
            "the same email as a leaver is fine",
            c ->
                c.person("p1", p -> p.email("a@x.io"))
                    .person("p2", p -> p.email("a@x.io").status("offboarded")),
            PASS,
            ReasonCodes.OK),
        when(
            "a plus-addressed email is another email (only case and padding are ignored)",
            c -> c.person("p1", p -> p.email("ann+hr@x.io")).person("p2", p -> p.email("ann@x.io")),
            PASS,
            ReasonCodes.OK),
        when(
            "no email",
            c -> c.person("p1", p -> p.email((String) null)),
            FAIL,
            ReasonCodes.MISSING_EMAIL),
        when(
            "blank emails are missing, not duplicates",
            c -> c.person("p1", p -> p.email("   ")).person("p2", p -> p.email("")),
            FAIL,
            ReasonCodes.MISSING_EMAIL),
        when(
            "a duplicate id is listed first",
            c -> c.person("p1", p -> p).person("p1", p -> p.email("other@x.io")),
            FAIL,
            ReasonCodes.DUPLICATE_PERSON_ID));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judgesAPersonWhoHasNotLeft(
      String name, UnaryOperator<Company> setup, Status status, String reason) {
    CheckResult r = setup.apply(company()).judge(check, "p1");
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.reasonCode()).isEqualTo(reason);
  }

  @Test
  void duplicateIdsAreSuffixedByContentNotInputOrder() {
    List<CheckResult> one =
        company()
            .person("p1", p -> p.email("b@x.io"))
            .person("p1", p -> p.email("a@x.io"))
            .results(check);
    List<CheckResult> two =
        company()
            .person("p1", p -> p.email("a@x.io"))
            .person("p1", p -> p.email("b@x.io"))
            .results(check);
    assertThat(one).extracting(CheckResult::subjectId).containsExactly("boss", "p1", "p1#2");
    assertThat(one).isEqualTo(two);
    assertThat(one.get(1).evidence()).containsEntry("records", "2");
  }

  @Test
  void aSuffixSkipsAnIdThatExists() {
    assertThat(
            company()
                .person("p1", p -> p)
                .person("p1", p -> p.email("x@x.io"))
                .person("p1#2", p -> p.email("y@x.io"))
                .subjects(check))
        .containsExactly("boss", "p1", "p1#2", "p1#3");
  }

  @Test
  void leaversAreNotSubjects() {
    assertThat(company().person("gone", p -> p.status("offboarded")).subjects(check))
        .containsExactly("boss");
  }

  @Test
  void onAPartialDirectoryTheOutcomeIsIncompleteUnlessSomethingFails() {
    CheckOutcome unique = company().person("p1", p -> p).readWithoutPrivateScope().outcome(check);
    assertThat(unique.status())
        .as("duplicates among hidden pre-hires cannot be seen")
        .isEqualTo(Status.INCOMPLETE);
    assertThat(unique.counts()).containsEntry(PASS, 2);
    assertThat(unique.missingScopes()).containsExactly("private:read");
    CheckOutcome duplicate =
        company()
            .person("p1", p -> p.email("a@x.io"))
            .person("p2", p -> p.email("a@x.io"))
            .readWithoutPrivateScope()
            .outcome(check);
    assertThat(duplicate.status()).isEqualTo(FAIL);
  }

  @Test
  void onACompleteDirectoryUniqueEmailsPass() {
    assertThat(company().person("p1", p -> p).outcome(check).status()).isEqualTo(PASS);
  }
}
