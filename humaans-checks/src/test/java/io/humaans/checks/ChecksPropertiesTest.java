package io.humaans.checks;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties over generated, deliberately messy inputs. */
class ChecksPropertiesTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

  private static Arbitrary<String> ids() {
    return Arbitraries.of("p1", "p2", "p3", "p4", "p5", "p6", "", "p1#2");
  }

  private static Arbitrary<String> emails() {
    return Arbitraries.of("a@x.io", " A@X.io ", "b@x.io", "c@x.io", "", "   ", "d@x.io", "ü@x.io")
        .injectNull(0.15);
  }

  private static Arbitrary<LocalDate> dates() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(-800, 800).map(AS_OF::plusDays),
        Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1, 1, 1), AS_OF))
        .injectNull(0.3);
  }

  private static Arbitrary<Instant> instants() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(-800, 800)
            .map(d -> AS_OF.plusDays(d).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()),
        Arbitraries.of(Instant.MIN, Instant.MAX, Instant.EPOCH))
        .injectNull(0.3);
  }

  private static Arbitrary<Person> people() {
    return Combinators.combine(
            ids(), emails(),
            Arbitraries.of("active", "newHire", "offboarded", " Offboarded", "weird").injectNull(0.1),
            dates(), dates(), dates(),
            Arbitraries.of("Eng", "Sales", "security").list().ofMaxSize(2))
        .as((id, email, status, start, end, last, teams) ->
            Person.builder().id(id).email(email).status(status).employmentStartDate(start)
                .employmentEndDate(end).lastWorkingDay(last).teams(teams).build());
  }

  private static Arbitrary<JobRole> roles() {
    return Combinators.combine(
            Arbitraries.of("r1", "r2", "r3", "r4"), Arbitraries.oneOf(ids(), Arbitraries.just("ghost")),
            Arbitraries.of("CEO", "Engineer", "Chief of Staff", " ", "Chief Revenue Officer").injectNull(0.1),
            Arbitraries.oneOf(ids(), Arbitraries.just("ghost")).injectNull(0.2),
            dates(), dates(),
            instants())
        .as((id, personId, title, to, start, end, created) ->
            JobRole.builder().id(id).personId(personId).jobTitle(title).department("Eng")
                .reportingTo(to).effectiveDate(start).endDate(end).createdAt(created).build());
  }

  private static Arbitrary<Account> accounts() {
    return Combinators.combine(
            Arbitraries.of("github", "GitHub ", "aws"), Arbitraries.of("a1", "a2", "a3", "a4"), emails(),
            Arbitraries.of("active", "suspended", "deleted", "odd").injectNull(0.1),
            Arbitraries.of("admin", "member", "*").injectNull(0.2), instants(), Arbitraries.of(true, false))
        .as((system, id, email, state, level, deactivated, bot) ->
            Account.builder().system(system).id(id).email(email).state(state).accessLevel(level)
                .deactivatedAt(deactivated).nonHuman(bot).build());
  }

  private static Arbitrary<Seat> seats() {
    return Combinators.combine(Arbitraries.of("Figma", "Zoom"), Arbitraries.of("s1", "s2", "s3"), emails(),
            instants(), instants())
        .as((product, id, email, assigned, last) ->
            Seat.builder().product(product).id(id).email(email).assignedAt(assigned).lastActivityAt(last).build());
  }

  private static Arbitrary<ActivityEvent> events() {
    return Combinators.combine(emails(), Arbitraries.of("Figma", "Miro"),
            Arbitraries.integers().between(-120, 5)
                .map(d -> AS_OF.plusDays(d).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()))
        .as((email, product, at) -> ActivityEvent.builder().email(email).product(product).timestamp(at).build());
  }

  @Provide
  Arbitrary<CheckInput> inputs() {
    Arbitrary<Directory> directories = Combinators.combine(
            people().list().ofMaxSize(12), roles().list().ofMaxSize(12),
            Arbitraries.of(Set.of("private:read"), Set.of("public:read")).injectNull(0.5))
        .as((p, r, scopes) -> Directory.builder().people(p).jobRoles(r).scopes(scopes).build());
    Arbitrary<Waiver> waivers = Combinators.combine(
            Arbitraries.of("staff-role-assigned", "unique-identity", "reclaimable-seats"),
            Arbitraries.oneOf(ids(), Arbitraries.of("s1", "s2")), dates())
        .as((check, subject, expires) -> Waiver.builder().checkId(check).subjectId(subject).reason("r")
            .expiresOn(expires).build());
    AccessPolicy policy = AccessPolicy.builder().system("github")
        .addRules(AccessRule.builder().department("eng*").addAccessLevels("member").build()).build();
    return Combinators.combine(
            directories, accounts().list().ofMaxSize(8), seats().list().ofMaxSize(6),
            events().list().ofMaxSize(10), waivers.list().ofMaxSize(3), Arbitraries.of(true, false))
        .as((d, a, s, e, w, withPolicy) -> CheckInput.builder().directory(d).accounts(a).seats(s).events(e)
            .waivers(w).policies(withPolicy ? List.of(policy) : List.of())
            .addAccountLinks(AccountLink.builder().system("GITHUB").accountId("a1").personId("p2").build())
            .build());
  }

  private static CheckConfig config() {
    return CheckConfig.builder().asOf(AS_OF).trendPeriods(3).build();
  }

  @Property(tries = 300)
  void everySubjectAppearsExactlyOnceInEachCheck(@ForAll("inputs") CheckInput input) {
    Report report = Checks.run(input, config());
    CheckContext context = CheckContext.of(input, config());
    Map<String, List<CheckResult>> byCheck =
        report.results().stream().collect(Collectors.groupingBy(CheckResult::checkId));
    for (CheckOutcome outcome : report.checks()) {
      List<CheckResult> results = byCheck.getOrDefault(outcome.checkId(), List.of());
      Set<String> unique = results.stream().map(CheckResult::subjectId).collect(Collectors.toSet());
      assertThat(unique).as(outcome.checkId()).hasSize(results.size());
      assertThat(outcome.total()).isEqualTo(results.size());
    }
    long employed = context.people().stream().filter(PersonFacts::employed).count();
    long notLeft = context.people().stream().filter(p -> !p.left()).count();
    assertThat(count(byCheck, "staff-role-assigned")).isEqualTo(employed);
    assertThat(count(byCheck, "reporting-manager-assigned")).isEqualTo(employed);
    assertThat(count(byCheck, "reporting-line-acyclic")).isEqualTo(employed);
    assertThat(count(byCheck, "joining-date-provided")).isEqualTo(notLeft);
    assertThat(count(byCheck, "unique-identity")).isEqualTo(notLeft);
    assertThat(context.people()).hasSize(input.directory().people().size());
    assertThat(count(byCheck, "user-identified"))
        .isEqualTo(input.accounts().stream().filter(a -> !a.state().orElse("").strip().equalsIgnoreCase("deleted")).count());
    assertThat(count(byCheck, "offboarded-access-removed"))
        .isEqualTo(context.accounts().stream().filter(a -> a.holder().isPresent()).count());
    assertThat(count(byCheck, "reclaimable-seats")).isEqualTo(input.seats().size());
    Set<String> products = new HashSet<>();
    input.seats().forEach(s -> products.add(s.product()));
    input.events().forEach(e -> products.add(e.product()));
    assertThat(count(byCheck, "activity-trend")).isEqualTo(products.size());
  }

  @Property(tries = 200)
  void sameInputGivesSameBytes(@ForAll("inputs") CheckInput input) {
    Report first = Checks.run(input, config());
    Report second = Checks.run(input, config());
    assertThat(second.toJson()).isEqualTo(first.toJson());
    assertThat(second.toCsv()).isEqualTo(first.toCsv());
  }

  @Property(tries = 200)
  void inputOrderNeverChangesTheReport(@ForAll("inputs") CheckInput input, @ForAll long seed) {
    Random random = new Random(seed);
    Directory d = input.directory();
    CheckInput shuffled = CheckInput.builder().from(input)
        .directory(Directory.builder().from(d).people(shuffle(d.people(), random))
            .jobRoles(shuffle(d.jobRoles(), random)).build())
        .accounts(shuffle(input.accounts(), random))
        .seats(shuffle(input.seats(), random))
        .events(shuffle(input.events(), random))
        .waivers(shuffle(input.waivers(), random))
        .build();
    assertThat(Checks.run(shuffled, config()).toJson()).isEqualTo(Checks.run(input, config()).toJson());
  }

  private static long count(Map<String, List<CheckResult>> byCheck, String id) {
    return byCheck.getOrDefault(id, List.of()).size();
  }

  private static <T> List<T> shuffle(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }
}
