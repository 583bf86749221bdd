package io.humaans.examples.cli;

import io.humaans.checks.Baseline;
import io.humaans.checks.CheckResult;
import io.humaans.checks.ReportChanges;
import java.io.PrintStream;
import java.util.List;

/** The text report's account of what changed since the baseline: new failures, resolved ones. */
final class ChangesText {
  private ChangesText() {}

  /** Prints the change: counts, then each new failure and each resolved one. */
  static void print(ReportChanges changes, PrintStream out) {
    List<CheckResult> added = changes.newFailures();
    List<Baseline.Failure> resolved = changes.resolved();
    out.println();
    out.println(
        "Since the baseline"
            + changes.baseline().asOf().map(d -> " of " + d).orElse("")
            + ": "
            + added.size()
            + " new "
            + (added.size() == 1 ? "failure" : "failures")
            + ", "
            + resolved.size()
            + " resolved");
    for (CheckResult r : added) {
      out.println(
          "  NEW       "
              + r.checkId()
              + "  "
              + subject(r.label(), r.subjectId())
              + ": "
              + r.reasonCode());
    }
    for (Baseline.Failure f : resolved) {
      out.println(
          "  RESOLVED  "
              + f.checkId()
              + "  "
              + subject(f.label(), f.subjectId())
              + " (failing since "
              + f.failingSince()
              + ")");
    }
  }

  /** The suffix of a failure line: {@code [NEW]} or {@code [since 2026-10-26]}. */
  static String mark(ReportChanges changes, CheckResult r) {
    return changes
        .change(r)
        .map(
            c ->
                c == ReportChanges.Change.NEW
                    ? " [NEW]"
                    : " [since " + changes.failingSince(r).orElseThrow() + "]")
        .orElse("");
  }

  private static String subject(String label, String subjectId) {
    return label.equals(subjectId) ? label : label + " (" + subjectId + ")";
  }
}
