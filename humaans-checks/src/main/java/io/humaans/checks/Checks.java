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
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

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
 * concurrently on the calling thread and the common fork-join pool; the report does not depend on scheduling.
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
    List<List<CheckResult>> perCheck = evaluate(sorted, context);

    boolean partial = context.isPartial();
    List<String> scopes =
        context.input().directory().scopes()
            .map(s -> s.stream().sorted().collect(Collectors.<String>toList()))
            .orElse(null);
    List<CheckOutcome> outcomes = new ArrayList<>(sorted.size());
    Map<String, Integer> byProduct = new TreeMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      CheckInfo info = sorted.get(i).info();
      List<CheckResult> results = perCheck.get(i);
      outcomes.add(outcome(info, results, partial));
      // A built-in check other than reclaimable-seats never reports reclaimable-seats results.
      if (ReclaimableSeatsCheck.ID.equals(info.id()) || !ALL.contains(sorted.get(i))) {
        reclaimable(results, byProduct);
      }
    }
    return new Report(
        context.asOf(), sizes(context), scopes, partial, outcomes, byProduct, perCheck);
  }

  // Built-in checks that walk every account, started first so the two cores finish together.
  private static final List<String> HEAVY =
      List.of(AccessValidCheck.ID, OneAccountPerPersonCheck.ID, OffboardedAccessRemovedCheck.ID);

  /**
   * Evaluates the checks on the calling thread plus up to (cores - 1) common-pool workers, each
   * taking the next unstarted check, heaviest first; results are stored by position, so the
   * outcome does not depend on scheduling.
   */
  private static List<List<CheckResult>> evaluate(List<Check> checks, CheckContext context) {
    int n = checks.size();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> rank(checks.get(i))));
    @SuppressWarnings("unchecked")
    List<CheckResult>[] out = new List[n];
    AtomicInteger next = new AtomicInteger();
    Runnable worker =
        () -> {
          for (int k = next.getAndIncrement(); k < n; k = next.getAndIncrement()) {
            int i = order[k];
            List<CheckResult> r = checks.get(i).evaluate(context);
            // Results from finish are already unmodifiable; anything else is copied.
            out[i] = r instanceof ResultColumns && ((ResultColumns) r).isFrozen()
                ? r
                : List.copyOf(r);
          }
        };
    int helpers =
        Math.min(n - 1, Math.max(ForkJoinPool.getCommonPoolParallelism(),
            Runtime.getRuntime().availableProcessors() - 1));
    List<ForkJoinTask<?>> tasks = new ArrayList<>(Math.max(helpers, 0));
    for (int h = 0; h < helpers; h++) {
      tasks.add(ForkJoinPool.commonPool().submit(worker));
    }
    worker.run();
    for (ForkJoinTask<?> t : tasks) {
      t.join();
    }
    return Arrays.asList(out);
  }

  private static int rank(Check check) {
    int heavy = HEAVY.indexOf(check.info().id());
    return heavy >= 0 && ALL.contains(check) ? heavy : HEAVY.size();
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
    Status[] statuses = Status.values();
    int[] tally = new int[statuses.length];
    for (int i = 0, n = results.size(); i < n; i++) {
      Status s = results instanceof ResultColumns
          ? ((ResultColumns) results).status(i)
          : results.get(i).status();
      tally[s.ordinal()]++;
    }
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : statuses) {
      counts.put(s, tally[s.ordinal()]);
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

  private static void reclaimable(List<CheckResult> results, Map<String, Integer> byProduct) {
    ResultColumns columns = results instanceof ResultColumns ? (ResultColumns) results : null;
    for (int i = 0, n = results.size(); i < n; i++) {
      if (columns != null && columns.status(i) != Status.FAIL) {
        continue;
      }
      CheckResult r = results.get(i);
      if (r.status() == Status.FAIL && ReclaimableSeatsCheck.ID.equals(r.checkId())) {
        String product = r.evidenceValue("product");
        byProduct.merge(product == null ? "" : product, 1, Integer::sum);
      }
    }
  }
}
