package io.humaans.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humaans.checks.model.Account;
import io.humaans.checks.model.AccountLink;
import io.humaans.checks.model.Directory;
import io.humaans.checks.model.Person;
import io.humaans.checks.model.Seat;
import io.humaans.checks.model.Waiver;
import io.humaans.checks.rules.ActivityTrendCheck;
import io.humaans.checks.rules.ReclaimableSeatsCheck;
import io.humaans.checks.rules.UserIdentifiedCheck;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
  private static final LocalDate EARLIER = LocalDate.of(2026, 11, 1);

  /** A reclaimable-seats report whose seats s1..sN are held by unknown people (all FAIL). */
  private static Report report(String... failingSeats) {
    return report(List.of(), failingSeats);
  }

  /** {@link #report(String...)} with the given waivers. */
  private static Report report(List<Waiver> waivers, String... failingSeats) {
    List<Seat> seats = new ArrayList<>();
    for (String id : failingSeats) {
      seats.add(Seat.builder().product("Figma").id(id).email(id + "@gone.example").build());
    }
    seats.add(
        Seat.builder()
            .product("Figma")
            .id("ok")
            .email("p@example.com")
            .lastActivityAt(AS_OF.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
            .build());
    CheckInput input =
        CheckInput.builder()
            .directory(
                Directory.builder()
                    .addPeople(
                        Person.builder().id("p").email("p@example.com").status("active").build())
                    .build())
            .addAllSeats(seats)
            .addAllWaivers(waivers)
            .build();
    return Checks.run(
        List.of(new ReclaimableSeatsCheck()),
        CheckContext.of(input, CheckConfig.builder().asOf(AS_OF).build()));
  }

  /** The baseline a previous run of {@code report} gives, failing since {@link #EARLIER}. */
  private static Baseline baselineOf(Report previous) {
    Baseline.Builder b = Baseline.builder().asOf(EARLIER);
    previous.checks().forEach(c -> b.addCheckId(c.checkId()));
    for (CheckResult r : previous.results()) {
      if (r.status() == Status.FAIL) {
        b.addFailure(r.checkId(), r.subjectId(), EARLIER, r.label());
      }
    }
    return b.build();
  }

  @Test
  void oneFailureFewerInTheBaselineIsExactlyOneNew() {
    ReportChanges changes = report("s1", "s2").compareWith(baselineOf(report("s1")));
    assertThat(changes.newFailures()).extracting(CheckResult::subjectId).containsExactly("s2");
    assertThat(changes.resolved()).isEmpty();
    CheckResult s1 = changes.report().results().get(1);
    assertThat(s1.subjectId()).isEqualTo("s1");
    assertThat(changes.change(s1)).contains(ReportChanges.Change.UNCHANGED);
    assertThat(changes.failingSince(s1)).contains(EARLIER);
    CheckResult s2 = changes.newFailures().get(0);
    assertThat(changes.change(s2)).contains(ReportChanges.Change.NEW);
    assertThat(changes.failingSince(s2)).contains(AS_OF);
    CheckResult ok = changes.report().results().get(0);
    assertThat(ok.subjectId()).isEqualTo("ok");
    assertThat(changes.change(ok)).isEmpty();
    assertThat(changes.failingSince(ok)).isEmpty();

    String json = changes.toJson();
    assertThat(json)
        .contains(
            "\"subjectId\": \"s1\", \"label\": \"Figma s1@gone.example\", \"status\": \"FAIL\","
                + " \"change\": \"UNCHANGED\", \"failingSince\": \"2026-11-01\", \"reasonCode\"")
        .contains(
            "\"subjectId\": \"s2\", \"label\": \"Figma s2@gone.example\", \"status\": \"FAIL\","
                + " \"change\": \"NEW\", \"failingSince\": \"2026-11-23\", \"reasonCode\"")
        .contains(
            "\"subjectId\": \"ok\", \"label\": \"Figma p@example.com\", \"status\": \"PASS\","
                + " \"reasonCode\"")
        .endsWith("}\n  ],\n  \"resolved\": []\n}\n");
  }

  @Test
  void oneExtraFailureInTheBaselineIsExactlyOneResolved() {
    ReportChanges changes = report("s1").compareWith(baselineOf(report("s1", "s2")));
    assertThat(changes.newFailures()).isEmpty();
    assertThat(changes.resolved()).extracting(Baseline.Failure::subjectId).containsExactly("s2");
    assertThat(changes.toJson())
        .endsWith(
            "  \"resolved\": [\n    {\"checkId\": \"reclaimable-seats\", \"subjectId\": \"s2\","
                + " \"label\": \"Figma s2@gone.example\", \"failingSince\": \"2026-11-01\"}\n  ]\n}\n");
  }

  @Test
  void aReportComparedWithItselfChangesNothing() {
    Report report = report("s1", "s2");
    ReportChanges changes = report.compareWith(baselineOf(report));
    assertThat(changes.newFailures()).isEmpty();
    assertThat(changes.resolved()).isEmpty();
    assertThat(report.results())
        .filteredOn(r -> r.status() == Status.FAIL)
        .hasSize(2)
        .allSatisfy(r -> assertThat(changes.change(r)).contains(ReportChanges.Change.UNCHANGED));
  }

  @Test
  void withoutABaselineTheJsonHasNoChangeFields() {
    String json = report("s1").toJson();
    assertThat(json)
        .doesNotContain("\"change\"")
        .doesNotContain("failingSince")
        .doesNotContain("resolved")
        .endsWith("}\n  ]\n}\n");
  }

  @Test
  void aBaselineOfAnotherCheckSetIsAClearError() {
    Baseline other = Baseline.builder().checkIds(List.of(ActivityTrendCheck.ID)).build();
    assertThatThrownBy(() -> report("s1").compareWith(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the baseline is a report of a different check set: it lacks"
                + " [reclaimable-seats] and has [activity-trend] beyond this report's checks");
  }

  @Test
  void aBaselineDatedAfterTheReportIsAClearErrorNotAFutureFailingSince() {
    Baseline later =
        Baseline.builder()
            .asOf(AS_OF.plusDays(1))
            .addCheckId(ReclaimableSeatsCheck.ID)
            .addFailure(ReclaimableSeatsCheck.ID, "s1", AS_OF.plusDays(1))
            .build();
    assertThatThrownBy(() -> report("s1").compareWith(later))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the baseline is a report as of 2026-11-24, after this report's asOf 2026-11-23");
    Baseline undated =
        Baseline.builder()
            .addCheckId(ReclaimableSeatsCheck.ID)
            .addFailure(ReclaimableSeatsCheck.ID, "s1", AS_OF.plusDays(1))
            .build();
    assertThatThrownBy(() -> report("s1").compareWith(undated))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the baseline's failure of reclaimable-seats on s1 has been failing since 2026-11-24,"
                + " after this report's asOf 2026-11-23");
    Baseline sameDay =
        Baseline.builder()
            .asOf(AS_OF)
            .addCheckId(ReclaimableSeatsCheck.ID)
            .addFailure(ReclaimableSeatsCheck.ID, "s1", AS_OF)
            .build();
    assertThat(report("s1").compareWith(sameDay).newFailures()).isEmpty();
  }

  @Test
  void aBaselineFailureOfAnUnlistedCheckOrListedTwiceIsRejected() {
    assertThatThrownBy(
            () -> Baseline.builder().addCheckId("a").addFailure("b", "s1", EARLIER).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the baseline lists a failure of check b, which is not among its checks [a]");
    assertThatThrownBy(
            () ->
                Baseline.builder()
                    .addCheckId("a")
                    .addFailure("a", "s1", EARLIER)
                    .addFailure("a", "s1", AS_OF)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the baseline lists the failure of a on s1 twice");
  }

  /**
   * A user-identified report of account id {@code a} in each system; a system written {@code
   * github!} has an account of an unknown email, so that its result fails.
   */
  private static Report accountsNamedA(String... systems) {
    List<Account> accounts = new ArrayList<>();
    for (String system : systems) {
      boolean fails = system.endsWith("!");
      String name = fails ? system.substring(0, system.length() - 1) : system;
      String email = fails ? name + "@gone.example" : "p@example.com";
      accounts.add(Account.builder().system(name).id("a").email(email).state("active").build());
    }
    CheckInput input =
        CheckInput.builder()
            .directory(
                Directory.builder()
                    .addPeople(
                        Person.builder().id("p").email("p@example.com").status("active").build())
                    .build())
            .addAllAccounts(accounts)
            .build();
    return Checks.run(
        List.of(new UserIdentifiedCheck()),
        CheckContext.of(input, CheckConfig.builder().asOf(AS_OF).build()));
  }

  private static List<String> failing(Report report) {
    return report.results().stream()
        .filter(r -> r.status() == Status.FAIL)
        .map(r -> r.subjectId() + " " + r.label())
        .toList();
  }

  @Test
  void aFailureWhoseDuplicateSuffixShiftsIsUnchangedNotNewAndResolved() {
    // Yesterday github's account "a" was the subject "a"; today an aws account "a" sorts first
    // and takes the id, so github's is "a#2" and slack's "a#3".
    Report yesterday = accountsNamedA("github!", "slack");
    assertThat(failing(yesterday)).containsExactly("a github github@gone.example");
    Report today = accountsNamedA("aws", "github!", "slack");
    assertThat(failing(today)).containsExactly("a#2 github github@gone.example");

    ReportChanges changes = today.compareWith(baselineOf(yesterday));

    assertThat(changes.newFailures()).isEmpty();
    assertThat(changes.resolved()).isEmpty();
    CheckResult github = changes.report().results().get(1);
    assertThat(changes.change(github)).contains(ReportChanges.Change.UNCHANGED);
    assertThat(changes.failingSince(github)).contains(EARLIER);
    assertThat(changes.toJson())
        .contains(
            "\"subjectId\": \"a#2\", \"label\": \"github github@gone.example\","
                + " \"status\": \"FAIL\", \"change\": \"UNCHANGED\","
                + " \"failingSince\": \"2026-11-01\"")
        .endsWith("\"resolved\": []\n}\n");
  }

  @Test
  void aFailureThatLosesItsDuplicateSuffixIsUnchanged() {
    Report yesterday = accountsNamedA("aws", "github!", "slack");
    Report today = accountsNamedA("github!", "slack");

    ReportChanges changes = today.compareWith(baselineOf(yesterday));

    assertThat(failing(today)).containsExactly("a github github@gone.example");
    assertThat(changes.newFailures()).isEmpty();
    assertThat(changes.resolved()).isEmpty();
    assertThat(changes.failingSince(changes.report().results().get(0))).contains(EARLIER);
  }

  @Test
  void anotherAccountTakingOverAFailingSubjectIdIsNewAndTheFailureKeepsItsDate() {
    // Today aws's new, failing account takes the id "a"; github's is still failing as "a#2".
    Report yesterday = accountsNamedA("github!", "slack");
    Report today = accountsNamedA("aws!", "github!", "slack");

    ReportChanges changes = today.compareWith(baselineOf(yesterday));

    assertThat(changes.newFailures())
        .extracting(r -> r.subjectId() + " " + r.label())
        .containsExactly("a aws aws@gone.example");
    assertThat(changes.resolved()).isEmpty();
    CheckResult github = changes.report().results().get(1);
    assertThat(github.subjectId()).isEqualTo("a#2");
    assertThat(changes.failingSince(github)).contains(EARLIER);
  }

  @Test
  void anotherAccountTakingOverTheIdOfAFixedFailureIsNewAndTheFixIsResolved() {
    // Yesterday github's account "a" failed. Today it is linked to its person and passes, as
    // "a#2" under the same label, and aws's new, failing account takes the id "a": a new
    // failure, not github's carried on under its old id.
    Report yesterday = accountsNamedA("github!", "slack");
    CheckInput input =
        CheckInput.builder()
            .directory(
                Directory.builder()
                    .addPeople(
                        Person.builder().id("p").email("p@example.com").status("active").build())
                    .build())
            .addAccounts(
                Account.builder()
                    .system("aws")
                    .id("a")
                    .email("aws@gone.example")
                    .state("active")
                    .build(),
                Account.builder()
                    .system("github")
                    .id("a")
                    .email("github@gone.example")
                    .state("active")
                    .build())
            .addAccountLinks(
                AccountLink.builder().system("github").accountId("a").personId("p").build())
            .build();
    Report today =
        Checks.run(
            List.of(new UserIdentifiedCheck()),
            CheckContext.of(input, CheckConfig.builder().asOf(AS_OF).build()));
    assertThat(today.results())
        .extracting(r -> r.subjectId() + " " + r.label() + " " + r.status())
        .containsExactly("a aws aws@gone.example FAIL", "a#2 github github@gone.example PASS");

    ReportChanges changes = today.compareWith(baselineOf(yesterday));

    assertThat(changes.newFailures()).extracting(CheckResult::subjectId).containsExactly("a");
    assertThat(changes.failingSince(changes.report().results().get(0))).contains(AS_OF);
    assertThat(changes.resolved())
        .extracting(f -> f.label() + " " + changes.statusNow(f).map(Status::name).orElse("-"))
        .containsExactly("github github@gone.example PASS");
  }

  @Test
  void aFailingTwinWithTheSameLabelDoesNotContinueAFailureItsSubjectIdHolderResolved() {
    // Yesterday p's Figma seat "ok" was unused (FAIL). Today it passes under the same id and
    // label, and a second seat "ok" of p's, labelled alike, fails: that failure is new.
    Baseline yesterday =
        Baseline.builder()
            .asOf(EARLIER)
            .addCheckId(ReclaimableSeatsCheck.ID)
            .addFailure(ReclaimableSeatsCheck.ID, "ok", EARLIER, "Figma p@example.com")
            .build();
    Seat passing =
        Seat.builder()
            .product("Figma")
            .id("ok")
            .email("p@example.com")
            .assignedAt(AS_OF.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
            .build();
    Seat failing =
        Seat.builder()
            .product("Figma")
            .id("ok")
            .email("p@example.com")
            .lastActivityAt(
                EARLIER.minusYears(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
            .build();
    CheckInput input =
        CheckInput.builder()
            .directory(
                Directory.builder()
                    .addPeople(
                        Person.builder().id("p").email("p@example.com").status("active").build())
                    .build())
            .addSeats(passing, failing)
            .build();
    Report today =
        Checks.run(
            List.of(new ReclaimableSeatsCheck()),
            CheckContext.of(input, CheckConfig.builder().asOf(AS_OF).build()));
    assertThat(today.results())
        .extracting(r -> r.subjectId() + " " + r.label() + " " + r.status())
        .containsExactly("ok Figma p@example.com PASS", "ok#2 Figma p@example.com FAIL");

    ReportChanges changes = today.compareWith(yesterday);

    assertThat(changes.newFailures()).extracting(CheckResult::subjectId).containsExactly("ok#2");
    assertThat(changes.resolved())
        .extracting(f -> f.subjectId() + " " + changes.statusNow(f).map(Status::name).orElse("-"))
        .containsExactly("ok PASS");
  }

  @Test
  void aFailureOfASystemThatCouldNotBeReadTodayIsIncompleteNotFixed() {
    // Yesterday github's account "a" failed; today github's accounts could not be read, so no
    // result names it: the check cannot tell, which is not the failure being fixed.
    Report yesterday = accountsNamedA("github!");
    CheckInput input =
        CheckInput.builder()
            .directory(
                Directory.builder()
                    .addPeople(
                        Person.builder().id("p").email("p@example.com").status("active").build())
                    .build())
            .putUnreadableSystems("github", "403 on /orgs/acme/members")
            .build();
    Report today =
        Checks.run(
            List.of(new UserIdentifiedCheck()),
            CheckContext.of(input, CheckConfig.builder().asOf(AS_OF).build()));
    assertThat(today.checks().get(0).status()).isEqualTo(Status.INCOMPLETE);

    ReportChanges changes = today.compareWith(baselineOf(yesterday));

    assertThat(changes.resolved())
        .extracting(f -> f.subjectId() + " " + changes.statusNow(f).map(Status::name).orElse("-"))
        .containsExactly("a INCOMPLETE");
    assertThat(changes.toJson()).contains("\"statusNow\": \"INCOMPLETE\"}");
  }

  @Test
  void aRelabelledFailureWithTheSameSubjectIdIsUnchanged() {
    Report today = report("s1");
    Baseline yesterday =
        Baseline.builder()
            .asOf(EARLIER)
            .addCheckId(ReclaimableSeatsCheck.ID)
            .addFailure(ReclaimableSeatsCheck.ID, "s1", EARLIER, "Figma old-name@gone.example")
            .build();

    ReportChanges changes = today.compareWith(yesterday);

    assertThat(changes.newFailures()).isEmpty();
    assertThat(changes.resolved()).isEmpty();
    assertThat(changes.failingSince(changes.report().results().get(1))).contains(EARLIER);
  }

  @Test
  void aFailureWaivedSinceIsResolvedAndSaysItIsWaivedNotFixed() {
    Waiver waiver =
        Waiver.builder()
            .checkId(ReclaimableSeatsCheck.ID)
            .subjectId("s1")
            .reason("Contractor until January")
            .build();
    Report today = report(List.of(waiver), "s1", "s2");

    ReportChanges changes = today.compareWith(baselineOf(report("s1", "s2", "s3")));

    assertThat(changes.resolved())
        .extracting(f -> f.subjectId() + " " + changes.statusNow(f).map(Status::name).orElse("-"))
        .containsExactly("s1 WAIVED", "s3 -");
    assertThat(changes.toJson())
        .endsWith(
            "  \"resolved\": [\n"
                + "    {\"checkId\": \"reclaimable-seats\", \"subjectId\": \"s1\","
                + " \"label\": \"Figma s1@gone.example\", \"failingSince\": \"2026-11-01\","
                + " \"statusNow\": \"WAIVED\"},\n"
                + "    {\"checkId\": \"reclaimable-seats\", \"subjectId\": \"s3\","
                + " \"label\": \"Figma s3@gone.example\", \"failingSince\": \"2026-11-01\"}\n"
                + "  ]\n}\n");
  }

  @Test
  void aResolvedFailureWhoseSubjectPassesSaysPass() {
    Baseline yesterday =
        Baseline.builder()
            .asOf(EARLIER)
            .addCheckId(ReclaimableSeatsCheck.ID)
            .addFailure(ReclaimableSeatsCheck.ID, "ok", EARLIER, "Figma p@example.com")
            .build();

    ReportChanges changes = report().compareWith(yesterday);

    assertThat(changes.resolved()).extracting(Baseline.Failure::subjectId).containsExactly("ok");
    assertThat(changes.statusNow(changes.resolved().get(0))).contains(Status.PASS);
    assertThat(changes.toJson())
        .contains("\"failingSince\": \"2026-11-01\", \"statusNow\": \"PASS\"}");
  }
}
