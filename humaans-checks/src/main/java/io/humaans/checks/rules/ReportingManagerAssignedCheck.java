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
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@value #ID}: every employed person's current role reports to someone who is employed or about to
 * be.
 *
 * <p>EXEMPT first: top management by configured person id ({@code TOP_MANAGEMENT_ID}) or by a title
 * pattern on the current role ({@code TOP_MANAGEMENT_TITLE}, see {@link
 * io.humaans.checks.CheckConfig#topManagementTitlePatterns()}). Then FAIL reasons, first match
 * wins: {@code NO_MANAGER} (also without a current role), {@code UNKNOWN_MANAGER}, {@code
 * SELF_MANAGER}, {@code MANAGER_LEFT}. On a partial directory a reportingTo naming no visible
 * person is INCOMPLETE {@code PARTIAL_DIRECTORY} instead of {@code UNKNOWN_MANAGER}: the manager
 * may be a hidden leaver or pre-hire. reportingTo is compared stripped. Stateless and thread-safe.
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
          INFO,
          Status.EXEMPT,
          ReasonCodes.TOP_MANAGEMENT_ID,
          "Top management by configured person id.");
  private static final Verdict TOP_TITLE =
      Verdict.of(
          INFO,
          Status.EXEMPT,
          ReasonCodes.TOP_MANAGEMENT_TITLE,
          "Top management by job title.",
          "jobTitle",
          "pattern");
  private static final Verdict NO_MANAGER_NO_ROLE =
      Verdict.of(
          INFO,
          Status.FAIL,
          ReasonCodes.NO_MANAGER,
          "No job role is current, so no manager is assigned.");
  private static final Verdict NO_MANAGER =
      Verdict.of(
          INFO,
          Status.FAIL,
          ReasonCodes.NO_MANAGER,
          "The current job role names no manager.",
          "jobRoleId");
  private static final Verdict UNKNOWN =
      Verdict.of(
          INFO,
          Status.FAIL,
          ReasonCodes.UNKNOWN_MANAGER,
          "The manager is not in the directory.",
          "reportingTo");
  private static final Verdict PARTIAL =
      Verdict.of(
          INFO,
          Status.INCOMPLETE,
          ReasonCodes.PARTIAL_DIRECTORY,
          "The manager is not in the directory, but the directory lacks private:read; the"
              + " manager may be a hidden leaver or pre-hire.",
          "reportingTo");
  private static final Verdict SELF =
      Verdict.of(
          INFO,
          Status.FAIL,
          ReasonCodes.SELF_MANAGER,
          "The person is named as their own manager.",
          "reportingTo");
  private static final Verdict LEFT =
      Verdict.of(
          INFO,
          Status.FAIL,
          ReasonCodes.MANAGER_LEFT,
          "The manager has left.",
          "reportingTo",
          "managerLastDay");
  private static final Verdict OK =
      Verdict.of(
          INFO,
          Status.PASS,
          ReasonCodes.OK,
          "The manager is known and has not left.",
          "reportingTo");

  /** Creates the check. */
  public ReportingManagerAssignedCheck() {}

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public void evaluate(CheckContext context, ResultSink out) {
    TitlePatterns patterns = new TitlePatterns(context.config().topManagementTitlePatterns());
    Set<String> topIds = context.config().topManagementIds();
    Map<String, Optional<String>> patternByTitle = new HashMap<>();
    Function<String, Optional<String>> matchTitle = t -> Optional.ofNullable(patterns.match(t));
    Verdict unknown = context.isPartial() ? PARTIAL : UNKNOWN;
    for (PersonFacts p : context.people()) {
      if (!p.employed()) {
        continue;
      }
      String id = p.subjectId();
      JobRole role = p.currentRole().orElse(null);
      String title = role == null ? null : Strings.stripped(role.jobTitle());
      Optional<String> pattern =
          title == null ? Optional.empty() : patternByTitle.computeIfAbsent(title, matchTitle);
      String managerId = p.managerId().orElse(null);
      PersonFacts manager = managerId == null ? null : p.manager().orElse(null);
      if (!topIds.isEmpty() && topIds.contains(p.person().id())) {
        out.add(TOP_ID, id);
      } else if (pattern.isPresent()) {
        out.add(TOP_TITLE, id, title, pattern.get());
      } else if (role == null) {
        out.add(NO_MANAGER_NO_ROLE, id);
      } else if (managerId == null) {
        out.add(NO_MANAGER, id, role.id());
      } else if (manager == null) {
        out.add(unknown, id, managerId);
      } else if (managerId.equals(p.person().id())) {
        out.add(SELF, id, managerId);
      } else if (manager.left()) {
        out.add(LEFT, id, managerId, manager.lastDay().orElse(null));
      } else {
        out.add(OK, id, managerId);
      }
    }
  }
}
