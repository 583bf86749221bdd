package io.humaans.examples.cli;

import io.humaans.checks.Baseline;
import io.humaans.checks.CheckResult;
import io.humaans.checks.ReportChanges;
import io.humaans.checks.Status;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
            + " resolved"
            + notFixed(changes));
    for (CheckResult r : added) {
      out.println(
          "  NEW       "
              + OneLine.of(r.checkId())
              + "  "
              + subject(r.label(), r.subjectId())
              + ": "
              + OneLine.of(r.reasonCode()));
    }
    for (Baseline.Failure f : resolved) {
      String word = shownAs(changes, f);
      out.println(
          "  "
              + word
              + " ".repeat(Math.max(1, 10 - word.length()))
              + OneLine.of(f.checkId())
              + "  "
              + subject(f.label(), f.subjectId())
              + " (failing since "
              + f.failingSince()
              + ")");
    }
  }

  /** The statuses that end a failure without fixing it, in the order the counts name them. */
  static final List<Status> NOT_FIXED =
      List.of(Status.WAIVED, Status.INCOMPLETE, Status.NOT_APPLICABLE);

  /**
   * How a resolved failure is shown: {@code RESOLVED} when its subject passes, is exempt or is
   * gone; else its status now ({@code WAIVED}, {@code INCOMPLETE}, {@code NOT_APPLICABLE}), as no
   * longer failing is not fixed.
   */
  static String shownAs(ReportChanges changes, Baseline.Failure f) {
    return changes.statusNow(f).filter(NOT_FIXED::contains).map(Status::name).orElse("RESOLVED");
  }

  /** How many resolved failures are not fixed, e.g. {@code " (1 now waived)"}; empty if none. */
  private static String notFixed(ReportChanges changes) {
    List<String> parts = new ArrayList<>();
    for (Status s : NOT_FIXED) {
      long n =
          changes.resolved().stream().filter(f -> shownAs(changes, f).equals(s.name())).count();
      if (n > 0) {
        parts.add(n + " now " + s.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      }
    }
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
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

  /** A subject as the text report names it: its label, then its id in parentheses if other. */
  static String subject(String label, String subjectId) {
    return OneLine.of(label.equals(subjectId) ? label : label + " (" + subjectId + ")");
  }
}
