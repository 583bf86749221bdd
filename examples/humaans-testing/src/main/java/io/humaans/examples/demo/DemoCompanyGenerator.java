package io.humaans.examples.demo;

import static io.humaans.examples.demo.DemoPerson.ACTIVE;
import static io.humaans.examples.demo.DemoPerson.NEW_HIRE;
import static io.humaans.examples.demo.DemoPerson.OFFBOARDED;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds the demo company from a fixed seed: a regular org chart, then the cast of named people
 * that carry the deliberate faults documented in {@code demo/README.md}. Not thread-safe; use once.
 */
final class DemoCompanyGenerator {
  /** Latest start date of a regular employee (a fortnight before the reference date). */
  private static final LocalDate LAST_REGULAR_START = DemoCompany.AS_OF.minusDays(14);

  private static final LocalDate FOUNDED = LocalDate.of(2019, 3, 4);

  private final Random rnd = new Random(DemoCompany.SEED);
  private final DemoRecords records = new DemoRecords(rnd);
  private final Set<String> reservedNames = new HashSet<>();
  private final Map<String, String> managers = new HashMap<>();
  private final Map<String, LocalDate> managerStarts = new HashMap<>();

  DemoCompany generate() {
    for (String name : DemoCast.ALL_NAMES) {
      reservedNames.add(name);
    }
    buildLeadership();
    buildTeams();
    buildRegularLeaversAndPreHires();
    new DemoCast(records, managers).addAll();
    return new DemoCompany(records.people(), records.jobRoles(), records.compensations());
  }

  private void buildLeadership() {
    String ceo = leader("Margaret", "Chen", FOUNDED, "CEO", "Executive", null, "ceo");
    String cto = leader("Arjun", "Mehta", FOUNDED, "CTO", "Executive", null, "cto");
    String cro =
        leader(
            "Isabel",
            "Duarte",
            LocalDate.of(2020, 1, 6),
            "Chief Revenue Officer",
            "Executive",
            null,
            "cro");
    leader(
        "Fatima",
        "Zahra",
        LocalDate.of(2019, 9, 2),
        "Head of People",
        "People",
        ceo,
        "head:People");
    leader(
        null,
        null,
        LocalDate.of(2019, 6, 3),
        "VP Engineering",
        "Engineering",
        cto,
        "head:Engineering");
    leader(null, null, LocalDate.of(2020, 3, 2), "Head of Product", "Product", cto, "head:Product");
    leader(null, null, LocalDate.of(2020, 2, 3), "VP Sales", "Sales", cro, "head:Sales");
    leader(
        null,
        null,
        LocalDate.of(2020, 9, 7),
        "Head of Customer Success",
        "Customer Success",
        cro,
        "head:Customer Success");
    leader(
        null,
        null,
        LocalDate.of(2021, 1, 11),
        "Head of Marketing",
        "Marketing",
        cro,
        "head:Marketing");
    leader(null, null, LocalDate.of(2020, 5, 4), "Head of Finance", "Finance", ceo, "head:Finance");
    leader(
        null,
        null,
        LocalDate.of(2021, 3, 1),
        "Head of Operations",
        "Operations",
        ceo,
        "head:Operations");
  }

  /** Adds a leader and registers them as manager under {@code key}; returns their id. */
  private String leader(
      @Nullable String first,
      @Nullable String last,
      LocalDate start,
      String title,
      String department,
      @Nullable String reportingTo,
      String key) {
    String[] name = first == null || last == null ? randomName() : new String[] {first, last};
    String id =
        records.addPerson(
            name[0], name[1], ACTIVE, start, null, null, List.of("Leadership"), department);
    records.addRole(id, title, department, reportingTo, start, null);
    managers.put(key, id);
    managerStarts.put(key, start);
    return id;
  }

  private void buildTeams() {
    for (DemoTeam team : DemoTeam.values()) {
      String head = managers.get("head:" + team.headKey);
      LocalDate headStart = requireNonNull(managerStarts.get("head:" + team.headKey), team.headKey);
      String[] name = randomName();
      LocalDate start = randomDate(headStart, headStart.plusYears(2));
      String lead =
          records.addPerson(
              name[0], name[1], ACTIVE, start, null, null, List.of(team.teamName), team.department);
      if (start.isBefore(LocalDate.of(2022, 1, 1))) {
        LocalDate promoted = randomDate(start.plusDays(300), LocalDate.of(2023, 6, 30));
        records.addRole(
            lead, team.seniorTitle, team.department, head, start, promoted.minusDays(1));
        records.addRole(lead, team.managerTitle, team.department, head, promoted, null);
        managerStarts.put(team.teamName, promoted);
      } else {
        records.addRole(lead, team.managerTitle, team.department, head, start, null);
        managerStarts.put(team.teamName, start);
      }
      managers.put(team.teamName, lead);
      for (int i = 0; i < team.size; i++) {
        employee(team, lead, managerStarts.get(team.teamName));
      }
    }
  }

  private void employee(DemoTeam team, String manager, LocalDate managerStart) {
    String[] name = randomName();
    LocalDate start = randomDate(managerStart, LAST_REGULAR_START);
    String id =
        records.addPerson(
            name[0], name[1], ACTIVE, start, null, null, List.of(team.teamName), team.department);
    if (start.isBefore(LocalDate.of(2024, 6, 1)) && rnd.nextInt(10) < 4) {
      LocalDate promoted = randomDate(start.plusDays(400), LocalDate.of(2026, 9, 1));
      records.addRole(id, team.title, team.department, manager, start, promoted.minusDays(1));
      records.addRole(id, team.seniorTitle, team.department, manager, promoted, null);
    } else {
      records.addRole(
          id,
          rnd.nextInt(4) == 0 ? team.seniorTitle : team.title,
          team.department,
          manager,
          start,
          null);
    }
  }

  private void buildRegularLeaversAndPreHires() {
    Object[][] leavers = {
      {DemoTeam.SUPPORT, "2025-03-31", "resignation"},
      {DemoTeam.EMEA_SALES, "2025-06-30", "resignation"},
      {DemoTeam.MOBILE, "2025-09-12", "contract_ended"},
      {DemoTeam.ACCOUNT_MANAGEMENT, "2025-11-28", "resignation"},
      {DemoTeam.PAYMENTS, "2026-01-30", "resignation"},
      {DemoTeam.GROWTH, "2026-02-27", "redundancy"},
      {DemoTeam.SALES_DEVELOPMENT, "2026-04-30", "resignation"},
      {DemoTeam.DESIGN, "2026-05-29", "resignation"},
      {DemoTeam.SUPPORT, "2026-06-30", "dismissed"},
      {DemoTeam.NORTH_AMERICA_SALES, "2026-08-14", "resignation"},
      {DemoTeam.IT, "2026-10-02", "resignation"},
    };
    for (Object[] row : leavers) {
      DemoTeam team = (DemoTeam) row[0];
      LocalDate end = LocalDate.parse((String) row[1]);
      String[] name = randomName();
      LocalDate start =
          randomDate(
              requireNonNull(managerStarts.get(team.teamName), team.teamName), end.minusDays(200));
      String id =
          records.addPerson(
              name[0],
              name[1],
              OFFBOARDED,
              start,
              end,
              end,
              List.of(team.teamName),
              team.department);
      records.setLeavingReason(id, (String) row[2]);
      records.addRole(id, team.title, team.department, managers.get(team.teamName), start, end);
    }
    Object[][] preHires = {
      {DemoTeam.SUPPORT, "2026-11-09"},
      {DemoTeam.EMEA_SALES, "2026-12-01"},
      {DemoTeam.DATA, "2026-12-01"},
      {DemoTeam.GROWTH, "2027-01-04"},
      {DemoTeam.FINANCE, "2027-01-04"},
      {DemoTeam.MOBILE, "2027-02-01"},
    };
    for (Object[] row : preHires) {
      DemoTeam team = (DemoTeam) row[0];
      LocalDate start = LocalDate.parse((String) row[1]);
      String[] name = randomName();
      String id =
          records.addPerson(
              name[0],
              name[1],
              NEW_HIRE,
              start,
              null,
              null,
              List.of(team.teamName),
              team.department);
      records.addRole(id, team.title, team.department, managers.get(team.teamName), start, null);
    }
  }

  private String[] randomName() {
    while (true) {
      String first = DemoNames.FIRST[rnd.nextInt(DemoNames.FIRST.length)];
      String last = DemoNames.LAST[rnd.nextInt(DemoNames.LAST.length)];
      String full = first + " " + last;
      if (reservedNames.add(full)) {
        return new String[] {first, last};
      }
    }
  }

  private LocalDate randomDate(LocalDate from, LocalDate to) {
    LocalDate lower = from.isAfter(to) ? to : from;
    long days = to.toEpochDay() - lower.toEpochDay();
    return lower.plusDays(days <= 0 ? 0 : rnd.nextInt((int) days + 1));
  }
}
