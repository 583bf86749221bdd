package io.humaans.checks.rules;

import io.humaans.checks.Check;
import io.humaans.checks.CheckContext;
import io.humaans.checks.CheckInfo;
import io.humaans.checks.CheckResult;
import io.humaans.checks.PersonFacts;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.Status;
import io.humaans.checks.SubjectTypes;
import io.humaans.checks.Verdict;
import io.humaans.checks.model.JobRole;
import java.util.List;

/**
 * {@value #ID}: every employed person has a current job role with a title.
 *
 * <p>FAIL reasons, first match wins: {@code ONLY_FUTURE_ROLE} (every row starts after asOf),
 * {@code NO_JOB_ROLE}, {@code BLANK_JOB_TITLE}. Stateless and thread-safe.
 */
public final class StaffRoleAssignedCheck implements Check {
  /** The stable id. */
  public static final String ID = "staff-role-assigned";

  static final CheckInfo INFO =
      CheckInfo.builder()
          .id(ID)
          .title("Staff role assigned")
          .description("Every employed person has a current job role with a non-blank title.")
          .subjectType(SubjectTypes.PERSON)
          .build();

  private static final Verdict ONLY_FUTURE =
      Verdict.of(
          INFO, Status.FAIL, ReasonCodes.ONLY_FUTURE_ROLE,
          "Every job role of the person starts after the evaluation date.",
          "roleRows", "futureRoleRows");
  private static final Verdict NO_ROLE =
      Verdict.of(
          INFO, Status.FAIL, ReasonCodes.NO_JOB_ROLE,
          "No job role is current on the evaluation date.", "roleRows");
  private static final Verdict BLANK_TITLE =
      Verdict.of(
          INFO, Status.FAIL, ReasonCodes.BLANK_JOB_TITLE, "The current job role has no title.",
          "jobRoleId");
  private static final Verdict OK =
      Verdict.of(INFO, Status.PASS, ReasonCodes.OK, "The current job role has a title.", "jobTitle");

  /** Creates the check. */
  public StaffRoleAssignedCheck() {}

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<CheckResult> evaluate(CheckContext context) {
    List<CheckResult> out = context.newResults(context.people().size());
    for (PersonFacts p : context.people()) {
      if (!p.employed()) {
        continue;
      }
      JobRole role = p.currentRoleOrNull();
      if (role == null) {
        if (p.roleRows() > 0 && p.futureRoleRows() == p.roleRows()) {
          ONLY_FUTURE.addTo(out, p.subjectId(), p.roleRows(), p.futureRoleRows());
        } else {
          NO_ROLE.addTo(out, p.subjectId(), (Object) p.roleRows());
        }
      } else if (Results.stripped(role.jobTitle()) == null) {
        BLANK_TITLE.addTo(out, p.subjectId(), role.id());
      } else {
        OK.addTo(out, p.subjectId(), role.jobTitle().orElse(null));
      }
    }
    return context.finish(out);
  }
}
