package io.humaans.examples.cli;

import io.humaans.checks.CheckOutcome;
import io.humaans.checks.Report;
import io.humaans.checks.ReportChanges;
import io.humaans.checks.Status;
import org.jspecify.annotations.Nullable;

/**
 * The exit status of a checks run ({@link HumaansCli#OK} or {@link HumaansCli#CHECKS_FAILED}) and
 * the one line on standard error that states it with the counts behind it.
 */
final class RunStatus {
  private RunStatus() {}

  /**
   * Decides the exit status: {@link HumaansCli#CHECKS_FAILED} when a check fails or is incomplete,
   * unless {@code --fail-on new} finds only known failures; notes the summary line.
   */
  static int decide(
      Report report,
      @Nullable ReportChanges changes,
      CliOptions.FailOn failOn,
      Diagnostics diagnostics) {
    // NOT_APPLICABLE (the check judged nothing) is not a failure; FAIL and INCOMPLETE are.
    long notPassing =
        report.checks().stream()
            .map(CheckOutcome::status)
            .filter(s -> s == Status.FAIL || s == Status.INCOMPLETE)
            .count();
    int status = notPassing == 0 ? HumaansCli.OK : HumaansCli.CHECKS_FAILED;
    if (status == HumaansCli.CHECKS_FAILED
        && failOn == CliOptions.FailOn.NEW
        && onlyKnownFailures(report, changes)) {
      status = HumaansCli.OK;
    }
    // A check that judged nothing is counted, so that the line never reads as all clear for it.
    long notApplicable =
        report.checks().stream().filter(c -> c.status() == Status.NOT_APPLICABLE).count();
    diagnostics.note(
        report.checks().size()
            + " checks, "
            + notPassing
            + " not passing"
            + (notApplicable == 0 ? "" : ", " + notApplicable + " not applicable")
            + (changes == null
                ? ""
                : ", "
                    + changes.newFailures().size()
                    + " new failures, "
                    + changes.resolved().size()
                    + " resolved")
            + ": exit status "
            + status);
    return status;
  }

  /**
   * Whether {@code --fail-on new} lets the run pass: nothing is incomplete and every failure was
   * already failing in the baseline (without a baseline every failure is new).
   */
  static boolean onlyKnownFailures(Report report, @Nullable ReportChanges changes) {
    boolean incomplete =
        report.checks().stream()
            .anyMatch(
                c ->
                    c.status() == Status.INCOMPLETE
                        || c.counts().getOrDefault(Status.INCOMPLETE, 0) > 0);
    if (incomplete) {
      return false;
    }
    return changes == null
        ? report.checks().stream().noneMatch(c -> c.status() == Status.FAIL)
        : changes.newFailures().isEmpty();
  }
}
