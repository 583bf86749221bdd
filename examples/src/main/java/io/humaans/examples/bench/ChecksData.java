package io.humaans.examples.bench;

import io.humaans.checks.CheckInput;
import io.humaans.checks.model.AccessPolicy;
import io.humaans.checks.model.AccessRule;
import io.humaans.checks.model.Account;
import io.humaans.checks.model.ActivityEvent;
import io.humaans.checks.model.Directory;
import io.humaans.checks.model.JobRole;
import io.humaans.checks.model.Person;
import io.humaans.checks.model.Seat;
import io.humaans.checks.model.Waiver;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a realistic {@link CheckInput} of any size from a seed: people with one to three
 * job-role rows and a reporting tree, about 5% leavers and 2% pre-hires, some missing start dates,
 * blank titles, duplicate emails and ids, a few reporting cycles; one account per person spread
 * over four systems (some unknown holders, bots, suspended accounts, admins); one seat per person
 * over five products; activity events for a tenth of the people; one access policy per system and a
 * few waivers. The same {@code (size, seed)} gives the same input.
 */
final class ChecksData {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  private static final String[] SYSTEMS = {"github", "aws", "slack", "google"};
  private static final String[] PRODUCTS = {"Figma", "Zoom", "Notion", "Miro", "Jira"};
  private static final String[] LEVELS = {"member", "member", "member", "read", "admin"};
  private static final String[] DEPARTMENTS = {
    "Engineering", "Finance", "Sales", "People", "Operations"
  };
  private static final String[] TITLES = {
    "Software Engineer", "Senior Software Engineer", "Account Executive", "Accountant",
    "People Partner", "Operations Manager", "Data Analyst", "Engineering Manager"
  };
  private static final String[] TEAMS = {
    "Platform", "Payments", "Growth", "People", "Security", "Data"
  };

  private ChecksData() {}

  static CheckInput generate(int size, long seed) {
    Random rnd = new Random(seed);
    List<Person> people = new ArrayList<>(size);
    List<JobRole> roles = new ArrayList<>(size * 2);
    String[] emails = new String[size];
    for (int i = 0; i < size; i++) {
      String id = (rnd.nextInt(10_000) == 0 && i > 0) ? "p" + (i - 1) : "p" + i;
      emails[i] = rnd.nextInt(200) == 0 && i > 0 ? emails[i - 1] : "person." + i + "@corp.example";
      int kind = rnd.nextInt(100);
      LocalDate start =
          kind < 2 ? AS_OF.plusDays(1 + rnd.nextInt(90)) : AS_OF.minusDays(30 + rnd.nextInt(3600));
      Person.Builder p =
          Person.builder()
              .id(id)
              .firstName("First" + (i % 977))
              .lastName("Last" + (i % 1499))
              .email(emails[i])
              .status(
                  kind < 2
                      ? Person.STATUS_NEW_HIRE
                      : kind >= 95 ? Person.STATUS_OFFBOARDED : Person.STATUS_ACTIVE)
              .addTeams(TEAMS[rnd.nextInt(TEAMS.length)]);
      if (rnd.nextInt(200) != 0) {
        p.employmentStartDate(start);
      }
      if (kind >= 95) {
        LocalDate end = AS_OF.minusDays(rnd.nextInt(400));
        p.employmentEndDate(end).lastWorkingDay(end);
      }
      people.add(p.build());

      int n = 1 + rnd.nextInt(3);
      for (int k = 0; k < n; k++) {
        // Managers come from the first 2% of people (a reporting tree); person 0 is the CEO.
        String manager = i == 0 ? null : "p" + rnd.nextInt(Math.max(1, Math.min(i, size / 50 + 1)));
        if (i > 0 && i < 4 && k == n - 1) {
          manager = "p" + (i % 3 + 1); // a small reporting cycle p1 -> p2 -> p3 -> p1
        }
        JobRole.Builder r =
            JobRole.builder()
                .id("r" + i + "_" + k)
                .personId(id)
                .jobTitle(
                    i == 0
                        ? "CEO"
                        : rnd.nextInt(300) == 0 ? " " : TITLES[rnd.nextInt(TITLES.length)])
                .department(DEPARTMENTS[rnd.nextInt(DEPARTMENTS.length)])
                .effectiveDate(start.plusDays(k * 400L))
                .createdAt(NOW.minus(1000 - k, ChronoUnit.DAYS));
        if (manager != null && rnd.nextInt(100) != 0) {
          r.reportingTo(manager);
        }
        if (k < n - 1) {
          r.endDate(start.plusDays((k + 1) * 400L - 1));
        }
        roles.add(r.build());
      }
    }
    for (int j = 0; j < size / 1000; j++) {
      roles.add(
          JobRole.builder()
              .id("orphan" + j)
              .personId("gone" + j)
              .jobTitle("Contractor")
              .effectiveDate(AS_OF.minusDays(10))
              .build());
    }

    List<Account> accounts = new ArrayList<>(size);
    for (int a = 0; a < size; a++) {
      int owner = rnd.nextInt(size);
      String system = SYSTEMS[a % SYSTEMS.length];
      int roll = rnd.nextInt(100);
      Account.Builder b =
          Account.builder()
              .system(system)
              .id(system + "-" + a)
              .email(
                  roll < 3
                      ? "stranger." + a + "@elsewhere.example"
                      : emails[owner].toUpperCase(java.util.Locale.ROOT))
              .accessLevel(LEVELS[rnd.nextInt(LEVELS.length)])
              .state(roll >= 95 ? Account.STATE_SUSPENDED : Account.STATE_ACTIVE)
              .lastActiveAt(NOW.minus(rnd.nextInt(200), ChronoUnit.DAYS))
              .nonHuman(roll == 3 || roll == 4);
      if (roll >= 95) {
        b.deactivatedAt(NOW.minus(rnd.nextInt(100), ChronoUnit.DAYS));
      }
      accounts.add(b.build());
    }

    List<Seat> seats = new ArrayList<>(size);
    for (int s = 0; s < size; s++) {
      Seat.Builder b =
          Seat.builder()
              .product(PRODUCTS[s % PRODUCTS.length])
              .id("seat-" + s)
              .email(emails[rnd.nextInt(size)])
              .assignedAt(NOW.minus(60 + rnd.nextInt(600), ChronoUnit.DAYS));
      if (rnd.nextInt(10) != 0) {
        b.lastActivityAt(NOW.minus(rnd.nextInt(120), ChronoUnit.DAYS));
      }
      seats.add(b.build());
    }

    List<ActivityEvent> events = new ArrayList<>(size / 10);
    for (int e = 0; e < size / 10; e++) {
      events.add(
          ActivityEvent.builder()
              .email(emails[rnd.nextInt(size)])
              .product(PRODUCTS[rnd.nextInt(PRODUCTS.length)])
              .timestamp(NOW.minus(rnd.nextInt(56 * 24), ChronoUnit.HOURS))
              .build());
    }

    List<AccessPolicy> policies = new ArrayList<>();
    for (String system : SYSTEMS) {
      policies.add(
          AccessPolicy.builder()
              .system(system)
              .addRules(AccessRule.builder().accessLevels(List.of("member", "read")).build())
              .addRules(
                  AccessRule.builder()
                      .department("Engineering")
                      .jobTitle("*Engineer*")
                      .accessLevels(List.of("admin"))
                      .build())
              .addRules(AccessRule.builder().team("Security").accessLevels(List.of("*")).build())
              .build());
    }
    List<Waiver> waivers = new ArrayList<>();
    for (int w = 0; w < 20; w++) {
      waivers.add(
          Waiver.builder()
              .checkId("offboarded-access-removed")
              .subjectId("github-" + (w * 97))
              .reason("legal hold")
              .expiresOn(AS_OF.plusDays(30))
              .build());
    }

    Directory directory =
        Directory.builder()
            .addAllPeople(people)
            .addAllJobRoles(roles)
            .scopes(java.util.Set.of("public:read", "private:read"))
            .build();
    return CheckInput.builder()
        .directory(directory)
        .addAllAccounts(accounts)
        .addAllSeats(seats)
        .addAllEvents(events)
        .addAllPolicies(policies)
        .addAllWaivers(waivers)
        .build();
  }
}
