package io.humaans.examples;

import io.humaans.checks.CheckConfig;
import io.humaans.checks.CheckInput;
import io.humaans.checks.CheckOutcome;
import io.humaans.checks.CheckResult;
import io.humaans.checks.Checks;
import io.humaans.checks.Report;
import io.humaans.checks.Status;
import io.humaans.checks.model.Directory;
import io.humaans.client.HumaansClient;
import io.humaans.client.directory.DirectoryReader;
import io.humaans.examples.cli.DemoFiles;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Runs every check: reads the directory (people, job roles, token scopes) with {@link
 * DirectoryReader}, adds the demo company's accounts, policy, seats, events and waivers, and prints
 * each check's outcome and every failing result.
 *
 * <p>Run it from an IDE with no arguments: without {@code HUMAANS_API_TOKEN} it uses the embedded
 * demo company. With a real token the people checks run on your directory and the companion inputs
 * stay empty (see {@code FindReclaimableSeats} and {@code VerifyCriticalAccess} for files).
 */
public final class RunComplianceChecks {
  private RunComplianceChecks() {}

  /** Prints the report to standard output. */
  public static void main(String[] args) {
    try (ExampleEnvironment env = ExampleEnvironment.open()) {
      run(env.client(), env.isDemo(), env.defaultAsOf(Clock.systemUTC()), System.out);
    }
  }

  static Report run(HumaansClient client, boolean demo, LocalDate asOf, PrintStream out) {
    Directory directory = DirectoryReader.builder(client).build().read();
    CheckInput.Builder input = CheckInput.builder().directory(directory);
    if (demo) {
      input
          .addAllAccounts(DemoFiles.accounts())
          .addAllPolicies(DemoFiles.policies())
          .addAllSeats(DemoFiles.seats())
          .addAllEvents(DemoFiles.events())
          .addAllWaivers(DemoFiles.waivers());
    }
    Report report = Checks.run(input.build(), CheckConfig.builder().asOf(asOf).build());

    out.println("Checks as of " + report.asOf() + " on " + directory.people().size() + " people:");
    for (CheckOutcome check : report.checks()) {
      out.printf("  %-10s %-28s %d results%n", check.status(), check.checkId(), check.total());
    }
    for (CheckResult r : report.results()) {
      if (r.status() == Status.FAIL) {
        out.println(
            "FAIL " + r.checkId() + " " + r.subjectId() + " " + r.reasonCode() + ": " + r.detail());
      }
    }
    return report;
  }
}
