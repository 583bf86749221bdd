package io.humaans.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A report compared with a {@link Baseline} (an earlier report of the same check set): every
 * failing result is {@link Change#NEW} or {@link Change#UNCHANGED} and carries the date it has been
 * failing since (the baseline's when it was already failing, else this report's asOf); the
 * baseline's failures that no longer fail are {@linkplain #resolved() resolved}. Only {@link
 * Status#FAIL} counts as failing. Made by {@link Report#compareWith}; immutable and thread-safe.
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
    List<CheckResult> added = new ArrayList<>();
    Set<String> stillFailing = new HashSet<>();
    for (CheckResult r : report.results()) {
      if (r.status() != Status.FAIL) {
        continue;
      }
      if (baseline.failure(r.checkId(), r.subjectId()) == null) {
        added.add(r);
      } else {
        stillFailing.add(Baseline.key(r.checkId(), r.subjectId()));
      }
    }
    List<Baseline.Failure> gone = new ArrayList<>();
    for (Baseline.Failure f : baseline.failures()) {
      if (!stillFailing.contains(Baseline.key(f.checkId(), f.subjectId()))) {
        gone.add(f);
      }
    }
    this.newFailures = List.copyOf(added);
    this.resolved = List.copyOf(gone);
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
        baseline.failure(result.checkId(), result.subjectId()) == null
            ? Change.NEW
            : Change.UNCHANGED);
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
    Baseline.Failure f = baseline.failure(result.checkId(), result.subjectId());
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
