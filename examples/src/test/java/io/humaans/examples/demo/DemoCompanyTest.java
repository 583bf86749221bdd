package io.humaans.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoCompanyTest {
  private static final Pattern TABLE_ROW =
      Pattern.compile(
          "^\\| (.+) \\| (.+) \\| `([^`]+)` \\| `([a-z-]+)` \\| (PASS|FAIL|EXEMPT|WAIVED) \\| "
              + "(?:`([A-Z_]+)`|-) \\|$");

  private final DemoCompany company = DemoCompany.create();

  @Test
  void twoBuildsGiveIdenticalJson() {
    String first = company.toJson();

    assertThat(DemoCompany.create().toJson()).isEqualTo(first);
    assertThat(first).startsWith("{\"asOf\":\"2026-11-02\",\"people\":[{\"id\":\"");
  }

  @Test
  void hasAboutThreeHundredPeopleWithTheExpectedStatuses() {
    Map<String, Long> statuses =
        company.people().stream()
            .collect(
                Collectors.groupingBy(DemoPerson::status, TreeMap::new, Collectors.counting()));

    assertThat(company.people()).hasSize(301);
    assertThat(statuses)
        .containsExactly(
            Map.entry("active", 275L), Map.entry("newHire", 8L), Map.entry("offboarded", 18L));
    assertThat(company.compensations()).hasSize(5);
  }

  @Test
  void idsAreUniqueTwentyFourCharacterAlphanumerics() {
    Set<String> ids = new HashSet<>();
    company.people().forEach(p -> ids.add(p.id()));
    company.jobRoles().forEach(r -> ids.add(r.id()));
    company.compensations().forEach(c -> ids.add(c.id()));

    assertThat(ids)
        .hasSize(
            company.people().size() + company.jobRoles().size() + company.compensations().size());
    assertThat(ids).allMatch(id -> id.matches("[A-Za-z0-9]{24}"));
    assertThat(ids).doesNotContain(DemoCast.GHOST_MANAGER_ID);
  }

  @Test
  void workEmailsUseTheDemoDomainExceptTheDeliberateFaults() {
    List<String> odd = new ArrayList<>();
    for (DemoPerson person : company.people()) {
      String email = person.email();
      if (email == null || !email.matches("[a-z0-9.]+@northwind-labs\\.example")) {
        odd.add(person.displayName() + "=" + email);
      }
    }

    assertThat(odd)
        .containsExactlyInAnyOrder("Samuel Okafor=" + DemoCast.DUPLICATE_EMAIL, "Lena Vogel=null");
  }

  @Test
  void preHiresStartAfterTheReferenceDateAndLeaversHaveLeft() {
    for (DemoPerson person : company.people()) {
      if (person.status().equals(DemoPerson.NEW_HIRE)) {
        assertThat(person.employmentStartDate()).isAfter(DemoCompany.AS_OF);
      }
      if (person.status().equals(DemoPerson.OFFBOARDED) && person.employmentEndDate() != null) {
        assertThat(person.employmentEndDate()).isBefore(DemoCompany.AS_OF);
      }
    }
  }

  @Test
  void topManagementHasNoManagerAndTheChiefOfStaffIsNotTopManagement() {
    Map<String, String> managerByTitle = new TreeMap<>();
    for (DemoJobRole role : company.jobRoles()) {
      if (List.of("CEO", "CTO", "Chief Revenue Officer", "Chief of Staff")
          .contains(role.jobTitle())) {
        managerByTitle.put(role.jobTitle(), String.valueOf(role.reportingTo()));
      }
    }

    assertThat(managerByTitle)
        .containsExactly(
            Map.entry("CEO", "null"),
            Map.entry("CTO", "null"),
            Map.entry("Chief Revenue Officer", "null"),
            Map.entry("Chief of Staff", "null"));
  }

  @Test
  void currentJobRoleFollowsTheHistory() {
    DemoPerson yuki =
        company.people().stream()
            .filter(p -> p.displayName().equals("Yuki Tanaka"))
            .findFirst()
            .orElseThrow();

    assertThat(company.jobRolesOf(yuki.id())).hasSize(2);
    assertThat(company.currentJobRole(yuki.id(), java.time.LocalDate.of(2022, 4, 30))).isEmpty();
    assertThat(
            company
                .currentJobRole(yuki.id(), java.time.LocalDate.of(2023, 8, 20))
                .get()
                .effectiveDate())
        .hasToString("2022-05-02");
    assertThat(company.currentJobRole(yuki.id(), DemoCompany.AS_OF).get().effectiveDate())
        .hasToString("2023-08-21");
    assertThat(company.peopleWithEmail("  SAM.okafor@northwind-labs.example"))
        .extracting(DemoPerson::displayName)
        .containsExactly("Sam Okafor", "Samuel Okafor");
  }

  @Test
  void everyCheckAndReasonCodeIsExercised() throws IOException {
    Set<String> checks = new HashSet<>();
    Set<String> reasons = new HashSet<>();
    for (DemoOracle.Result row : readmeRows()) {
      checks.add(row.checkId());
      reasons.add(row.reason());
    }

    assertThat(checks)
        .contains(
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
            "reclaimable-seats");
    assertThat(reasons)
        .contains(
            "NO_JOB_ROLE",
            "ONLY_FUTURE_ROLE",
            "BLANK_JOB_TITLE",
            "NO_MANAGER",
            "UNKNOWN_MANAGER",
            "SELF_MANAGER",
            "MANAGER_LEFT",
            "MISSING_JOINING_DATE",
            "MANAGER_CYCLE",
            "END_BEFORE_START",
            "OFFBOARDED_WITHOUT_END_DATE",
            "LAST_DAY_WITHOUT_END_DATE",
            "LAST_DAY_AFTER_END_DATE",
            "DUPLICATE_EMAIL",
            "MISSING_EMAIL",
            "UNIDENTIFIED",
            "ACCESS_AFTER_LEAVING",
            "REVOKED_LATE",
            "ROLE_NOT_ALLOWED",
            "ACCESS_LEVEL_NOT_ALLOWED",
            "MULTIPLE_ACCOUNTS",
            "HOLDER_LEFT",
            "HOLDER_UNKNOWN",
            "INACTIVE",
            "NEVER_USED",
            "PRE_HIRE");
  }

  @Test
  void readmeTableListsExactlyTheResultsTheDataProduces() throws IOException {
    Set<DemoOracle.Result> expected = new HashSet<>();
    Set<DemoOracle.Result> documentedPasses = new HashSet<>();
    for (DemoOracle.Result row : readmeRows()) {
      if (row.status().equals("PASS") && row.reason().equals("-")) {
        documentedPasses.add(row);
      } else {
        expected.add(row);
      }
    }

    Set<DemoOracle.Result> actual = new DemoOracle(company).evaluate();

    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(actual)
        .extracting(r -> r.checkId() + "/" + r.subjectId())
        .doesNotContainAnyElementsOf(
            documentedPasses.stream().map(r -> r.checkId() + "/" + r.subjectId()).toList());
  }

  private static List<DemoOracle.Result> readmeRows() throws IOException {
    String readme;
    try (InputStream in = DemoCompanyTest.class.getResourceAsStream("/demo/README.md")) {
      readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<DemoOracle.Result> rows = new ArrayList<>();
    for (String line : readme.split("\n")) {
      Matcher m = TABLE_ROW.matcher(line);
      if (m.matches()) {
        rows.add(
            new DemoOracle.Result(
                m.group(4), m.group(3), m.group(5), m.group(6) == null ? "-" : m.group(6)));
      }
    }
    assertThat(rows).hasSizeGreaterThan(40);
    return rows;
  }
}
