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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@value #ID}: every employed person's current role reports to someone who is employed or
 * about to be.
 *
 * <p>EXEMPT first: top management by configured person id ({@code TOP_MANAGEMENT_ID}) or by a
 * title pattern on the current role ({@code TOP_MANAGEMENT_TITLE}, see
 * {@link io.humaans.checks.CheckConfig#topManagementTitlePatterns()}). Then FAIL reasons, first
 * match wins: {@code NO_MANAGER} (also without a current role), {@code UNKNOWN_MANAGER},
 * {@code SELF_MANAGER}, {@code MANAGER_LEFT}. reportingTo is compared stripped. Stateless and
 * thread-safe.
 */
public final class ReportingManagerAssignedCheck implements Check {
  /** The stable id. */
  public static final String ID = "reporting-manager-assigned";

  static final CheckInfo INFO =
      CheckInfo.builder()
          .id(ID)
          .title("Reporting manager assigned")
          .description(
              "Every employed person below top management reports to a known manager who has"
                  + " not left.")
          .subjectType(SubjectTypes.PERSON)
          .build();

  private static final Verdict TOP_ID =
      Verdict.of(
          INFO, Status.EXEMPT, ReasonCodes.TOP_MANAGEMENT_ID,
          "Top management by configured person id.");
  private static final Verdict TOP_TITLE =
      Verdict.of(
          INFO, Status.EXEMPT, ReasonCodes.TOP_MANAGEMENT_TITLE, "Top management by job title.",
          "jobTitle", "pattern");
  private static final Verdict NO_MANAGER_NO_ROLE =
      Verdict.of(
          INFO, Status.FAIL, ReasonCodes.NO_MANAGER,
          "No job role is current, so no manager is assigned.", "jobRoleId");
  private static final Verdict NO_MANAGER =
      Verdict.of(
          INFO, Status.FAIL, ReasonCodes.NO_MANAGER, "The current job role names no manager.",
          "jobRoleId");
  private static final Verdict UNKNOWN =
      Verdict.of(
          INFO, Status.FAIL, ReasonCodes.UNKNOWN_MANAGER, "The manager is not in the directory.",
          "reportingTo");
  private static final Verdict SELF =
      Verdict.of(
          INFO, Status.FAIL, ReasonCodes.SELF_MANAGER, "The person is named as their own manager.",
          "reportingTo");
  private static final Verdict LEFT =
      Verdict.of(
          INFO, Status.FAIL, ReasonCodes.MANAGER_LEFT, "The manager has left.",
          "reportingTo", "managerLastDay");
  private static final Verdict OK =
      Verdict.of(
          INFO, Status.PASS, ReasonCodes.OK, "The manager is known and has not left.",
          "reportingTo");

  /** Creates the check. */
  public ReportingManagerAssignedCheck() {}

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<CheckResult> evaluate(CheckContext context) {
    TitlePatterns patterns = new TitlePatterns(context.config().topManagementTitlePatterns());
    Set<String> topIds = context.config().topManagementIds();
    Map<String, Optional<String>> titleCache = new HashMap<>();
    List<CheckResult> out = context.newResults(context.people().size());
    boolean anyTopIds = !topIds.isEmpty();
    for (PersonFacts p : context.people()) {
      if (!p.employed()) {
        continue;
      }
      String id = p.subjectId();
      if (anyTopIds && topIds.contains(p.person().id())) {
        TOP_ID.addTo(out, id);
        continue;
      }
      JobRole role = p.currentRoleOrNull();
      String title = role == null ? null : Results.stripped(role.jobTitle());
      if (title != null) {
        Optional<String> pattern =
            titleCache.computeIfAbsent(title, t -> Optional.ofNullable(patterns.match(t)));
        if (pattern.isPresent()) {
          TOP_TITLE.addTo(out, id, title, pattern.get());
          continue;
        }
      }
      String managerId = p.managerIdOrNull();
      if (managerId == null) {
        if (role == null) {
          NO_MANAGER_NO_ROLE.addTo(out, id, (Object) null);
        } else {
          NO_MANAGER.addTo(out, id, role.id());
        }
        continue;
      }
      PersonFacts manager = p.managerOrNull();
      if (manager == null) {
        UNKNOWN.addTo(out, id, managerId);
      } else if (managerId.equals(p.person().id())) {
        SELF.addTo(out, id, managerId);
      } else if (manager.left()) {
        LEFT.addTo(out, id, managerId, manager.lastDayOrNull());
      } else {
        OK.addTo(out, id, managerId);
      }
    }
    return context.finish(out);
  }
}
