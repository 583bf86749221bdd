package io.humaans.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
 * the same; else the one of its subject id. Made by {@link Report#compareWith}; immutable and
 * thread-safe.
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
    this.since = matchFailures(report, baseline);
    List<CheckResult> added = new ArrayList<>();
    Set<Baseline.Failure> continued = Collections.newSetFromMap(new IdentityHashMap<>());
    for (CheckResult r : report.results()) {
      if (r.status() == Status.FAIL) {
        Baseline.Failure f = since.get(Baseline.key(r.checkId(), r.subjectId()));
        if (f == null) {
          added.add(r);
        } else {
          continued.add(f);
        }
      }
    }
    List<Baseline.Failure> gone = new ArrayList<>();
    for (Baseline.Failure f : baseline.failures()) {
      if (!continued.contains(f)) {
        gone.add(f);
      }
    }
    this.newFailures = List.copyOf(added);
    this.resolved = List.copyOf(gone);
  }

  /**
   * Pairs each failing result with the baseline failure it continues, keyed by the result's check
   * and subject id. Duplicate-id suffixes ({@code a#2}) follow the records present, so one subject
   * may carry another id today (an account of a new system taking {@code a}); hence three passes,
   * each over what is left: same subject id and label; same subject id without its suffixes and
   * same label (the renumbered one); same subject id (a relabelled subject).
   */
  private static Map<String, Baseline.Failure> matchFailures(Report report, Baseline baseline) {
    List<CheckResult> failing = new ArrayList<>();
    for (CheckResult r : report.results()) {
      if (r.status() == Status.FAIL) {
        failing.add(r);
      }
    }
    Map<String, Baseline.Failure> out = new HashMap<>();
    Set<Baseline.Failure> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    List<CheckResult> left = new ArrayList<>();
    for (CheckResult r : failing) {
      Baseline.Failure f = baseline.failure(r.checkId(), r.subjectId());
      if (f != null && f.label().equals(r.label())) {
        out.put(Baseline.key(r.checkId(), r.subjectId()), f);
        taken.add(f);
      } else {
        left.add(r);
      }
    }
    if (left.isEmpty()) {
      return out;
    }
    Map<Renumberable, ArrayDeque<Baseline.Failure>> byLabel = new HashMap<>();
    for (Baseline.Failure f : baseline.failures()) {
      if (!taken.contains(f)) {
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
        out.put(Baseline.key(r.checkId(), r.subjectId()), f);
        taken.add(f);
      }
    }
    for (CheckResult r : last) {
      Baseline.Failure f = baseline.failure(r.checkId(), r.subjectId());
      if (f != null && taken.add(f)) {
        out.put(Baseline.key(r.checkId(), r.subjectId()), f);
      }
    }
    return out;
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
   * Returns the report as JSON with the comparison: each failing result carries {@code change} and
   * {@code failingSince}, and a {@code resolved} array follows the results (README, "Report
   * format").
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
