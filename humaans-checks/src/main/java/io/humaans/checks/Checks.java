package io.humaans.checks;

import io.humaans.checks.model.Directory;
import io.humaans.checks.rules.AccessValidCheck;
import io.humaans.checks.rules.ActivityTrendCheck;
import io.humaans.checks.rules.EmploymentDatesConsistentCheck;
import io.humaans.checks.rules.JoiningDateProvidedCheck;
import io.humaans.checks.rules.OffboardedAccessRemovedCheck;
import io.humaans.checks.rules.OneAccountPerPersonCheck;
import io.humaans.checks.rules.ReclaimableSeatsCheck;
import io.humaans.checks.rules.ReportingLineAcyclicCheck;
import io.humaans.checks.rules.ReportingManagerAssignedCheck;
import io.humaans.checks.rules.StaffRoleAssignedCheck;
import io.humaans.checks.rules.UniqueIdentityCheck;
import io.humaans.checks.rules.UserIdentifiedCheck;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Runs the checks: the one entry point of the module.
 *
 * <pre>{@code
 * CheckInput input = CheckInput.builder().directory(directory).addAllAccounts(accounts).build();
 * CheckConfig config = CheckConfig.builder().asOf(LocalDate.of(2026, 11, 23)).build();
 * Report report = Checks.run(input, config);
 * String json = report.toJson();
 * }</pre>
 *
 * <p>Stateless and thread-safe. A run builds one {@link CheckContext} and evaluates the checks
 * concurrently on the common fork-join pool; the report does not depend on scheduling.
 */
public final class Checks {
  private static final List<Check> ALL =
      List.of(
          new StaffRoleAssignedCheck(),
          new ReportingManagerAssignedCheck(),
          new JoiningDateProvidedCheck(),
          new ReportingLineAcyclicCheck(),
          new EmploymentDatesConsistentCheck(),
          new UniqueIdentityCheck(),
          new UserIdentifiedCheck(),
          new OffboardedAccessRemovedCheck(),
          new AccessValidCheck(),
          new OneAccountPerPersonCheck(),
          new ReclaimableSeatsCheck(),
          new ActivityTrendCheck());

  private Checks() {}

  /** Returns every built-in check, in registration order; the list is unmodifiable. */
  public static List<Check> all() {
    return ALL;
  }

  /**
   * Runs every built-in check.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Report run(CheckInput input, CheckConfig config) {
    return run(ALL, CheckContext.of(input, config));
  }

  /**
   * Runs the given checks over a prepared context; outcomes and results are sorted by check id.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if two checks share an id
   */
  public static Report run(List<? extends Check> checks, CheckContext context) {
    Objects.requireNonNull(checks, "checks == null");
    Objects.requireNonNull(context, "context == null");
    List<Check> sorted = new ArrayList<>(checks);
    sorted.sort(Comparator.comparing(c -> c.info().id()));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).info().id().equals(sorted.get(i - 1).info().id())) {
        throw new IllegalArgumentException("duplicate check id: " + sorted.get(i).info().id());
      }
    }
    List<List<CheckResult>> perCheck =
        IntStream.range(0, sorted.size())
            .parallel()
            .mapToObj(i -> sorted.get(i).evaluate(context))
            .collect(Collectors.toList());

    boolean partial = context.isPartial();
    Report.Builder report =
        Report.builder()
            .asOf(context.asOf())
            .partial(partial)
            .inputs(sizes(context));
    context.input().directory().scopes().ifPresent(s -> report.scopes(s.stream().sorted().collect(Collectors.toList())));
    int total = 0;
    for (List<CheckResult> results : perCheck) {
      total += results.size();
    }
    List<CheckResult> all = new ArrayList<>(total);
    for (int i = 0; i < sorted.size(); i++) {
      CheckInfo info = sorted.get(i).info();
      List<CheckResult> results = perCheck.get(i);
      all.addAll(results);
      report.addChecks(outcome(info, results, partial));
    }
    report.reclaimableSeatsByProduct(reclaimable(all));
    report.results(all);
    return report.build();
  }

  private static InputSizes sizes(CheckContext context) {
    CheckInput in = context.input();
    Directory d = in.directory();
    return InputSizes.builder()
        .people(d.people().size())
        .jobRoles(d.jobRoles().size())
        .jobRolesWithoutPerson(context.jobRolesWithoutPerson())
        .accounts(in.accounts().size())
        .seats(in.seats().size())
        .events(in.events().size())
        .policies(in.policies().size())
        .waivers(in.waivers().size())
        .accountLinks(in.accountLinks().size())
        .build();
  }

  /** Computes a check's outcome from its results (see {@link CheckOutcome}). */
  static CheckOutcome outcome(CheckInfo info, List<CheckResult> results, boolean partial) {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, 0);
    }
    for (CheckResult r : results) {
      counts.merge(r.status(), 1, Integer::sum);
    }
    Status status;
    if (counts.get(Status.FAIL) > 0) {
      status = Status.FAIL;
    } else if (counts.get(Status.INCOMPLETE) > 0 || (partial && info.needsCompleteDirectory())) {
      status = Status.INCOMPLETE;
    } else {
      status = Status.PASS;
    }
    CheckOutcome.Builder b =
        CheckOutcome.builder()
            .checkId(info.id())
            .title(info.title())
            .subjectType(info.subjectType())
            .status(status)
            .counts(counts)
            .total(results.size());
    if (partial) {
      b.addMissingScopes(Directory.PRIVATE_READ);
    }
    return b.build();
  }

  private static Map<String, Integer> reclaimable(List<CheckResult> results) {
    Map<String, Integer> byProduct = new TreeMap<>();
    for (CheckResult r : results) {
      if (r.status() == Status.FAIL && ReclaimableSeatsCheck.ID.equals(r.checkId())) {
        String product = r.evidenceValue("product");
        byProduct.merge(product == null ? "" : product, 1, Integer::sum);
      }
    }
    return byProduct;
  }
}
