package io.humaans.examples.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Generates the companion files of the demo company (accounts, policy, seats, events, waivers) and
 * the README with the expected-results table. Run {@link #main} once after changing the demo data;
 * {@code DemoResourcesTest} fails while the committed files differ from this output.
 */
final class DemoResources {
  static final String DIRECTORY = "examples/src/main/resources/demo";
  static final List<String> FILES =
      List.of("accounts.csv", "policy.csv", "seats.csv", "events.csv", "waivers.csv", "README.md");

  static final LocalDate AS_OF = DemoCompany.AS_OF;
  private static final LocalDate EVENTS_FROM = LocalDate.of(2026, 8, 10);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

  /** People whose only accounts and seats are the ones added by hand below (not the leaders). */
  private static final Set<String> HAND_MADE =
      DemoCast.ALL_NAMES.stream()
          .filter(
              name ->
                  !List.of("Margaret Chen", "Arjun Mehta", "Isabel Duarte", "Fatima Zahra")
                      .contains(name))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private final DemoCompany company;
  private final Random rnd = new Random(DemoCompany.SEED + 1);
  private final List<Fault> faults = new ArrayList<>();
  private final StringBuilder accounts =
      new StringBuilder(
          "system,id,email,accessLevel,state,lastActiveAt,deactivatedAt,nonHuman\r\n");
  private final List<String[]> seats = new ArrayList<>();
  private final List<String[]> events = new ArrayList<>();
  private int accountNumber = 0;
  private int seatNumber = 0;

  /** One expected result the README documents. */
  record Fault(
      String fault,
      String subject,
      String subjectId,
      String checkId,
      String status,
      String reason) {}

  DemoResources(DemoCompany company) {
    this.company = company;
  }

  public static void main(String[] args) throws IOException {
    Map<String, String> files = new DemoResources(DemoCompany.create()).generate();
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.writeString(Path.of(DIRECTORY, file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
  }

  /** Returns file name to content for every companion file, in {@link #FILES} order. */
  Map<String, String> generate() {
    peopleFaults();
    accounts();
    humaansAccess();
    seatsAndEvents();
    String waiverAccount = accountId("aws", "auditor@audit-partners.example");
    String waivers =
        "checkId,subjectId,reason,expiresOn\r\n"
            + "user-identified,"
            + waiverAccount
            + ",\"External auditor, approved by the CFO for the FY2026 audit\",2026-12-31\r\n"
            + "reporting-manager-assigned,"
            + named("Jonas", "Becker").id()
            + ",Manager record being migrated from the old HR system,2026-09-30\r\n";
    Map<String, String> files = new LinkedHashMap<>();
    files.put("accounts.csv", accounts.toString());
    files.put("policy.csv", DemoReadme.POLICY);
    files.put("seats.csv", csv("product,seatId,email,assignedAt,lastActivityAt", seats));
    events.sort(
        Comparator.comparing((String[] e) -> e[2])
            .thenComparing(e -> e[0])
            .thenComparing(e -> e[1]));
    files.put("events.csv", csv("email,product,timestamp", events));
    files.put("waivers.csv", waivers);
    files.put("README.md", DemoReadme.render(faults));
    return files;
  }

  private void peopleFaults() {
    person("No job role at all", "Noor", "Haddad", "staff-role-assigned", "FAIL", "NO_JOB_ROLE");
    person(
        "(same person) no current role, so no manager",
        "Noor",
        "Haddad",
        "reporting-manager-assigned",
        "FAIL",
        "NO_MANAGER");
    person(
        "Only role starts 2026-12-01, after the reference date",
        "Mateo",
        "Alvarez",
        "staff-role-assigned",
        "FAIL",
        "ONLY_FUTURE_ROLE");
    person(
        "(same person) no current role, so no manager",
        "Mateo",
        "Alvarez",
        "reporting-manager-assigned",
        "FAIL",
        "NO_MANAGER");
    person(
        "Current job title is blank (\"  \")",
        "Priya",
        "Raman",
        "staff-role-assigned",
        "FAIL",
        "BLANK_JOB_TITLE");
    person(
        "Chief of Staff has reportingTo null and is not top management",
        "Elena",
        "Petrova",
        "reporting-manager-assigned",
        "FAIL",
        "NO_MANAGER");
    person(
        "reportingTo names a person id that does not exist ("
            + DemoCast.GHOST_MANAGER_ID
            + "); the waiver for it expired 2026-09-30",
        "Jonas",
        "Becker",
        "reporting-manager-assigned",
        "FAIL",
        "UNKNOWN_MANAGER");
    person(
        "reportingTo is the person themself",
        "Aisha",
        "Bello",
        "reporting-manager-assigned",
        "FAIL",
        "SELF_MANAGER");
    person(
        "(same person) a self-loop is a reporting cycle of one",
        "Aisha",
        "Bello",
        "reporting-line-acyclic",
        "FAIL",
        "MANAGER_CYCLE");
    person(
        "Manager Grace Whitfield left on 2026-08-28",
        "Lucas",
        "Moreau",
        "reporting-manager-assigned",
        "FAIL",
        "MANAGER_LEFT");
    person(
        "employmentStartDate is missing",
        "Tom",
        "Lindqvist",
        "joining-date-provided",
        "FAIL",
        "MISSING_JOINING_DATE");
    for (String[] name :
        new String[][] {{"Yuki", "Tanaka"}, {"Omar", "Farouk"}, {"Sofia", "Rossi"}}) {
      person(
          "Reporting cycle Yuki Tanaka -> Omar Farouk -> Sofia Rossi -> Yuki Tanaka",
          name[0],
          name[1],
          "reporting-line-acyclic",
          "FAIL",
          "MANAGER_CYCLE");
    }
    person(
        "employmentEndDate 2026-02-27 is before employmentStartDate 2026-03-02",
        "Daniel",
        "Kim",
        "employment-dates-consistent",
        "FAIL",
        "END_BEFORE_START");
    person(
        "Status offboarded without an employmentEndDate",
        "Hannah",
        "Schulz",
        "employment-dates-consistent",
        "FAIL",
        "OFFBOARDED_WITHOUT_END_DATE");
    person(
        "lastWorkingDay 2026-12-18 set without an employmentEndDate (still employed)",
        "Ravi",
        "Patel",
        "employment-dates-consistent",
        "FAIL",
        "LAST_DAY_WITHOUT_END_DATE");
    person(
        "lastWorkingDay 2026-10-09 is after employmentEndDate 2026-09-30",
        "Chloe",
        "Martin",
        "employment-dates-consistent",
        "FAIL",
        "LAST_DAY_AFTER_END_DATE");
    person(
        "Same email as Samuel Okafor once trimmed and lower-cased",
        "Sam",
        "Okafor",
        "unique-identity",
        "FAIL",
        "DUPLICATE_EMAIL");
    person(
        "Email stored as \"" + DemoCast.DUPLICATE_EMAIL + "\" (padding, capitals)",
        "Samuel",
        "Okafor",
        "unique-identity",
        "FAIL",
        "DUPLICATE_EMAIL");
    person("Work email is missing", "Lena", "Vogel", "unique-identity", "FAIL", "MISSING_EMAIL");
    for (String[] name :
        new String[][] {{"Margaret", "Chen"}, {"Arjun", "Mehta"}, {"Isabel", "Duarte"}}) {
      person(
          "Top management ("
              + company.currentJobRole(named(name[0], name[1]).id(), AS_OF).get().jobTitle()
              + ") with reportingTo null",
          name[0],
          name[1],
          "reporting-manager-assigned",
          "EXEMPT",
          "-");
    }
  }

  private void accounts() {
    for (DemoPerson person : company.people()) {
      if (HAND_MADE.contains(person.displayName()) || person.status().equals("newHire")) {
        continue;
      }
      boolean left = person.status().equals("offboarded");
      List<DemoJobRole> roles = company.jobRolesOf(person.id());
      DemoJobRole role = roles.get(roles.size() - 1);
      String team = person.teams().get(0);
      String title = role.jobTitle();
      String github = githubLevel(role.department(), team, title);
      String aws = awsLevel(team, title);
      for (String[] system : new String[][] {{"github", github}, {"aws", aws}}) {
        if (system[1] == null) {
          continue;
        }
        String email = accountNumber % 5 == 0 ? mixedCase(person.email()) : person.email();
        if (left) {
          LocalDate lastDay = person.lastWorkingDay();
          account(
              system[0],
              email,
              system[1],
              accountNumber % 2 == 0 ? "deleted" : "suspended",
              at(lastDay.minusDays(1), 15),
              at(lastDay, 17),
              false);
        } else {
          account(
              system[0],
              email,
              system[1],
              "active",
              at(AS_OF.minusDays(1 + rnd.nextInt(12)), 9 + rnd.nextInt(9)),
              "",
              false);
        }
      }
    }
    account(
        "github", "deploy-bot@" + DemoCompany.DOMAIN, "admin", "active", at(AS_OF, 6), "", true);
    fault(
        "Bot account flagged nonHuman",
        "github deploy-bot@" + DemoCompany.DOMAIN,
        lastAccount(),
        "user-identified",
        "EXEMPT",
        "-");
    account(
        "github",
        "m.rossi@contractor.example",
        "write",
        "active",
        at(AS_OF.minusDays(3), 11),
        "",
        false);
    fault(
        "Account whose email matches no person",
        "github m.rossi@contractor.example",
        lastAccount(),
        "user-identified",
        "FAIL",
        "UNIDENTIFIED");
    account(
        "aws",
        "auditor@audit-partners.example",
        "readonly",
        "active",
        at(AS_OF.minusDays(6), 14),
        "",
        false);
    fault(
        "Unidentified account covered by an active waiver (expires 2026-12-31)",
        "aws auditor@audit-partners.example",
        lastAccount(),
        "user-identified",
        "WAIVED",
        "UNIDENTIFIED");
    DemoPerson oliver = named("Oliver", "Grant");
    account(
        "github",
        mixedCase(oliver.email()),
        "write",
        "active",
        at(LocalDate.of(2026, 10, 29), 20),
        "",
        false);
    fault(
        "Leaver (last day 2026-10-16) whose account is still active",
        "github " + oliver.displayName(),
        lastAccount(),
        "offboarded-access-removed",
        "FAIL",
        "ACCESS_AFTER_LEAVING");
    DemoPerson mia = named("Mia", "Kowalski");
    account(
        "github",
        mia.email(),
        "write",
        "deleted",
        at(LocalDate.of(2026, 9, 29), 16),
        at(LocalDate.of(2026, 9, 30), 17),
        false);
    fault(
        "Leaver's account deleted on the last day (2026-09-30)",
        "github " + mia.displayName(),
        lastAccount(),
        "offboarded-access-removed",
        "PASS",
        "-");
    account(
        "aws",
        mia.email(),
        "poweruser",
        "suspended",
        at(LocalDate.of(2026, 9, 30), 10),
        at(LocalDate.of(2026, 10, 14), 9),
        false);
    fault(
        "Leaver's account suspended on 2026-10-14, after the last day 2026-09-30",
        "aws " + mia.displayName(),
        lastAccount(),
        "offboarded-access-removed",
        "FAIL",
        "REVOKED_LATE");
    DemoPerson ethan = named("Ethan", "Brooks");
    account(
        "github",
        ethan.email(),
        "write",
        "suspended",
        at(LocalDate.of(2026, 7, 30), 12),
        at(LocalDate.of(2026, 7, 31), 16),
        false);
    DemoPerson kai = named("Kai", "Nakamura");
    account("github", kai.email(), "write", "active", at(AS_OF.minusDays(1), 10), "", false);
    account(
        "github",
        kai.email().toUpperCase(Locale.ROOT),
        "write",
        "active",
        at(AS_OF.minusDays(40), 10),
        "",
        false);
    fault(
        "Two active accounts (second one in upper case)",
        kai.displayName(),
        kai.id(),
        "one-account-per-person",
        "FAIL",
        "MULTIPLE_ACCOUNTS");
    DemoPerson ben = named("Ben", "Carter");
    account("github", ben.email(), "admin", "active", at(AS_OF.minusDays(2), 13), "", false);
    fault(
        "Software Engineer (Payments) with admin; policy allows read|write",
        "github " + ben.displayName(),
        lastAccount(),
        "access-valid",
        "FAIL",
        "ACCESS_LEVEL_NOT_ALLOWED");
    DemoPerson zoe = named("Zoe", "Adams");
    account(
        "aws", mixedCase(zoe.email()), "readonly", "active", at(AS_OF.minusDays(9), 13), "", false);
    fault(
        "Account Executive (Sales) on aws; no aws policy row matches Sales",
        "aws " + zoe.displayName(),
        lastAccount(),
        "access-valid",
        "FAIL",
        "ROLE_NOT_ALLOWED");
    DemoPerson hugo = named("Hugo", "Lambert");
    account("github", hugo.email(), "write", "active", "", "", false);
    fault(
        "Pre-hire (starts 2026-11-16) with an account; team Platform allows write",
        "github " + hugo.displayName(),
        lastAccount(),
        "access-valid",
        "PASS",
        "-");
  }

  /** Documents the faults of the Humaans role memberships (see {@link DemoAccessRoles}). */
  private void humaansAccess() {
    Map<String, String> roleNames = new LinkedHashMap<>();
    company.roles().forEach(r -> roleNames.put(r.id(), r.name()));
    for (DemoRoleMember m : company.roleMembers()) {
      String role = roleNames.get(m.roleId());
      Optional<DemoPerson> person = company.person(m.personId());
      if (person.isEmpty()) {
        fault(
            "Role membership naming a deleted person (" + m.personId() + ")",
            "humaans " + role,
            m.id(),
            "user-identified",
            "FAIL",
            "UNIDENTIFIED");
      } else if (person.get().status().equals("offboarded")) {
        DemoPerson p = person.get();
        fault(
            "Leaver (last day " + p.lastWorkingDay() + ") still holds the " + role + " role",
            "humaans " + role + " " + p.displayName(),
            m.id(),
            "offboarded-access-removed",
            "FAIL",
            "ACCESS_AFTER_LEAVING");
      } else if (person.get().displayName().equals("Noah Fischer")) {
        fault(
            "Account Executive (Sales) holds the "
                + role
                + " role; no humaans policy row"
                + " matches Sales",
            "humaans " + role + " Noah Fischer",
            m.id(),
            "access-valid",
            "FAIL",
            "ROLE_NOT_ALLOWED");
      }
    }
    DemoPerson ceo = named("Margaret", "Chen");
    fault(
        "CEO holds Owners and Admins: several roles are one Humaans login",
        ceo.displayName(),
        ceo.id(),
        "one-account-per-person",
        "PASS",
        "-");
  }

  private static String githubLevel(String department, String team, String title) {
    if (title.equals("CTO")
        || title.equals("VP Engineering")
        || title.equals("Engineering Manager")) {
      return "admin";
    }
    if ("Engineering".equals(department)) {
      return "write";
    }
    if ("Product".equals(department)) {
      return team.equals("Design") ? "read" : "write";
    }
    return null;
  }

  private static String awsLevel(String team, String title) {
    if (title.equals("CTO")) {
      return "admin";
    }
    switch (team) {
      case "Platform":
        return title.equals("Engineering Manager") ? "admin" : "poweruser";
      case "Data":
        return "poweruser";
      case "Security":
        return title.equals("Engineering Manager") ? "admin" : "readonly";
      case "Finance":
        return "readonly";
      default:
        return null;
    }
  }

  private void seatsAndEvents() {
    for (DemoPerson person : company.people()) {
      if (HAND_MADE.contains(person.displayName()) || !person.status().equals("active")) {
        continue;
      }
      String team = person.teams().get(0);
      String product =
          switch (team) {
            case "Design", "Product Management", "Brand" -> "figma";
            case "EMEA Sales", "North America Sales", "Sales Development", "Account Management" ->
                "salesforce";
            default -> null;
          };
      if (product != null) {
        LocalDate assigned = later(person.employmentStartDate(), LocalDate.of(2024, 1, 15));
        seat(product, person.email(), assigned, activity(person.email(), product, AS_OF));
      }
    }
    DemoPerson grace = named("Grace", "Whitfield");
    seat(
        "salesforce",
        grace.email(),
        LocalDate.of(2024, 1, 15),
        activity(grace.email(), "salesforce", LocalDateTime.of(2026, 8, 27, 16, 10)));
    fault(
        "Seat of a leaver (left 2026-08-28)",
        "salesforce " + grace.displayName(),
        lastSeat(),
        "reclaimable-seats",
        "FAIL",
        "HOLDER_LEFT");
    DemoPerson hannah = named("Hannah", "Schulz");
    seat(
        "figma",
        hannah.email(),
        LocalDate.of(2024, 1, 15),
        event(hannah.email(), "figma", LocalDate.of(2026, 6, 26).atTime(14, 5)));
    fault(
        "Seat of a person offboarded without an end date",
        "figma " + hannah.displayName(),
        lastSeat(),
        "reclaimable-seats",
        "FAIL",
        "HOLDER_LEFT");
    seat(
        "figma",
        "freelancer@studio-pixel.example",
        LocalDate.of(2026, 5, 4),
        activity("freelancer@studio-pixel.example", "figma", AS_OF));
    fault(
        "Seat held by an email that matches no person",
        "figma freelancer@studio-pixel.example",
        lastSeat(),
        "reclaimable-seats",
        "FAIL",
        "HOLDER_UNKNOWN");
    DemoPerson noah = named("Noah", "Fischer");
    seat(
        "salesforce",
        noah.email(),
        LocalDate.of(2024, 3, 4),
        activity(noah.email(), "salesforce", LocalDateTime.of(2026, 9, 15, 11, 40)));
    fault(
        "Last activity 2026-09-15, 48 days before the reference date",
        "salesforce " + noah.displayName(),
        lastSeat(),
        "reclaimable-seats",
        "FAIL",
        "INACTIVE");
    DemoPerson emma = named("Emma", "Laurent");
    seat(
        "salesforce",
        mixedCase(emma.email()),
        LocalDate.of(2024, 1, 15),
        activity(emma.email(), "salesforce", LocalDateTime.of(2026, 10, 3, 15, 20)));
    fault(
        "Last activity 2026-10-03, exactly 30 days before (not more than 30)",
        "salesforce " + emma.displayName(),
        lastSeat(),
        "reclaimable-seats",
        "PASS",
        "-");
    DemoPerson lucia = named("Lucia", "Romano");
    seat("figma", lucia.email(), LocalDate.of(2026, 8, 20), "");
    fault(
        "Never used, assigned 2026-08-20 (74 days before)",
        "figma " + lucia.displayName(),
        lastSeat(),
        "reclaimable-seats",
        "FAIL",
        "NEVER_USED");
    DemoPerson jakub = named("Jakub", "Nowak");
    seat("figma", jakub.email(), LocalDate.of(2026, 10, 20), "");
    fault(
        "Never used, assigned 2026-10-20 (13 days before)",
        "figma " + jakub.displayName(),
        lastSeat(),
        "reclaimable-seats",
        "PASS",
        "-");
    DemoPerson tomasz = named("Tomasz", "Wierzbicki");
    seat("figma", tomasz.email(), LocalDate.of(2026, 10, 26), "");
    fault(
        "Seat of a pre-hire (starts 2026-11-16)",
        "figma " + tomasz.displayName(),
        lastSeat(),
        "reclaimable-seats",
        "PASS",
        "PRE_HIRE");
  }

  /** Adds events up to {@code last}, ending with it; returns its timestamp. */
  private String activity(String email, String product, LocalDateTime last) {
    activity(email, product, last.toLocalDate());
    events.removeIf(
        e -> e[0].equals(email) && e[1].equals(product) && e[2].compareTo(stamp(last)) >= 0);
    return event(email, product, last);
  }

  /**
   * Adds weekly events from {@link #EVENTS_FROM} up to (excluding) {@code until}; returns the last.
   */
  private String activity(String email, String product, LocalDate until) {
    LocalDateTime last = null;
    for (LocalDate week = EVENTS_FROM; week.isBefore(until); week = week.plusWeeks(1)) {
      int weekIndex = (int) ((week.toEpochDay() - EVENTS_FROM.toEpochDay()) / 7);
      if (rnd.nextInt(100) >= 50 + 4 * weekIndex) {
        continue;
      }
      int count = 1 + rnd.nextInt(3);
      for (int i = 0; i < count; i++) {
        LocalDateTime time =
            week.plusDays(rnd.nextInt(5)).atTime(8 + rnd.nextInt(10), rnd.nextInt(60));
        if (time.toLocalDate().isBefore(until)) {
          event(email, product, time);
          last = last == null || time.isAfter(last) ? time : last;
        }
      }
    }
    LocalDate floor = until.minusDays(14);
    if (last == null || last.toLocalDate().isBefore(floor)) {
      LocalDateTime time = until.minusDays(1 + rnd.nextInt(7)).atTime(10 + rnd.nextInt(6), 30);
      event(email, product, time);
      last = last == null || time.isAfter(last) ? time : last;
    }
    return stamp(last);
  }

  private String event(String email, String product, LocalDateTime time) {
    events.add(new String[] {email, product, stamp(time)});
    return stamp(time);
  }

  private void seat(String product, String email, LocalDate assigned, String lastActivity) {
    seatNumber++;
    String prefix = product.equals("figma") ? "fig-" : "sf-";
    seats.add(
        new String[] {
          product,
          prefix + String.format(Locale.ROOT, "%04d", seatNumber),
          email,
          at(assigned, 10),
          lastActivity
        });
  }

  private void account(
      String system,
      String email,
      String level,
      String state,
      String lastActive,
      String deactivated,
      boolean nonHuman) {
    accountNumber++;
    String id =
        system.equals("github")
            ? "gh-" + (104_000 + accountNumber * 37)
            : "AIDA"
                + Integer.toString(1_000_000 + accountNumber * 7919, 36).toUpperCase(Locale.ROOT);
    accounts
        .append(
            String.join(
                ",",
                system,
                id,
                email,
                level,
                state,
                lastActive,
                deactivated,
                Boolean.toString(nonHuman)))
        .append("\r\n");
  }

  private String lastAccount() {
    String text = accounts.toString();
    String lastLine = text.substring(text.lastIndexOf("\r\n", text.length() - 3) + 2);
    return lastLine.split(",")[1];
  }

  private String accountId(String system, String email) {
    for (String line : accounts.toString().split("\r\n")) {
      String[] fields = line.split(",");
      if (fields[0].equals(system) && fields[2].equals(email)) {
        return fields[1];
      }
    }
    throw new IllegalStateException("no " + system + " account for " + email);
  }

  private String lastSeat() {
    return seats.get(seats.size() - 1)[1];
  }

  private void person(
      String fault, String first, String last, String checkId, String status, String reason) {
    DemoPerson person = named(first, last);
    fault(fault, person.displayName(), person.id(), checkId, status, reason);
  }

  private void fault(
      String fault,
      String subject,
      String subjectId,
      String checkId,
      String status,
      String reason) {
    faults.add(new Fault(fault, subject, subjectId, checkId, status, reason));
  }

  private DemoPerson named(String first, String last) {
    Optional<DemoPerson> person =
        company.people().stream()
            .filter(p -> p.firstName().equals(first) && p.lastName().equals(last))
            .findFirst();
    return person.orElseThrow(() -> new IllegalStateException("no " + first + " " + last));
  }

  private static String mixedCase(String email) {
    StringBuilder out = new StringBuilder(email.length());
    boolean upper = true;
    for (char c : email.toCharArray()) {
      out.append(upper ? Character.toUpperCase(c) : c);
      upper = c == '.' || c == '@' || c == '-';
    }
    return out.toString();
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static String at(LocalDate date, int hour) {
    return stamp(date.atTime(hour, 0));
  }

  private static String stamp(LocalDateTime time) {
    return STAMP.format(time);
  }

  private static String csv(String header, List<String[]> rows) {
    StringBuilder out = new StringBuilder(header).append("\r\n");
    for (String[] row : rows) {
      out.append(String.join(",", row)).append("\r\n");
    }
    return out.toString();
  }
}
