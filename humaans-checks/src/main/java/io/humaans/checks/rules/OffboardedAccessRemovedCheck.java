package io.humaans.checks.rules;

import io.humaans.checks.AccountFacts;
import io.humaans.checks.Check;
import io.humaans.checks.CheckContext;
import io.humaans.checks.CheckInfo;
import io.humaans.checks.Definitions;
import io.humaans.checks.PersonFacts;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.ResultSink;
import io.humaans.checks.Status;
import io.humaans.checks.SubjectTypes;
import io.humaans.checks.Verdict;
import io.humaans.checks.model.Account;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@value #ID}: a leaver's accounts are suspended or deleted by their last day plus the grace days.
 *
 * <p>Subjects: accounts matched to a person, any state. PASS {@code NOT_LEFT} unless the holder has
 * left. For a leaver the deadline is the last day plus {@link
 * io.humaans.checks.CheckConfig#graceDays()}; without a known last day it has passed. FAIL {@code
 * ACCESS_AFTER_LEAVING} when the account is neither suspended nor deleted and asOf is after the
 * deadline (PASS {@code WITHIN_GRACE} before); FAIL {@code REVOKED_LATE} when it is suspended or
 * deleted and deactivatedAt (UTC date) is after the deadline (PASS {@code ACCESS_REMOVED}
 * otherwise, also when deactivatedAt is unknown). Its outcome is INCOMPLETE on a partial directory
 * unless a result fails. Stateless and thread-safe.
 */
public final class OffboardedAccessRemovedCheck implements Check {
  /** The stable id. */
  public static final String ID = "offboarded-access-removed";

  static final CheckInfo INFO =
      CheckInfo.builder()
          .id(ID)
          .title("Offboarded access removed")
          .description(
              "A leaver's accounts are suspended or deleted by their last day plus the grace"
                  + " days.")
          .subjectType(SubjectTypes.ACCOUNT)
          .judgesAccounts(true)
          .needsCompleteDirectory(true)
          .costHint(2)
          .build();

  private static final Verdict NOT_LEFT =
      Verdict.of(INFO, Status.PASS, ReasonCodes.NOT_LEFT, "The holder has not left.", "personId");
  private static final Verdict AFTER_LEAVING =
      Verdict.of(
          INFO,
          Status.FAIL,
          ReasonCodes.ACCESS_AFTER_LEAVING,
          "The leaver's account is still neither suspended nor deleted.",
          "system",
          "personId",
          "state",
          "lastDay",
          "daysSinceLastDay",
          "graceDays");
  private static final Verdict WITHIN_GRACE =
      Verdict.of(
          INFO,
          Status.PASS,
          ReasonCodes.WITHIN_GRACE,
          "The leaver's account is live but the deadline has not passed.",
          "personId",
          "lastDay",
          "graceDays");
  private static final Verdict REVOKED_LATE =
      Verdict.of(
          INFO,
          Status.FAIL,
          ReasonCodes.REVOKED_LATE,
          "The leaver's account was revoked after the deadline.",
          "system",
          "personId",
          "state",
          "lastDay",
          "deactivatedAt",
          "graceDays");
  private static final Verdict REMOVED =
      Verdict.of(
          INFO,
          Status.PASS,
          ReasonCodes.ACCESS_REMOVED,
          "The leaver's account is suspended or deleted.",
          "personId",
          "state",
          "deactivatedAt");

  /** Creates the check. */
  public OffboardedAccessRemovedCheck() {}

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public void evaluate(CheckContext context, ResultSink out) {
    long asOf = context.asOf().toEpochDay();
    int grace = context.config().graceDays();
    for (AccountFacts a : context.accounts()) {
      PersonFacts holder = a.holder().orElse(null);
      if (holder == null) {
        continue;
      }
      Account account = a.account();
      String id = a.subjectId();
      if (!holder.left()) {
        out.add(NOT_LEFT, id, holder.subjectId());
        continue;
      }
      // Deadline = last day + grace days; a leaver with no known last day is past it.
      LocalDate lastDay = holder.lastDay().orElse(null);
      long deadline = lastDay == null ? Long.MIN_VALUE : lastDay.toEpochDay() + grace;
      Object lastDayText = lastDay == null ? "unknown" : lastDay;
      String state = account.state().orElse(null);
      if (a.live() && asOf > deadline) {
        Long daysSince = lastDay == null ? null : asOf - lastDay.toEpochDay();
        out.add(
            AFTER_LEAVING,
            id,
            account.system(),
            holder.subjectId(),
            state,
            lastDayText,
            daysSince,
            grace);
      } else if (a.live()) {
        out.add(WITHIN_GRACE, id, holder.subjectId(), lastDayText, grace);
      } else {
        Instant deactivated = account.deactivatedAt().orElse(null);
        if (deactivated != null && Definitions.epochDay(deactivated) > deadline) {
          out.add(
              REVOKED_LATE,
              id,
              account.system(),
              holder.subjectId(),
              state,
              lastDayText,
              deactivated,
              grace);
        } else {
          out.add(REMOVED, id, holder.subjectId(), state, deactivated);
        }
      }
    }
  }
}
