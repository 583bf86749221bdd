package io.humaans.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A report compared with a {@link Baseline} (an earlier report of the same check set): every
 * failing result is {@link Change#NEW} or {@link Change#UNCHANGED} and carries the date it has been
 * failing since (the baseline's when it was already failing, else this report's asOf); the
 * baseline's failures that no longer fail are {@linkplain #resolved() resolved}. Only {@link
 * Status#FAIL} counts as failing. A failing result continues the baseline's failure of its check
 * and subject id with the same label; else, since duplicate-id suffixes ({@code a#2}) follow the
 * records present, the one whose subject id is the same but for such suffixes and whose label is
 * the same; else the one of its subject id. A result of any status claims a failure so (one that no
 * longer fails resolves it), so that a subject renumbered since is never taken for the subject now
 * holding its old id. Made by {@link Report#compareWith}; immutable and thread-safe.
 */
public final class ReportChanges {
  /** How a failing result compares with the baseline. */
  public enum Change {
    /** Not failing in the baseline. */
    NEW,
    /** Already failing in the baseline. */
    UNCHANGED
  }

  private final Report report;
  private final Baseline baseline;
  private final List<CheckResult> newFailures;
  private final List<Baseline.Failure> resolved;
  // Each failing result's baseline failure (by Baseline.key of check and subject id), when it has
  // one.
  private final Map<String, Baseline.Failure> since;
  // Each resolved failure's status today, when its subject still has a result.
  private final Map<Baseline.Failure, Status> now;

  /** A duplicate-id suffix: {@code #} and digits at the end or before the {@code /} of a system. */
  private static final Pattern SUFFIX = Pattern.compile("#[0-9]+(?=/|$)");

  ReportChanges(Report report, Baseline baseline) {
    this.report = Objects.requireNonNull(report, "report == null");
    this.baseline = Objects.requireNonNull(baseline, "baseline == null");
    Set<String> ours = new TreeSet<>();
    for (CheckOutcome c : report.checks()) {
      ours.add(c.checkId());
    }
    if (!ours.equals(baseline.checkIds())) {
      Set<String> missing = new TreeSet<>(ours);
      missing.removeAll(baseline.checkIds());
      Set<String> extra = new TreeSet<>(baseline.checkIds());
      extra.removeAll(ours);
      throw new IllegalArgumentException(
          "the baseline is a report of a different check set: it lacks "
              + missing
              + " and has "
              + extra
              + " beyond this report's checks");
    }
    requireNotLater(report, baseline);
    // Failing results, then those of other statuses whose subject may be a failure's: a subject
    // renumbered since (a -> a#2) that passes today claims its failure by label, so that another
    // subject now holding its old id cannot continue it. Failing ones are paired first.
    Map<String, Set<String>> failedIds = new HashMap<>();
    for (Baseline.Failure f : baseline.failures()) {
      failedIds.computeIfAbsent(f.checkId(), k -> new HashSet<>()).add(unsuffixed(f.subjectId()));
    }
    List<CheckResult> failing = new ArrayList<>();
    List<CheckResult> others = new ArrayList<>();
    for (CheckResult r : report.results()) {
      if (r.status() == Status.FAIL) {
        failing.add(r);
      } else {
        Set<String> ids = failedIds.get(r.checkId());
        if (ids != null && ids.contains(unsuffixed(r.subjectId()))) {
          others.add(r);
        }
      }
    }
    List<CheckResult> candidates = new ArrayList<>(failing);
    candidates.addAll(others);
    Map<Baseline.Failure, CheckResult> matched = match(candidates, baseline.failures(), baseline);
    Map<String, Baseline.Failure> sinceByKey = new HashMap<>();
    Map<Baseline.Failure, Status> nowByFailure = new HashMap<>();
    matched.forEach(
        (f, r) -> {
          if (r.status() == Status.FAIL) {
            sinceByKey.put(Baseline.key(r.checkId(), r.subjectId()), f);
          } else {
            nowByFailure.put(f, r.status());
          }
        });
    List<CheckResult> added = new ArrayList<>();
    for (CheckResult r : failing) {
      if (!sinceByKey.containsKey(Baseline.key(r.checkId(), r.subjectId()))) {
        added.add(r);
      }
    }
    List<Baseline.Failure> gone = new ArrayList<>();
    for (Baseline.Failure f : baseline.failures()) {
      CheckResult r = matched.get(f);
      if (r == null || r.status() != Status.FAIL) {
        gone.add(f);
      }
    }
    Set<String> unsure = checksThatMayHaveLeftSubjectsOut(report);
    for (Baseline.Failure f : gone) {
      if (!matched.containsKey(f) && unsure.contains(f.checkId())) {
        nowByFailure.put(f, Status.INCOMPLETE);
      }
    }
    this.since = sinceByKey;
    this.newFailures = List.copyOf(added);
    this.resolved = List.copyOf(gone);
    this.now = nowByFailure;
  }

  /**
   * The checks for which a subject no result names may merely be unread, not gone: incomplete ones,
   * and those judging accounts when a system's accounts could not be read (whatever else failed).
   * Such a subject's failure is {@code INCOMPLETE} now, not fixed.
   */
  private static Set<String> checksThatMayHaveLeftSubjectsOut(Report report) {
    boolean unreadAccounts = !report.inputs().unreadableSystems().isEmpty();
    Set<String> out = new HashSet<>();
    for (CheckOutcome c : report.checks()) {
      boolean accounts =
          c.subjectType().equals(SubjectTypes.ACCOUNT)
              || c.subjectType().equals(SubjectTypes.PERSON_IN_SYSTEM);
      if (c.status() == Status.INCOMPLETE
          || c.counts().getOrDefault(Status.INCOMPLETE, 0) > 0
          || (unreadAccounts && accounts)) {
        out.add(c.checkId());
      }
    }
    return out;
  }

  /** A baseline dated after the report would make failures "failing since" after its asOf. */
  private static void requireNotLater(Report report, Baseline baseline) {
    if (baseline.asOf().isPresent() && baseline.asOf().get().isAfter(report.asOf())) {
      throw new IllegalArgumentException(
          "the baseline is a report as of "
              + baseline.asOf().get()
              + ", after this report's asOf "
              + report.asOf());
    }
    for (Baseline.Failure f : baseline.failures()) {
      if (f.failingSince().isAfter(report.asOf())) {
        throw new IllegalArgumentException(
            "the baseline's failure of "
                + f.checkId()
                + " on "
                + f.subjectId()
                + " has been failing since "
                + f.failingSince()
                + ", after this report's asOf "
                + report.asOf());
      }
    }
  }

  /**
   * Pairs results with the baseline failures (among {@code open}) they continue. Duplicate-id
   * suffixes ({@code a#2}) follow the records present, so one subject may carry another id today
   * (an account of a new system taking {@code a}); hence three passes, each over what is left: same
   * subject id and label; same subject id without its suffixes and same label (the renumbered one);
   * same subject id (a relabelled subject).
   */
  private static Map<Baseline.Failure, CheckResult> match(
      List<CheckResult> results, List<Baseline.Failure> open, Baseline baseline) {
    Map<Baseline.Failure, CheckResult> out = new IdentityHashMap<>();
    Set<Baseline.Failure> free = Collections.newSetFromMap(new IdentityHashMap<>());
    free.addAll(open);
    List<CheckResult> left = new ArrayList<>();
    for (CheckResult r : results) {
      Baseline.Failure f = baseline.failure(r.checkId(), r.subjectId());
      if (f != null && f.label().equals(r.label()) && free.remove(f)) {
        out.put(f, r);
      } else {
        left.add(r);
      }
    }
    if (left.isEmpty() || free.isEmpty()) {
      return out;
    }
    Map<Renumberable, ArrayDeque<Baseline.Failure>> byLabel = new HashMap<>();
    for (Baseline.Failure f : open) {
      if (free.contains(f)) {
        byLabel
            .computeIfAbsent(
                renumberable(f.checkId(), f.subjectId(), f.label()), k -> new ArrayDeque<>())
            .add(f);
      }
    }
    List<CheckResult> last = new ArrayList<>();
    for (CheckResult r : left) {
      ArrayDeque<Baseline.Failure> same =
          byLabel.get(renumberable(r.checkId(), r.subjectId(), r.label()));
      Baseline.Failure f = same == null ? null : same.poll();
      if (f == null) {
        last.add(r);
      } else {
        out.put(f, r);
        free.remove(f);
      }
    }
    for (CheckResult r : last) {
      Baseline.Failure f = baseline.failure(r.checkId(), r.subjectId());
      if (f != null && free.remove(f)) {
        out.put(f, r);
      }
    }
    return out;
  }

  private static String unsuffixed(String subjectId) {
    return subjectId.indexOf('#') < 0 ? subjectId : SUFFIX.matcher(subjectId).replaceAll("");
  }

  /** A result's check, subject id without duplicate-id suffixes ({@code p1/github}), label. */
  private record Renumberable(String checkId, String unsuffixedId, String label) {}

  private static Renumberable renumberable(String checkId, String subjectId, String label) {
    String id = subjectId.indexOf('#') < 0 ? subjectId : SUFFIX.matcher(subjectId).replaceAll("");
    return new Renumberable(checkId, id, label);
  }

  /** {@return the report compared} */
  public Report report() {
    return report;
  }

  /** {@return the baseline it was compared with} */
  public Baseline baseline() {
    return baseline;
  }

  /**
   * How a result of the report compares with the baseline; empty unless it fails.
   *
   * @param result a result of {@link #report()}
   * @return the change, or empty for a result that does not fail
   */
  public Optional<Change> change(CheckResult result) {
    if (result.status() != Status.FAIL) {
      return Optional.empty();
    }
    return Optional.of(
        since.containsKey(Baseline.key(result.checkId(), result.subjectId()))
            ? Change.UNCHANGED
            : Change.NEW);
  }

  /**
   * The date a failing result has been failing since: the baseline's when it was already failing,
   * else the report's asOf; empty unless it fails.
   *
   * @param result a result of {@link #report()}
   * @return the date, or empty for a result that does not fail
   */
  public Optional<LocalDate> failingSince(CheckResult result) {
    if (result.status() != Status.FAIL) {
      return Optional.empty();
    }
    Baseline.Failure f = since.get(Baseline.key(result.checkId(), result.subjectId()));
    return Optional.of(f == null ? report.asOf() : f.failingSince());
  }

  /** {@return the failing results not failing in the baseline, in report order; unmodifiable} */
  public List<CheckResult> newFailures() {
    return newFailures;
  }

  /**
   * The baseline's failures that no longer fail (passing, waived, gone or otherwise), sorted by
   * check id then subject id; unmodifiable.
   *
   * @return the resolved failures
   */
  public List<Baseline.Failure> resolved() {
    return resolved;
  }

  /**
   * The status a resolved failure's subject has in the report: {@code WAIVED} when a waiver now
   * covers it, {@code INCOMPLETE} when the check can no longer tell, {@code PASS} and so on. When
   * the subject is gone (no result of its check names it): {@code INCOMPLETE} when its check may
   * have left it out unread (the check is incomplete, or judges accounts and a system's accounts
   * could not be read), else empty. The subject is found as {@link #change} finds a failing one.
   *
   * @param failure one of {@link #resolved()}
   * @return its subject's status today, or empty
   */
  public Optional<Status> statusNow(Baseline.Failure failure) {
    return Optional.ofNullable(now.get(failure));
  }

  /**
   * Returns the report as JSON with the comparison: each failing result carries {@code change} and
   * {@code failingSince}, and a {@code resolved} array follows the results, each with the subject's
   * {@code statusNow} when it has a result (README, "Report format").
   *
   * @return the JSON text
   */
  public String toJson() {
    StringBuilder out = new StringBuilder(4096 + report.results().size() * 220);
    writeJson(out);
    return out.toString();
  }

  /**
   * Writes {@link #toJson()} to {@code out}.
   *
   * @throws UncheckedIOException if {@code out} fails
   * @param out where to write
   */
  public void writeJson(Appendable out) {
    try {
      ReportJson.write(report, this, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "ReportChanges{asOf="
        + report.asOf()
        + ", new="
        + newFailures.size()
        + ", resolved="
        + resolved.size()
        + "}";
  }
}
