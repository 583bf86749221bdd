package io.humaans.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.humaans.checks.model.Directory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties over generated, deliberately messy inputs: each property runs over a few hundred seeds
 * of {@link MessyInputs}, so a failure names the seed that reproduces it.
 */
class ChecksPropertiesTest {
  private static final LocalDate AS_OF = MessyInputs.AS_OF;

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  private static CheckConfig config() {
    return CheckConfig.builder().asOf(AS_OF).trendPeriods(3).build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everySubjectAppearsExactlyOnceInEachCheck(long seed) {
    CheckInput input = MessyInputs.generate(seed);
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
        .isEqualTo(
            input.accounts().stream()
                .filter(a -> !a.state().orElse("").strip().equalsIgnoreCase("deleted"))
                .count());
    assertThat(count(byCheck, "offboarded-access-removed"))
        .isEqualTo(context.accounts().stream().filter(a -> a.holder().isPresent()).count());
    assertThat(count(byCheck, "reclaimable-seats")).isEqualTo(input.seats().size());
    Set<String> products = new HashSet<>(); // matched stripped and lower-cased
    input.seats().forEach(s -> products.add(s.product().strip().toLowerCase(Locale.ROOT)));
    input.events().forEach(e -> products.add(e.product().strip().toLowerCase(Locale.ROOT)));
    assertThat(count(byCheck, "activity-trend")).isEqualTo(products.size());
  }

  /**
   * Never a PASS on nothing: with each listing emptied in turn, a check that has no result, or only
   * {@code NOT_APPLICABLE} ones, is {@code NOT_APPLICABLE} or {@code INCOMPLETE}, and a {@code
   * PASS} always rests on a judged subject with no {@code FAIL} or {@code INCOMPLETE} among them.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aCheckPassesOnlyOnSomethingItJudged(long seed) {
    CheckInput input = MessyInputs.generate(seed);
    List<CheckInput> variants =
        List.of(
            input,
            CheckInput.builder().from(input).accounts(List.of()).build(),
            CheckInput.builder().from(input).seats(List.of()).events(List.of()).build(),
            CheckInput.builder().from(input).policies(List.of()).build(),
            CheckInput.builder()
                .from(input)
                .directory(Directory.builder().from(input.directory()).people(List.of()).build())
                .build());
    for (CheckInput variant : variants) {
      Report report = Checks.run(variant, config());
      Map<String, List<CheckResult>> byCheck =
          report.results().stream().collect(Collectors.groupingBy(CheckResult::checkId));
      for (CheckOutcome outcome : report.checks()) {
        List<CheckResult> results = byCheck.getOrDefault(outcome.checkId(), List.of());
        boolean judged = results.stream().anyMatch(r -> r.status() != Status.NOT_APPLICABLE);
        if (!judged) {
          assertThat(outcome.status())
              .as("%s with %d results, none judged", outcome.checkId(), results.size())
              .isIn(Status.NOT_APPLICABLE, Status.INCOMPLETE);
        }
        if (outcome.status() == Status.PASS) {
          assertThat(results)
              .as(outcome.checkId())
              .isNotEmpty()
              .noneMatch(r -> r.status() == Status.FAIL || r.status() == Status.INCOMPLETE);
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sameInputGivesSameBytes(long seed) {
    CheckInput input = MessyInputs.generate(seed);
    Report first = Checks.run(input, config());
    Report second = Checks.run(input, config());
    assertThat(second.toJson()).isEqualTo(first.toJson());
    assertThat(second.toCsv()).isEqualTo(first.toCsv());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void inputOrderNeverChangesTheReport(long seed) {
    CheckInput input = MessyInputs.generate(seed);
    Random random = new Random(seed * 31 + 7);
    Directory d = input.directory();
    CheckInput shuffled =
        CheckInput.builder()
            .from(input)
            .directory(
                Directory.builder()
                    .from(d)
                    .people(shuffle(d.people(), random))
                    .jobRoles(shuffle(d.jobRoles(), random))
                    .build())
            .accounts(shuffle(input.accounts(), random))
            .seats(shuffle(input.seats(), random))
            .events(shuffle(input.events(), random))
            .waivers(shuffle(input.waivers(), random))
            .build();
    assertThat(Checks.run(shuffled, config()).toJson())
        .isEqualTo(Checks.run(input, config()).toJson());
  }

  /**
   * Reading without private:read hides leavers and pre-hires and their job roles: no check may then
   * PASS (or call itself NOT_APPLICABLE) where the complete directory FAILs.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aPartialDirectoryNeverPassesWhatTheCompleteOneFails(long seed) {
    CheckInput input = MessyInputs.generate(seed);
    Directory d = input.directory();
    CheckInput complete =
        CheckInput.builder()
            .from(input)
            .directory(Directory.builder().from(d).scopes(Set.of("private:read")).build())
            .build();
    Set<String> hiddenIds = new HashSet<>();
    Set<String> visibleIds = new HashSet<>();
    List<io.humaans.checks.model.Person> visible = new ArrayList<>();
    for (io.humaans.checks.model.Person p : d.people()) {
      boolean employed = Definitions.isEmployed(p, AS_OF);
      (employed ? visibleIds : hiddenIds).add(p.id());
      if (employed) {
        visible.add(p);
      }
    }
    // Ids shared by a hidden and a visible record resolve differently once one is hidden.
    hiddenIds.retainAll(visibleIds);
    if (!hiddenIds.isEmpty()) {
      return;
    }
    CheckInput partial =
        CheckInput.builder()
            .from(input)
            .directory(
                Directory.builder()
                    .people(visible)
                    .jobRoles(
                        d.jobRoles().stream()
                            .filter(r -> visibleIds.contains(r.personId()))
                            .toList())
                    .scopes(Set.of("public:read"))
                    .build())
            .build();
    Map<String, Status> full = outcomes(Checks.run(complete, config()));
    Map<String, Status> seen = outcomes(Checks.run(partial, config()));
    for (Map.Entry<String, Status> check : full.entrySet()) {
      if (check.getValue() == Status.FAIL) {
        assertThat(seen.get(check.getKey()))
            .as("%s on the partial directory", check.getKey())
            .isIn(Status.FAIL, Status.INCOMPLETE);
      }
    }
  }

  private static Map<String, Status> outcomes(Report report) {
    return report.checks().stream()
        .collect(Collectors.toMap(CheckOutcome::checkId, CheckOutcome::status));
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
