package io.humaans.examples.cli;

import io.humaans.checks.CheckOutcome;
import io.humaans.checks.CheckResult;
import io.humaans.checks.InputSizes;
import io.humaans.checks.Report;
import io.humaans.checks.ReportChanges;
import io.humaans.checks.Status;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Renders a {@link Report} as a readable summary: a header with the date and inputs (and the
 * systems whose accounts could not be read), one line per check (failing checks first, then
 * incomplete, not applicable (nothing judged), then passing, each with its counts), then the
 * failing, incomplete and waived results grouped by check with their labels, the reclaimable seats,
 * and each product's activity trend ({@link TrendText}). With a baseline, the change since it
 * ({@link ChangesText}) comes right after the header.
 */
final class ReportText {
  /** The outcomes a check can have, in the order the summary lists them. */
  private static final List<Status> OUTCOME_ORDER =
      List.of(Status.FAIL, Status.INCOMPLETE, Status.NOT_APPLICABLE, Status.PASS);

  private ReportText() {}

  /**
   * Prints the summary; with {@code changes}, the change since the baseline comes first and each
   * failure says whether it is new.
   */
  static void print(
      Report report, @Nullable ReportChanges changes, HumaansAccessInput humaans, PrintStream out) {
    InputSizes in = report.inputs();
    out.println("Compliance report as of " + report.asOf());
    out.println(
        "Directory: "
            + in.people()
            + " people, "
            + in.jobRoles()
            + " job roles"
            + report
                .scopes()
                .map(s -> "; token scopes: " + OneLine.of(String.join(", ", s)))
                .orElse(""));
    List<String> others = new ArrayList<>();
    count(others, in.accounts(), "account");
    count(others, in.policies(), "access policy", "access policies");
    count(others, in.seats(), "seat");
    count(others, in.events(), "activity event");
    count(others, in.waivers(), "waiver");
    out.println("Other inputs: " + (others.isEmpty() ? "none" : String.join(", ", others)));
    humaans.summary().ifPresent(out::println);
    in.unreadableSystems()
        .forEach(
            (system, why) ->
                out.println(
                    "Warning: the accounts of "
                        + OneLine.of(system)
                        + " could not be read ("
                        + OneLine.of(why)
                        + "); checks that judge accounts are INCOMPLETE."));
    if (report.partial()) {
      out.println(
          "Warning: the directory was read without private:read, so leavers and"
              + " pre-hires are missing; checks that need them are INCOMPLETE.");
    }

    if (changes != null) {
      ChangesText.print(changes, out);
    }

    List<CheckOutcome> ordered = new ArrayList<>();
    for (Status status : OUTCOME_ORDER) {
      report.checks().stream().filter(c -> c.status() == status).forEach(ordered::add);
    }
    int width = ordered.stream().mapToInt(c -> c.checkId().length()).max().orElse(10);
    int statusWidth =
        Math.max(10, ordered.stream().mapToInt(c -> c.status().name().length()).max().orElse(0));
    out.println();
    out.println("Checks: " + outcomeCounts(report.checks()));
    for (CheckOutcome c : ordered) {
      out.println(
          "  "
              + pad(c.status().name(), statusWidth)
              + " "
              + pad(OneLine.of(c.checkId()), width)
              + "  "
              + resultCounts(c));
    }

    section(out, report, changes, Status.FAIL, "Failures");
    section(out, report, null, Status.INCOMPLETE, "Incomplete");
    section(out, report, null, Status.WAIVED, "Waived");

    if (!report.reclaimableSeatsByProduct().isEmpty()) {
      out.println();
      out.println(
          "Reclaimable seats: "
              + report.reclaimableSeatsByProduct().entrySet().stream()
                  .map(e -> OneLine.of(e.getKey()) + " " + e.getValue())
                  .collect(Collectors.joining(", ")));
    }
    TrendText.print(TrendSeries.of(report), out);
  }

  private static void section(
      PrintStream out,
      Report report,
      @Nullable ReportChanges changes,
      Status status,
      String title) {
    List<CheckResult> results =
        report.results().stream().filter(r -> r.status() == status).collect(Collectors.toList());
    if (results.isEmpty()) {
      return;
    }
    out.println();
    out.println(title + " (" + results.size() + "):");
    String check = null;
    for (CheckResult r : results) {
      if (!r.checkId().equals(check)) {
        check = r.checkId();
        out.println("  " + OneLine.of(check));
      }
      out.println(
          "    "
              + ChangesText.subject(r.label(), r.subjectId())
              + ": "
              + OneLine.of(r.reasonCode())
              + ". "
              + OneLine.of(r.detail())
              + (changes == null ? "" : ChangesText.mark(changes, r)));
    }
  }

  private static String outcomeCounts(List<CheckOutcome> checks) {
    List<String> parts = new ArrayList<>();
    for (Status s : OUTCOME_ORDER) {
      long n = checks.stream().filter(c -> c.status() == s).count();
      parts.add(n + " " + s.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    return checks.size() + " run, " + String.join(", ", parts);
  }

  private static String resultCounts(CheckOutcome c) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<Status, Integer> e : c.counts().entrySet()) {
      if (e.getValue() > 0) {
        parts.add(
            e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '));
      }
    }
    String missing =
        c.missingScopes().isEmpty() ? "" : " (needs " + String.join(", ", c.missingScopes()) + ")";
    return (parts.isEmpty() ? "no subjects" : String.join(", ", parts)) + missing;
  }

  private static void count(List<String> parts, int n, String singular) {
    count(parts, n, singular, singular + "s");
  }

  private static void count(List<String> parts, int n, String singular, String plural) {
    if (n > 0) {
      parts.add(n + " " + (n == 1 ? singular : plural));
    }
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
