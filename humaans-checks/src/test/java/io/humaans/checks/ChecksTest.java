package io.humaans.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.humaans.checks.model.Directory;
import io.humaans.checks.model.JobRole;
import io.humaans.checks.model.Person;
import io.humaans.checks.model.Seat;
import io.humaans.checks.model.Waiver;
import io.humaans.checks.rules.ReclaimableSeatsCheck;
import io.humaans.checks.rules.StaffRoleAssignedCheck;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChecksTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

  private static CheckInput.Builder world() {
    Person p1 =
        Person.builder()
            .id("p1")
            .email("p1@x.io")
            .status("active")
            .employmentStartDate(LocalDate.of(2020, 1, 1))
            .build();
    return CheckInput.builder().directory(Directory.builder().addPeople(p1).build());
  }

  private static CheckConfig config() {
    return CheckConfig.builder().asOf(AS_OF).build();
  }

  @Test
  void registersTwelveChecksWithTheSpecIdsAndIdConstants() throws Exception {
    assertThat(Checks.all())
        .extracting(c -> c.info().id())
        .containsExactly(
            "staff-role-assigned",
            "reporting-manager-assigned",
            "joining-date-provided",
            "reporting-line-acyclic",
            "employment-dates-consistent",
            "unique-identity",
            "user-identified",
            "offboarded-access-removed",
            "access-valid",
            "one-account-per-person",
            "reclaimable-seats",
            "activity-trend");
    for (Check check : Checks.all()) {
      Field id = check.getClass().getField("ID");
      assertThat(id.get(null)).isEqualTo(check.info().id());
    }
  }

  @Test
  void reportListsOutcomesAndResultsSortedByCheckIdThenSubject() {
    Report report = Checks.run(world().build(), config());
    assertThat(report.checks()).extracting(CheckOutcome::checkId).isSorted().hasSize(12);
    assertThat(report.results()).extracting(r -> r.checkId() + " " + r.subjectId()).isSorted();
    CheckOutcome staff =
        report.checks().stream()
            .filter(c -> c.checkId().equals(StaffRoleAssignedCheck.ID))
            .findFirst()
            .orElseThrow();
    assertThat(staff.status()).isEqualTo(Status.FAIL);
    assertThat(staff.counts()).containsEntry(Status.FAIL, 1).containsEntry(Status.PASS, 0);
    assertThat(report.scopes()).isEmpty();
    assertThat(report.partial()).isFalse();
  }

  @Test
  void unexpiredWaiverTurnsFailIntoWaivedAndKeepsReason() {
    Waiver waiver =
        Waiver.builder()
            .checkId(StaffRoleAssignedCheck.ID)
            .subjectId("p1")
            .reason("Contractor, no role in HR")
            .expiresOn(AS_OF)
            .build();
    Report report = Checks.run(world().addWaivers(waiver).build(), config());
    CheckResult r = staffResult(report);
    assertThat(r.status()).isEqualTo(Status.WAIVED);
    assertThat(r.reasonCode()).isEqualTo(ReasonCodes.NO_JOB_ROLE);
    assertThat(r.evidence())
        .containsEntry("waiver", "Contractor, no role in HR")
        .containsEntry("waiverExpiresOn", "2026-11-23");
    assertThat(outcome(report, StaffRoleAssignedCheck.ID).status()).isEqualTo(Status.PASS);
  }

  @Test
  void expiredWaiverLeavesTheFail() {
    Waiver waiver =
        Waiver.builder()
            .checkId(StaffRoleAssignedCheck.ID)
            .subjectId("p1")
            .reason("old")
            .expiresOn(AS_OF.minusDays(1))
            .build();
    CheckResult r = staffResult(Checks.run(world().addWaivers(waiver).build(), config()));
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.evidence()).containsEntry("waiverExpiredOn", "2026-11-22");
  }

  @Test
  void waiverDoesNotTouchPassingResults() {
    JobRole role =
        JobRole.builder()
            .id("r")
            .personId("p1")
            .jobTitle("Engineer")
            .effectiveDate(LocalDate.of(2020, 1, 1))
            .build();
    CheckInput in =
        CheckInput.builder()
            .from(world().build())
            .directory(
                Directory.builder().from(world().build().directory()).addJobRoles(role).build())
            .addWaivers(
                Waiver.builder()
                    .checkId(StaffRoleAssignedCheck.ID)
                    .subjectId("p1")
                    .reason("x")
                    .build())
            .build();
    assertThat(staffResult(Checks.run(in, config())).status()).isEqualTo(Status.PASS);
  }

  @Test
  void totalsReclaimableSeatsPerProduct() {
    Instant old = Instant.parse("2026-01-01T00:00:00Z");
    CheckInput in =
        world()
            .addSeats(
                Seat.builder().product("Zoom").id("s1").email("ghost@x.io").assignedAt(old).build())
            .addSeats(
                Seat.builder().product("Figma").id("s2").email("p1@x.io").assignedAt(old).build())
            .addSeats(
                Seat.builder()
                    .product("Figma")
                    .id("s3")
                    .email("p1@x.io")
                    .lastActivityAt(old)
                    .build())
            .addSeats(
                Seat.builder()
                    .product("Figma")
                    .id("s4")
                    .email("p1@x.io")
                    .lastActivityAt(Instant.parse("2026-11-20T00:00:00Z"))
                    .build())
            .build();
    Report report = Checks.run(in, config());
    assertThat(report.reclaimableSeatsByProduct())
        .containsExactly(java.util.Map.entry("Figma", 2), java.util.Map.entry("Zoom", 1));
    assertThat(outcome(report, ReclaimableSeatsCheck.ID).counts()).containsEntry(Status.FAIL, 3);
  }

  @Test
  void partialDirectoryNamesMissingScopeOnEveryCheck() {
    CheckInput in =
        CheckInput.builder()
            .from(world().build())
            .directory(
                Directory.builder()
                    .from(world().build().directory())
                    .scopes(Set.of("public:read"))
                    .build())
            .build();
    Report report = Checks.run(in, config());
    assertThat(report.partial()).isTrue();
    assertThat(report.scopes()).contains(List.of("public:read"));
    assertThat(report.checks())
        .allSatisfy(c -> assertThat(c.missingScopes()).containsExactly("private:read"));
    assertThat(outcome(report, "reclaimable-seats").status()).isEqualTo(Status.INCOMPLETE);
    assertThat(outcome(report, "offboarded-access-removed").status()).isEqualTo(Status.INCOMPLETE);
    assertThat(outcome(report, "employment-dates-consistent").status())
        .isEqualTo(Status.INCOMPLETE);
    // Changed on purpose (#9): duplicates among hidden pre-hires cannot be seen.
    assertThat(outcome(report, "unique-identity").status()).isEqualTo(Status.INCOMPLETE);
    assertThat(outcome(report, "staff-role-assigned").status()).isEqualTo(Status.FAIL);
  }

  @Test
  void checksThatJudgedNothingAreNotApplicableNeverPass() {
    Report report = Checks.run(world().build(), config());
    for (String id :
        List.of(
            "user-identified",
            "offboarded-access-removed",
            "access-valid",
            "one-account-per-person",
            "reclaimable-seats",
            "activity-trend")) {
      CheckOutcome outcome = outcome(report, id);
      assertThat(outcome.status()).as(id).isEqualTo(Status.NOT_APPLICABLE);
      assertThat(outcome.total()).as(id).isZero();
    }
    assertThat(outcome(report, "unique-identity").status()).isEqualTo(Status.PASS);
    assertThat(report.toJson())
        .contains(
            "{\"checkId\": \"access-valid\", \"title\": \"Access valid\","
                + " \"subjectType\": \"account\", \"status\": \"NOT_APPLICABLE\", \"total\": 0,");
  }

  @Test
  void anEmptyInputNeverPassesAnyCheck() {
    Report complete =
        Checks.run(CheckInput.builder().directory(Directory.builder().build()).build(), config());
    assertThat(complete.checks()).hasSize(12);
    assertThat(complete.checks())
        .allSatisfy(c -> assertThat(c.status()).as(c.checkId()).isEqualTo(Status.NOT_APPLICABLE));
    assertThat(complete.results()).isEmpty();
    Directory partial = Directory.builder().scopes(Set.of("public:read")).build();
    Report unseen = Checks.run(CheckInput.builder().directory(partial).build(), config());
    assertThat(unseen.checks())
        .filteredOn(c -> c.status() == Status.INCOMPLETE)
        .extracting(CheckOutcome::checkId)
        .as("nothing seen is not nothing there: the checks that need a complete directory")
        .containsExactly(
            "access-valid",
            "employment-dates-consistent",
            "joining-date-provided",
            "offboarded-access-removed",
            "one-account-per-person",
            "reclaimable-seats",
            "unique-identity");
    assertThat(unseen.checks())
        .allSatisfy(c -> assertThat(c.status()).as(c.checkId()).isNotEqualTo(Status.PASS));
  }

  @Test
  void unreadableSystemsAreInTheInputsAndKeepAccessChecksIncomplete() {
    CheckInput in =
        world()
            .putUnreadableSystems("humaans", "403 on /role-members")
            .putUnreadableSystems("aws", "no export")
            .build();
    Report report = Checks.run(in, config());
    assertThat(report.inputs().unreadableSystems())
        .containsExactly(
            java.util.Map.entry("aws", "no export"),
            java.util.Map.entry("humaans", "403 on /role-members"));
    assertThat(report.toJson())
        .contains(
            "\"accountLinks\": 0, \"unreadableSystems\":"
                + " {\"aws\": \"no export\", \"humaans\": \"403 on /role-members\"}},\n");
    for (String id :
        List.of(
            "user-identified",
            "offboarded-access-removed",
            "access-valid",
            "one-account-per-person")) {
      assertThat(outcome(report, id).status()).as(id).isEqualTo(Status.INCOMPLETE);
    }
    assertThat(outcome(report, "reclaimable-seats").status()).isEqualTo(Status.NOT_APPLICABLE);
  }

  @Test
  void scopesWithPrivateReadAreComplete() {
    Directory d = Directory.builder().scopes(Set.of("private:read", "public:read")).build();
    assertThat(d.isPartial()).isFalse();
    assertThat(Directory.builder().build().isPartial()).isFalse();
  }

  @Test
  void rejectsDuplicateCheckIds() {
    CheckContext context = CheckContext.of(world().build(), config());
    assertThatThrownBy(
            () ->
                Checks.run(
                    List.of(new StaffRoleAssignedCheck(), new StaffRoleAssignedCheck()), context))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duplicate check id: staff-role-assigned");
  }

  @Test
  void configValidatesAndDocumentsDefaults() {
    CheckConfig c = config();
    assertThat(c.graceDays()).isZero();
    assertThat(c.inactivityDays()).isEqualTo(30);
    assertThat(c.trendPeriods()).isEqualTo(8);
    assertThat(c.trendGranularity()).isEqualTo(TrendGranularity.WEEK);
    assertThat(c.topManagementTitlePatterns()).contains("Chief ... Officer");
    assertThatThrownBy(() -> CheckConfig.builder().asOf(AS_OF).graceDays(-1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("graceDays must be >= 0, was -1");
    assertThatThrownBy(() -> CheckConfig.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("asOf");
  }

  private static CheckResult staffResult(Report report) {
    return report.results().stream()
        .filter(r -> r.checkId().equals(StaffRoleAssignedCheck.ID))
        .filter(r -> r.subjectId().equals("p1"))
        .findFirst()
        .orElseThrow();
  }

  private static CheckOutcome outcome(Report report, String id) {
    return report.checks().stream().filter(c -> c.checkId().equals(id)).findFirst().orElseThrow();
  }
}
