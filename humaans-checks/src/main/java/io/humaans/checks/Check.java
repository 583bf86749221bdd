package io.humaans.checks;

import java.util.List;

/**
 * One rule over a {@link CheckContext}: a stable id and one result per subject.
 *
 * <p>Implementations are stateless, do no I/O and read no clock: the evaluation date comes from
 * the context. They never throw on bad data; each odd record becomes a result. Implementations
 * are thread-safe.
 *
 * <pre>{@code
 * CheckContext context = CheckContext.of(input, CheckConfig.builder().asOf(date).build());
 * List<CheckResult> results = new StaffRoleAssignedCheck().evaluate(context);
 * }</pre>
 */
public interface Check {
  /** Returns the check's id, title, description and subject type. */
  CheckInfo info();

  /**
   * Returns one result per subject, waivers applied, sorted by subject id (see
   * {@link CheckContext#finish(List)}). Never null.
   */
  List<CheckResult> evaluate(CheckContext context);
}
