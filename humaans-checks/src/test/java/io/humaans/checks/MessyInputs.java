package io.humaans.checks;

import io.humaans.checks.model.AccessPolicy;
import io.humaans.checks.model.AccessRule;
import io.humaans.checks.model.Account;
import io.humaans.checks.model.AccountLink;
import io.humaans.checks.model.ActivityEvent;
import io.humaans.checks.model.Directory;
import io.humaans.checks.model.JobRole;
import io.humaans.checks.model.Person;
import io.humaans.checks.model.Seat;
import io.humaans.checks.model.Waiver;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Generates small, deliberately messy check inputs from a seed: duplicate and blank ids, padded and
 * mixed-case emails, null fields, unknown statuses and states, dates at the ends of time, roles of
 * unknown people. The same seed always gives the same input.
 */
final class MessyInputs {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

  private final Random random;

  private MessyInputs(long seed) {
    this.random = new Random(seed);
  }

  static CheckInput generate(long seed) {
    return new MessyInputs(seed).input();
  }

  private CheckInput input() {
    Directory directory =
        Directory.builder()
            .people(list(12, this::person))
            .jobRoles(list(12, this::role))
            .scopes(orNull(0.5, () -> pick(Set.of("private:read"), Set.of("public:read"))))
            .build();
    AccessPolicy policy =
        AccessPolicy.builder()
            .system("github")
            .addRules(AccessRule.builder().department("eng*").addAccessLevels("member").build())
            .build();
    return CheckInput.builder()
        .directory(directory)
        .accounts(list(8, this::account))
        .seats(list(6, this::seat))
        .events(list(10, this::event))
        .waivers(list(3, this::waiver))
        .policies(random.nextBoolean() ? List.of(policy) : List.of())
        .addAccountLinks(
            AccountLink.builder().system("GITHUB").accountId("a1").personId("p2").build())
        .build();
  }

  private Person person() {
    return Person.builder()
        .id(id())
        .email(email())
        .status(orNull(0.1, () -> pick("active", "newHire", "offboarded", " Offboarded", "weird")))
        .employmentStartDate(date())
        .employmentEndDate(date())
        .lastWorkingDay(date())
        .teams(list(2, () -> pick("Eng", "Sales", "security")))
        .build();
  }

  private JobRole role() {
    return JobRole.builder()
        .id(pick("r1", "r2", "r3", "r4"))
        .personId(random.nextBoolean() ? id() : "ghost")
        .jobTitle(
            orNull(
                0.1, () -> pick("CEO", "Engineer", "Chief of Staff", " ", "Chief Revenue Officer")))
        .department("Eng")
        .reportingTo(orNull(0.2, () -> random.nextBoolean() ? id() : "ghost"))
        .effectiveDate(date())
        .endDate(date())
        .createdAt(instant())
        .build();
  }

  private Account account() {
    return Account.builder()
        .system(pick("github", "GitHub ", "aws", "github/enterprise"))
        .id(pick("a1", "a2", "a3", "a4"))
        .email(email())
        .state(
            orNull(0.1, () -> pick("active", "suspended", "deleted", "odd", "invited", " ACTIVE")))
        .accessLevel(orNull(0.2, () -> pick("admin", "member", "*")))
        .deactivatedAt(instant())
        .nonHuman(random.nextBoolean())
        .build();
  }

  private Seat seat() {
    return Seat.builder()
        .product(pick("Figma", "Zoom"))
        .id(pick("s1", "s2", "s3"))
        .email(email())
        .assignedAt(instant())
        .lastActivityAt(instant())
        .build();
  }

  private ActivityEvent event() {
    return ActivityEvent.builder()
        .email(email())
        .product(pick("Figma", "Miro", " figma"))
        .timestamp(AS_OF.plusDays(between(-120, 5)).atStartOfDay(ZoneOffset.UTC).toInstant())
        .build();
  }

  private Waiver waiver() {
    return Waiver.builder()
        .checkId(pick("staff-role-assigned", "unique-identity", "reclaimable-seats"))
        .subjectId(random.nextBoolean() ? id() : pick("s1", "s2"))
        .reason("r")
        .expiresOn(date())
        .build();
  }

  private String id() {
    return pick("p1", "p2", "p3", "p4", "p5", "p6", "", "p1#2", "p1/github", "p%2F");
  }

  private String email() {
    return orNull(
        0.15, () -> pick("a@x.io", " A@X.io ", "b@x.io", "c@x.io", "", "   ", "d@x.io", "ü@x.io"));
  }

  private LocalDate date() {
    return orNull(
        0.3,
        () ->
            random.nextBoolean()
                ? AS_OF.plusDays(between(-800, 800))
                : pick(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1, 1, 1), AS_OF));
  }

  private Instant instant() {
    return orNull(
        0.3,
        () ->
            random.nextBoolean()
                ? AS_OF.plusDays(between(-800, 800)).atStartOfDay(ZoneOffset.UTC).toInstant()
                : pick(Instant.MIN, Instant.MAX, Instant.EPOCH));
  }

  private int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  @SafeVarargs
  private <T> T pick(T... values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T orNull(double p, Supplier<T> value) {
    return random.nextDouble() < p ? null : value.get();
  }

  private <T> List<T> list(int maxSize, Supplier<T> element) {
    int n = random.nextInt(maxSize + 1);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(element.get());
    }
    return out;
  }
}
