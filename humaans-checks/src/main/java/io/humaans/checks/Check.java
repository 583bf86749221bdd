package io.humaans.checks;

/**
 * One rule of the checks spec: a stable id and one result per subject.
 *
 * <p>A check reads a {@link CheckContext} (facts already derived by {@link Definitions}) and writes
 * one result per subject to a {@link ResultSink}, using the {@link Verdict}s it declares; the
 * engine applies waivers, sorts and counts. Implementations are stateless, do no I/O and read no
 * clock (the evaluation date comes from the context); they never throw on bad data: each odd record
 * becomes a result. Implementations are thread-safe.
 *
 * <pre>{@code
 * CheckContext context = CheckContext.of(input, CheckConfig.builder().asOf(date).build());
 * List<CheckResult> results = Checks.evaluate(new StaffRoleAssignedCheck(), context);
 * }</pre>
 */
public interface Check {
  /** {@return the check's id, title, description, subject type and cost hint} */
  CheckInfo info();

  /**
   * Writes one result per subject to {@code out}, in any order (sorted subjects give sorted results
   * without a sort).
   *
   * @param context the run's facts
   * @param out where the results go
   */
  void evaluate(CheckContext context, ResultSink out);
}
