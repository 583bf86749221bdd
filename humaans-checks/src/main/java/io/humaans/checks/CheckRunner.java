package io.humaans.checks;

import io.humaans.checks.model.Directory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Engine: evaluates checks over a context and assembles the {@link Report}. Each check writes to
 * its own {@link ResultColumns}, which the context then finishes (waivers, order).
 */
final class CheckRunner {
  private CheckRunner() {}

  static List<CheckResult> evaluate(Check check, RunContext context) {
    ResultColumns out = new ResultColumns(expectedSize(check, context));
    check.evaluate(context, out);
    return context.finish(out);
  }

  private static int expectedSize(Check check, RunContext context) {
    switch (check.info().subjectType()) {
      case SubjectTypes.ACCOUNT:
      case SubjectTypes.PERSON_IN_SYSTEM:
        return context.accounts().size();
      case SubjectTypes.SEAT:
        return context.seats().size();
      case SubjectTypes.PERSON:
        return context.people().size();
      default:
        return 16;
    }
  }

  static Report run(List<? extends Check> checks, RunContext context) {
    List<Check> sorted = new ArrayList<>(checks);
    sorted.sort(Comparator.comparing(c -> c.info().id()));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).info().id().equals(sorted.get(i - 1).info().id())) {
        throw new IllegalArgumentException("duplicate check id: " + sorted.get(i).info().id());
      }
    }
    List<ResultColumns> perCheck = evaluateAll(sorted, context);

    boolean partial = context.isPartial();
    boolean unreadAccounts = !context.input().unreadableSystems().isEmpty();
    List<String> scopes =
        context
            .input()
            .directory()
            .scopes()
            .map(s -> s.stream().sorted().collect(Collectors.<String>toList()))
            .orElse(null);
    List<CheckOutcome> outcomes = new ArrayList<>(sorted.size());
    ReclaimableSeatTotals reclaimable = new ReclaimableSeatTotals();
    for (int i = 0; i < sorted.size(); i++) {
      CheckInfo info = sorted.get(i).info();
      ResultColumns results = perCheck.get(i);
      outcomes.add(outcome(info, results, partial, unreadAccounts));
      if (info.reclaimsSeats()) {
        reclaimable.addFailures(results);
      }
    }
    return new Report(
        context.asOf(),
        sizes(context),
        scopes,
        partial,
        outcomes,
        reclaimable.byProduct(context.input()),
        new ArrayList<List<CheckResult>>(perCheck));
  }

  /**
   * Evaluates the checks on the calling thread plus up to (cores - 1) common-pool workers, each
   * taking the next unstarted check, highest cost hint first; results are stored by position, so
   * the outcome does not depend on scheduling.
   */
  private static List<ResultColumns> evaluateAll(List<Check> checks, RunContext context) {
    int n = checks.size();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // Stable: equal hints keep check-id order.
    Arrays.sort(order, Comparator.comparingInt(i -> -checks.get(i).info().costHint()));
    ResultColumns[] out = new ResultColumns[n];
    AtomicInteger next = new AtomicInteger();
    Runnable worker =
        () -> {
          for (int k = next.getAndIncrement(); k < n; k = next.getAndIncrement()) {
            int i = order[k];
            Check check = checks.get(i);
            ResultColumns results = new ResultColumns(expectedSize(check, context));
            check.evaluate(context, results);
            out[i] = context.finish(results);
          }
        };
    int helpers =
        Math.min(
            n - 1,
            Math.max(
                ForkJoinPool.getCommonPoolParallelism(),
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

  private static InputSizes sizes(RunContext context) {
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
        .unreadableSystems(new TreeMap<>(in.unreadableSystems()))
        .build();
  }

  /**
   * Computes a check's outcome from its results (see {@link CheckOutcome}): FAIL, else INCOMPLETE,
   * else NOT_APPLICABLE when no result judged a subject, else PASS.
   */
  @SuppressWarnings("EnumOrdinal") // the ordinal only indexes this local tally, in one run
  static CheckOutcome outcome(
      CheckInfo info, ResultColumns results, boolean partial, boolean unreadAccounts) {
    Status[] statuses = Status.values();
    int[] tally = new int[statuses.length];
    for (int i = 0, n = results.size(); i < n; i++) {
      tally[results.status(i).ordinal()]++;
    }
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : statuses) {
      counts.put(s, tally[s.ordinal()]);
    }
    Status status;
    if (tally[Status.FAIL.ordinal()] > 0) {
      status = Status.FAIL;
    } else if (tally[Status.INCOMPLETE.ordinal()] > 0
        || (partial && info.needsCompleteDirectory())
        || (unreadAccounts && info.judgesAccounts())) {
      status = Status.INCOMPLETE;
    } else if (tally[Status.NOT_APPLICABLE.ordinal()] == results.size()) {
      // Nothing judged (no subject, or none the check applies to): never a PASS on nothing.
      status = Status.NOT_APPLICABLE;
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
}
