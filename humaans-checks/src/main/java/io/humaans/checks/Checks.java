package io.humaans.checks;

import io.humaans.checks.rules.AccessValidCheck;
import io.humaans.checks.rules.ActivityTrendCheck;
import io.humaans.checks.rules.EmploymentDatesConsistentCheck;
import io.humaans.checks.rules.JoiningDateProvidedCheck;
import io.humaans.checks.rules.OffboardedAccessRemovedCheck;
import io.humaans.checks.rules.OneAccountPerPersonCheck;
import io.humaans.checks.rules.ReclaimableSeatsCheck;
import io.humaans.checks.rules.ReportingLineAcyclicCheck;
import io.humaans.checks.rules.ReportingManagerAssignedCheck;
import io.humaans.checks.rules.StaffRoleAssignedCheck;
import io.humaans.checks.rules.UniqueIdentityCheck;
import io.humaans.checks.rules.UserIdentifiedCheck;
import java.util.List;
import java.util.Objects;

/**
 * Runs the checks: the one entry point of the module.
 *
 * <pre>{@code
 * CheckInput input = CheckInput.builder().directory(directory).addAllAccounts(accounts).build();
 * CheckConfig config = CheckConfig.builder().asOf(LocalDate.of(2026, 11, 23)).build();
 * Report report = Checks.run(input, config);
 * String json = report.toJson();
 * }</pre>
 *
 * <p>Stateless and thread-safe. A run builds one {@link CheckContext} and evaluates the checks
 * concurrently on the calling thread and the common fork-join pool, costliest first (see {@link
 * CheckInfo#costHint()}); the report does not depend on scheduling.
 */
public final class Checks {
  private static final List<Check> ALL =
      List.of(
          new StaffRoleAssignedCheck(),
          new ReportingManagerAssignedCheck(),
          new JoiningDateProvidedCheck(),
          new ReportingLineAcyclicCheck(),
          new EmploymentDatesConsistentCheck(),
          new UniqueIdentityCheck(),
          new UserIdentifiedCheck(),
          new OffboardedAccessRemovedCheck(),
          new AccessValidCheck(),
          new OneAccountPerPersonCheck(),
          new ReclaimableSeatsCheck(),
          new ActivityTrendCheck());

  private Checks() {}

  /** {@return every built-in check, in registration order; the list is unmodifiable} */
  public static List<Check> all() {
    return ALL;
  }

  /**
   * Runs every built-in check.
   *
   * @param input the records to judge
   * @param config the check settings
   * @return the report
   * @throws NullPointerException if an argument is null
   */
  public static Report run(CheckInput input, CheckConfig config) {
    return run(ALL, CheckContext.of(input, config));
  }

  /**
   * Runs the given checks over a prepared context; outcomes and results are sorted by check id.
   *
   * @param checks the checks to run
   * @param context the prepared context
   * @return the report
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if two checks share an id
   */
  public static Report run(List<? extends Check> checks, CheckContext context) {
    Objects.requireNonNull(checks, "checks == null");
    Objects.requireNonNull(context, "context == null");
    return CheckRunner.run(checks, (RunContext) context);
  }

  /**
   * Evaluates one check: its results with waivers applied, sorted by subject id.
   *
   * @param check the check to evaluate
   * @param context the prepared context
   * @return an unmodifiable list
   * @throws NullPointerException if an argument is null
   */
  public static List<CheckResult> evaluate(Check check, CheckContext context) {
    Objects.requireNonNull(check, "check == null");
    Objects.requireNonNull(context, "context == null");
    return CheckRunner.evaluate(check, (RunContext) context);
  }
}
