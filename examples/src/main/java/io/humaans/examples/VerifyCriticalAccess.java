package io.humaans.examples;

import io.humaans.checks.CheckConfig;
import io.humaans.checks.CheckContext;
import io.humaans.checks.CheckInput;
import io.humaans.checks.CheckResult;
import io.humaans.checks.Checks;
import io.humaans.checks.Report;
import io.humaans.checks.Status;
import io.humaans.checks.model.AccessPolicy;
import io.humaans.checks.model.Account;
import io.humaans.checks.rules.AccessValidCheck;
import io.humaans.checks.rules.OffboardedAccessRemovedCheck;
import io.humaans.checks.rules.OneAccountPerPersonCheck;
import io.humaans.checks.rules.UserIdentifiedCheck;
import io.humaans.client.HumaansClient;
import io.humaans.client.directory.DirectoryReader;
import io.humaans.examples.cli.AccountsCsv;
import io.humaans.examples.cli.DemoFiles;
import io.humaans.examples.cli.PolicyCsv;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Verifies access to critical systems against the directory: every account belongs to someone,
 * leavers' accounts are revoked, access levels follow the policy, one active account per person.
 * Arguments: an accounts CSV and a policy CSV, by default the demo company's bundled ones.
 *
 * <p>Run it from an IDE with no arguments: without {@code HUMAANS_API_TOKEN} it uses the embedded
 * demo company.
 */
public final class VerifyCriticalAccess {
  private VerifyCriticalAccess() {}

  /**
   * Prints the access problems to standard output.
   *
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    List<Account> accounts =
        args.length > 0 ? AccountsCsv.read(Path.of(args[0])) : DemoFiles.accounts();
    List<AccessPolicy> policies =
        args.length > 1 ? PolicyCsv.read(Path.of(args[1])) : DemoFiles.policies();
    try (ExampleEnvironment env = ExampleEnvironment.open()) {
      run(env.client(), accounts, policies, env.defaultAsOf(Clock.systemUTC()), System.out);
    }
  }

  static Report run(
      HumaansClient client,
      List<Account> accounts,
      List<AccessPolicy> policies,
      LocalDate asOf,
      PrintStream out) {
    CheckInput input =
        CheckInput.builder()
            .directory(DirectoryReader.builder(client).build().read())
            .addAllAccounts(accounts)
            .addAllPolicies(policies)
            .build();
    Report report =
        Checks.run(
            List.of(
                new UserIdentifiedCheck(),
                new OffboardedAccessRemovedCheck(),
                new AccessValidCheck(),
                new OneAccountPerPersonCheck()),
            CheckContext.of(input, CheckConfig.builder().asOf(asOf).build()));
    for (CheckResult r : report.results()) {
      if (r.status() == Status.FAIL) {
        out.println(
            r.checkId() + " " + r.subjectId() + ": " + r.reasonCode() + " (" + r.detail() + ")");
      }
    }
    long failing = report.results().stream().filter(r -> r.status() == Status.FAIL).count();
    out.println(failing + " access problems in " + accounts.size() + " accounts, as of " + asOf);
    return report;
  }
}
