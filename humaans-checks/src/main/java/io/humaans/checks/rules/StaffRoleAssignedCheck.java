package io.humaans.checks.rules;

import io.humaans.checks.Check;
import io.humaans.checks.CheckContext;
import io.humaans.checks.CheckInfo;
import io.humaans.checks.PersonFacts;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.ResultSink;
import io.humaans.checks.Status;
import io.humaans.checks.SubjectTypes;
import io.humaans.checks.Verdict;
import io.humaans.checks.model.JobRole;

/**
 * {@value #ID}: every employed person has a current job role with a title.
 *
 * <p>FAIL reasons, first match wins: {@code ONLY_FUTURE_ROLE} (every row starts after asOf), {@code
 * NO_JOB_ROLE}, {@code BLANK_JOB_TITLE}. Stateless and thread-safe.
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
          INFO,
          Status.FAIL,
          ReasonCodes.ONLY_FUTURE_ROLE,
          "Every job role of the person starts after the evaluation date.",
          "roleRows",
          "futureRoleRows");
  private static final Verdict NO_ROLE =
      Verdict.of(
          INFO,
          Status.FAIL,
          ReasonCodes.NO_JOB_ROLE,
          "No job role is current on the evaluation date.",
          "roleRows");
  private static final Verdict BLANK_TITLE =
      Verdict.of(
          INFO,
          Status.FAIL,
          ReasonCodes.BLANK_JOB_TITLE,
          "The current job role has no title.",
          "jobRoleId");
  private static final Verdict OK =
      Verdict.of(
          INFO, Status.PASS, ReasonCodes.OK, "The current job role has a title.", "jobTitle");

  /** Creates the check. */
  public StaffRoleAssignedCheck() {}

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public void evaluate(CheckContext context, ResultSink out) {
    for (PersonFacts p : context.people()) {
      if (!p.employed()) {
        continue;
      }
      String id = p.subjectId();
      JobRole role = p.currentRole().orElse(null);
      if (role == null && p.roleRows() > 0 && p.futureRoleRows() == p.roleRows()) {
        out.add(ONLY_FUTURE, id, p.roleRows(), p.futureRoleRows());
      } else if (role == null) {
        out.add(NO_ROLE, id, p.roleRows());
      } else if (Strings.stripped(role.jobTitle()) == null) {
        out.add(BLANK_TITLE, id, role.id());
      } else {
        out.add(OK, id, role.jobTitle().orElseThrow());
      }
    }
  }
}
