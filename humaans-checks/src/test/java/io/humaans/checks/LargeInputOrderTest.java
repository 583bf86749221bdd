package io.humaans.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.checks.model.AccessPolicy;
import io.humaans.checks.model.AccessRule;
import io.humaans.checks.model.Account;
import io.humaans.checks.model.AccountLink;
import io.humaans.checks.model.Directory;
import io.humaans.checks.model.JobRole;
import io.humaans.checks.model.Person;
import io.humaans.checks.model.Seat;
import io.humaans.checks.model.Waiver;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Inputs larger than one column chunk and than the sizes at which subject ids are sorted and job
 * roles folded on two threads: the report must not depend on input order there either. The module's
 * tests run with small chunks (see {@code Tuning} and the surefire configuration), so a few
 * thousand people cross many chunk boundaries.
 */
class LargeInputOrderTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  private static final int PEOPLE = 4_000;

  private static CheckInput input(Random random) {
    List<Person> people = new ArrayList<>();
    List<JobRole> roles = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      // About 1 in 50 ids and 1 in 40 emails repeat an earlier one; emails vary in case.
      String id = i > 0 && random.nextInt(50) == 0 ? "p" + random.nextInt(i) : "p" + i;
      String email =
          (i > 0 && random.nextInt(40) == 0 ? "u" + random.nextInt(i) : "u" + i) + "@corp.example";
      people.add(
          Person.builder()
              .id(id)
              .email(random.nextBoolean() ? email : " " + email.toUpperCase(Locale.ROOT))
              .status(random.nextInt(20) == 0 ? "offboarded" : "active")
              .employmentStartDate(AS_OF.minusDays(random.nextInt(2000) - 30))
              .addTeams(random.nextBoolean() ? "Eng" : "Sales")
              .build());
      for (int k = random.nextInt(3); k >= 0; k--) {
        roles.add(
            JobRole.builder()
                .id("r" + i + "_" + k)
                .personId(random.nextInt(100) == 0 ? "ghost" + i : id)
                .jobTitle(random.nextInt(50) == 0 ? " " : "Engineer")
                .department(random.nextBoolean() ? "Eng" : "Sales")
                .reportingTo(i == 0 ? null : "p" + random.nextInt(Math.max(1, i / 10)))
                .effectiveDate(AS_OF.minusDays(random.nextInt(1000) - 20))
                .createdAt(NOW.minusSeconds(random.nextInt(1_000_000)))
                .build());
      }
    }
    List<Account> accounts = new ArrayList<>();
    List<AccountLink> links = new ArrayList<>();
    for (int a = 0; a < PEOPLE; a++) {
      String system = a % 3 == 0 ? "github" : "aws";
      String id = system + "-" + (random.nextInt(30) == 0 ? a / 2 : a);
      accounts.add(
          Account.builder()
              .system(system)
              .id(id)
              .email("U" + random.nextInt(PEOPLE + 500) + "@CORP.example")
              .state(random.nextInt(10) == 0 ? "suspended" : "active")
              .accessLevel(random.nextInt(5) == 0 ? "admin" : "member")
              .lastActiveAt(NOW.minusSeconds(random.nextInt(10_000_000)))
              .build());
      if (random.nextInt(100) == 0) {
        links.add(
            AccountLink.builder()
                .system(system)
                .accountId(id)
                .personId("p" + random.nextInt(PEOPLE))
                .build());
      }
    }
    List<Seat> seats = new ArrayList<>();
    for (int s = 0; s < PEOPLE; s++) {
      seats.add(
          Seat.builder()
              .product(s % 2 == 0 ? "Figma" : "Zoom")
              .id("seat-" + (random.nextInt(40) == 0 ? s / 2 : s))
              .email("u" + random.nextInt(PEOPLE) + "@corp.example")
              .assignedAt(NOW.minusSeconds(random.nextInt(50_000_000)))
              .lastActivityAt(NOW.minusSeconds(random.nextInt(10_000_000)))
              .build());
    }
    AccessPolicy policy =
        AccessPolicy.builder()
            .system("github")
            .addRules(AccessRule.builder().department("Eng").addAccessLevels("*").build())
            .addRules(AccessRule.builder().addAccessLevels("member").build())
            .build();
    return CheckInput.builder()
        .directory(
            Directory.builder()
                .people(people)
                .jobRoles(roles)
                .scopes(java.util.Set.of("public:read", "private:read"))
                .build())
        .accounts(accounts)
        .seats(seats)
        .accountLinks(links)
        .addPolicies(policy)
        .addWaivers(
            Waiver.builder()
                .checkId("offboarded-access-removed")
                .subjectId("aws-7")
                .reason("legal hold")
                .build())
        .build();
  }

  private static <T> List<T> shuffled(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }

  @Test
  void shuffledLargeInputGivesTheSameReport() {
    CheckInput input = input(new Random(11));
    Random random = new Random(12);
    Directory d = input.directory();
    CheckInput shuffled =
        CheckInput.builder()
            .from(input)
            .directory(
                Directory.builder()
                    .from(d)
                    .people(shuffled(d.people(), random))
                    .jobRoles(shuffled(d.jobRoles(), random))
                    .build())
            .accounts(shuffled(input.accounts(), random))
            .seats(shuffled(input.seats(), random))
            .accountLinks(shuffled(input.accountLinks(), random))
            .build();
    CheckConfig config = CheckConfig.builder().asOf(AS_OF).build();

    Report report = Checks.run(input, config);
    Report again = Checks.run(shuffled, config);

    assertThat(PEOPLE).isGreaterThan(4 * ChunkedColumn.CHUNK);
    assertThat(PEOPLE).isGreaterThan(Tuning.PARALLEL_SORT).isGreaterThan(Tuning.PARALLEL_ROWS);
    assertThat(report.results().size()).isGreaterThan(10 * ChunkedColumn.CHUNK);
    assertThat(again.toJson()).isEqualTo(report.toJson());
    assertThat(again.toCsv()).isEqualTo(report.toCsv());
    // Subject ids stay unique per check even with repeated person, account and seat ids.
    assertThat(
            report.results().stream()
                .map(r -> r.checkId() + " " + r.subjectId())
                .distinct()
                .count())
        .isEqualTo(report.results().size());
  }
}
