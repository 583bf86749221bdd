package io.humaans.examples.demo;

import io.humaans.examples.csv.CsvReader;
import io.humaans.examples.csv.CsvRecord;
import io.humaans.examples.csv.CsvTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A deliberately simple, independent reading of checks-spec.md, used only to prove that the demo
 * data holds exactly the faults its README promises. Returns every result that is not a plain PASS
 * (plus PASS results that carry a reason, such as PRE_HIRE).
 */
final class DemoOracle {
  private static final Pattern TOP_MANAGEMENT =
      Pattern.compile(
          "(?i)\\b(CEO|CTO|CFO|COO|CPO|CIO|CISO|CMO|Founder|Co-founder|Managing Director)\\b"
              + "|\\bChief\\b.*\\bOfficer\\b");
  private static final LocalDate AS_OF = DemoCompany.AS_OF;

  /** One expected check result. */
  record Result(String checkId, String subjectId, String status, String reason) {}

  private final DemoCompany company;
  private final Set<Result> results = new LinkedHashSet<>();

  DemoOracle(DemoCompany company) {
    this.company = company;
  }

  static CsvTable resource(String name) throws IOException {
    try (InputStream in = DemoOracle.class.getResourceAsStream("/demo/" + name)) {
      if (in == null) {
        throw new IOException("no resource /demo/" + name);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return CsvReader.read(name, reader);
      }
    }
  }

  Set<Result> evaluate() throws IOException {
    peopleChecks();
    accessChecks(resource("accounts.csv"), resource("policy.csv"));
    humaansChecks(resource("policy.csv"));
    seatChecks(resource("seats.csv"));
    applyWaivers(resource("waivers.csv"));
    return results;
  }

  boolean left(DemoPerson p) {
    return p.status().equals("offboarded")
        || (p.employmentEndDate() != null && p.employmentEndDate().isBefore(AS_OF));
  }

  boolean preHire(DemoPerson p) {
    return !left(p)
        && (p.status().equals("newHire")
            || (p.employmentStartDate() != null && p.employmentStartDate().isAfter(AS_OF)));
  }

  boolean employed(DemoPerson p) {
    return !left(p) && !preHire(p);
  }

  private void peopleChecks() {
    Map<String, Integer> emailCounts = new HashMap<>();
    for (DemoPerson p : company.people()) {
      if (!left(p) && p.email() != null && !p.email().isBlank()) {
        emailCounts.merge(DemoCompany.normalize(p.email()), 1, Integer::sum);
      }
    }
    for (DemoPerson p : company.people()) {
      Optional<DemoJobRole> current = company.currentJobRole(p.id(), AS_OF);
      if (employed(p)) {
        List<DemoJobRole> rows = company.jobRolesOf(p.id());
        if (current.isEmpty()) {
          boolean onlyFuture =
              !rows.isEmpty() && rows.stream().allMatch(r -> r.effectiveDate().isAfter(AS_OF));
          fail("staff-role-assigned", p.id(), onlyFuture ? "ONLY_FUTURE_ROLE" : "NO_JOB_ROLE");
        } else if (current.get().jobTitle().isBlank()) {
          fail("staff-role-assigned", p.id(), "BLANK_JOB_TITLE");
        }
        String manager = current.map(DemoJobRole::reportingTo).orElse(null);
        if (current.isPresent() && TOP_MANAGEMENT.matcher(current.get().jobTitle()).find()) {
          results.add(new Result("reporting-manager-assigned", p.id(), "EXEMPT", "-"));
        } else if (manager == null) {
          fail("reporting-manager-assigned", p.id(), "NO_MANAGER");
        } else if (company.person(manager).isEmpty()) {
          fail("reporting-manager-assigned", p.id(), "UNKNOWN_MANAGER");
        } else if (manager.equals(p.id())) {
          fail("reporting-manager-assigned", p.id(), "SELF_MANAGER");
        } else if (left(company.person(manager).get())) {
          fail("reporting-manager-assigned", p.id(), "MANAGER_LEFT");
        }
        if (inCycle(p.id())) {
          fail("reporting-line-acyclic", p.id(), "MANAGER_CYCLE");
        }
      }
      if ((employed(p) || preHire(p)) && p.employmentStartDate() == null) {
        fail("joining-date-provided", p.id(), "MISSING_JOINING_DATE");
      }
      datesCheck(p);
      if (!left(p)) {
        if (p.email() != null
            && !p.email().isBlank()
            && emailCounts.get(DemoCompany.normalize(p.email())) > 1) {
          fail("unique-identity", p.id(), "DUPLICATE_EMAIL");
        } else if (p.email() == null || p.email().isBlank()) {
          fail("unique-identity", p.id(), "MISSING_EMAIL");
        }
      }
    }
  }

  private void datesCheck(DemoPerson p) {
    LocalDate start = p.employmentStartDate();
    LocalDate end = p.employmentEndDate();
    LocalDate lastDay = p.lastWorkingDay();
    if (left(p) && end != null && ChronoUnit.DAYS.between(end, AS_OF) > 365) {
      return;
    }
    String check = "employment-dates-consistent";
    if (start != null && end != null && end.isBefore(start)) {
      fail(check, p.id(), "END_BEFORE_START");
    } else if (p.status().equals("offboarded") && end == null) {
      fail(check, p.id(), "OFFBOARDED_WITHOUT_END_DATE");
    } else if (lastDay != null && end == null) {
      fail(check, p.id(), "LAST_DAY_WITHOUT_END_DATE");
    } else if (lastDay != null && lastDay.isAfter(end)) {
      fail(check, p.id(), "LAST_DAY_AFTER_END_DATE");
    }
  }

  private boolean inCycle(String personId) {
    Set<String> seen = new HashSet<>();
    String at = personId;
    while (at != null && seen.add(at)) {
      at = company.currentJobRole(at, AS_OF).map(DemoJobRole::reportingTo).orElse(null);
      if (personId.equals(at)) {
        return true;
      }
    }
    return false;
  }

  private void accessChecks(CsvTable accounts, CsvTable policy) {
    Map<String, Map<String, Integer>> activeBySystem = new HashMap<>();
    for (CsvRecord account : accounts.records()) {
      String id = account.get("id");
      String state = account.get("state");
      List<DemoPerson> matches = company.peopleWithEmail(account.get("email"));
      if (!state.equals("deleted")) {
        if (account.get("nonHuman").equals("true")) {
          results.add(new Result("user-identified", id, "EXEMPT", "-"));
        } else if (matches.isEmpty()) {
          fail("user-identified", id, "UNIDENTIFIED");
        }
      }
      if (matches.size() != 1) {
        continue;
      }
      DemoPerson person = matches.get(0);
      if (left(person)) {
        LocalDate lastDay =
            person.lastWorkingDay() != null
                    && (person.employmentEndDate() == null
                        || !person.lastWorkingDay().isAfter(person.employmentEndDate()))
                ? person.lastWorkingDay()
                : person.employmentEndDate();
        boolean revoked = state.equals("suspended") || state.equals("deleted");
        if (!revoked && (lastDay == null || AS_OF.isAfter(lastDay))) {
          fail("offboarded-access-removed", id, "ACCESS_AFTER_LEAVING");
        } else if (revoked
            && LocalDate.parse(account.get("deactivatedAt").substring(0, 10)).isAfter(lastDay)) {
          fail("offboarded-access-removed", id, "REVOKED_LATE");
        }
      } else if (state.equals("active")) {
        String verdict =
            policyVerdict(policy, account.get("system"), person, account.get("accessLevel"));
        if (verdict != null) {
          fail("access-valid", id, verdict);
        }
      }
      if (state.equals("active")) {
        activeBySystem
            .computeIfAbsent(account.get("system"), s -> new HashMap<>())
            .merge(person.id(), 1, Integer::sum);
      }
    }
    activeBySystem
        .values()
        .forEach(
            counts ->
                counts.forEach(
                    (personId, count) -> {
                      if (count > 1) {
                        fail("one-account-per-person", personId, "MULTIPLE_ACCOUNTS");
                      }
                    }));
  }

  /**
   * The access checks on the Humaans role memberships: one account per membership, linked to its
   * person by id, level the role's name; several memberships of one person are one login.
   */
  private void humaansChecks(CsvTable policy) {
    Map<String, String> roleNames = new HashMap<>();
    company.roles().forEach(r -> roleNames.put(r.id(), r.name()));
    for (DemoRoleMember m : company.roleMembers()) {
      Optional<DemoPerson> person = company.person(m.personId());
      if (person.isEmpty()) {
        fail("user-identified", m.id(), "UNIDENTIFIED");
      } else if (left(person.get())) {
        DemoPerson p = person.get();
        LocalDate lastDay = p.lastWorkingDay() != null ? p.lastWorkingDay() : p.employmentEndDate();
        if (lastDay == null || AS_OF.isAfter(lastDay)) {
          fail("offboarded-access-removed", m.id(), "ACCESS_AFTER_LEAVING");
        }
      } else {
        String verdict = policyVerdict(policy, "humaans", person.get(), roleNames.get(m.roleId()));
        if (verdict != null) {
          fail("access-valid", m.id(), verdict);
        }
      }
    }
  }

  private String policyVerdict(CsvTable policy, String system, DemoPerson person, String level) {
    Optional<DemoJobRole> role = company.currentJobRole(person.id(), AS_OF);
    boolean roleMatched = false;
    for (CsvRecord rule : policy.records()) {
      if (!rule.get("system").equals(system)) {
        continue;
      }
      List<String> values = new ArrayList<>();
      switch (rule.get("matchOn")) {
        case "department" -> role.map(DemoJobRole::department).ifPresent(values::add);
        case "jobTitle" -> role.map(DemoJobRole::jobTitle).ifPresent(values::add);
        case "team" -> values.addAll(person.teams());
        default -> throw new IllegalArgumentException(rule.get("matchOn"));
      }
      String regex = "(?i)" + Pattern.quote(rule.get("pattern")).replace("*", "\\E.*\\Q");
      if (values.stream().noneMatch(v -> v.matches(regex))) {
        continue;
      }
      roleMatched = true;
      String levels = rule.get("accessLevels");
      if (levels.equals("*")
          || List.of(levels.split("\\|")).stream().anyMatch(l -> l.equalsIgnoreCase(level))) {
        return null;
      }
    }
    return roleMatched ? "ACCESS_LEVEL_NOT_ALLOWED" : "ROLE_NOT_ALLOWED";
  }

  private void seatChecks(CsvTable seats) {
    for (CsvRecord seat : seats.records()) {
      String id = seat.get("seatId");
      List<DemoPerson> holders = company.peopleWithEmail(seat.get("email"));
      Optional<String> lastActivity = seat.optional("lastActivityAt");
      long assignedDays =
          ChronoUnit.DAYS.between(LocalDate.parse(seat.get("assignedAt").substring(0, 10)), AS_OF);
      if (holders.isEmpty()) {
        fail("reclaimable-seats", id, "HOLDER_UNKNOWN");
      } else if (left(holders.get(0))) {
        fail("reclaimable-seats", id, "HOLDER_LEFT");
      } else if (preHire(holders.get(0))) {
        results.add(new Result("reclaimable-seats", id, "PASS", "PRE_HIRE"));
      } else if (lastActivity.isPresent()
          && ChronoUnit.DAYS.between(LocalDate.parse(lastActivity.get().substring(0, 10)), AS_OF)
              > 30) {
        fail("reclaimable-seats", id, "INACTIVE");
      } else if (lastActivity.isEmpty() && assignedDays > 30) {
        fail("reclaimable-seats", id, "NEVER_USED");
      }
    }
  }

  private void applyWaivers(CsvTable waivers) {
    for (CsvRecord waiver : waivers.records()) {
      if (LocalDate.parse(waiver.get("expiresOn")).isBefore(AS_OF)) {
        continue;
      }
      for (Result result : List.copyOf(results)) {
        if (result.checkId().equals(waiver.get("checkId"))
            && result.subjectId().equals(waiver.get("subjectId"))
            && result.status().equals("FAIL")) {
          results.remove(result);
          results.add(new Result(result.checkId(), result.subjectId(), "WAIVED", result.reason()));
        }
      }
    }
  }

  private void fail(String checkId, String subjectId, String reason) {
    results.add(new Result(checkId, subjectId, "FAIL", reason));
  }
}
