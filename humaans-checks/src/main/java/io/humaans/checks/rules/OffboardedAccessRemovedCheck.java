package io.humaans.checks.rules;

import io.humaans.checks.AccountFacts;
import io.humaans.checks.Check;
import io.humaans.checks.CheckContext;
import io.humaans.checks.CheckInfo;
import io.humaans.checks.CheckResult;
import io.humaans.checks.PersonFacts;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.Status;
import io.humaans.checks.SubjectTypes;
import io.humaans.checks.Verdict;
import io.humaans.checks.model.Account;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@value #ID}: a leaver's accounts are suspended or deleted by their last day plus the grace
 * days.
 *
 * <p>Subjects: accounts matched to a person, any state. PASS {@code NOT_LEFT} unless the holder
 * has left. For a leaver the deadline is the last day plus
 * {@link io.humaans.checks.CheckConfig#graceDays()}; without a known last day it has passed.
 * FAIL {@code ACCESS_AFTER_LEAVING} when the account is neither suspended nor deleted and asOf
 * is after the deadline (PASS {@code WITHIN_GRACE} before); FAIL {@code REVOKED_LATE} when it
 * is suspended or deleted and deactivatedAt (UTC date) is after the deadline (PASS
 * {@code ACCESS_REMOVED} otherwise, also when deactivatedAt is unknown). Its outcome is
 * INCOMPLETE on a partial directory unless a result fails. Stateless and thread-safe.
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
          .needsCompleteDirectory(true)
          .build();

  private static final Verdict NOT_LEFT =
      Verdict.of(
          INFO, Status.PASS, ReasonCodes.NOT_LEFT, "The holder has not left.", "personId");
  private static final Verdict AFTER_LEAVING =
      Verdict.of(
          INFO, Status.FAIL, ReasonCodes.ACCESS_AFTER_LEAVING,
          "The leaver's account is still neither suspended nor deleted.",
          "system", "personId", "state", "lastDay", "daysSinceLastDay", "graceDays");
  private static final Verdict WITHIN_GRACE =
      Verdict.of(
          INFO, Status.PASS, ReasonCodes.WITHIN_GRACE,
          "The leaver's account is live but the deadline has not passed.",
          "personId", "lastDay", "graceDays");
  private static final Verdict REVOKED_LATE =
      Verdict.of(
          INFO, Status.FAIL, ReasonCodes.REVOKED_LATE,
          "The leaver's account was revoked after the deadline.",
          "system", "personId", "state", "lastDay", "deactivatedAt", "graceDays");
  private static final Verdict REMOVED =
      Verdict.of(
          INFO, Status.PASS, ReasonCodes.ACCESS_REMOVED,
          "The leaver's account is suspended or deleted.",
          "personId", "state", "deactivatedAt");

  /** Creates the check. */
  public OffboardedAccessRemovedCheck() {}

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<CheckResult> evaluate(CheckContext context) {
    long asOf = context.asOfEpochDay();
    int grace = context.config().graceDays();
    List<CheckResult> out = context.newResults(context.accounts().size());
    Integer graceDays = grace;
    for (AccountFacts a : context.accounts()) {
      PersonFacts holder = a.holderOrNull();
      if (holder == null) {
        continue;
      }
      Account account = a.account();
      String id = a.subjectId();
      if (!holder.left()) {
        NOT_LEFT.addTo(out, id, holder.subjectId());
        continue;
      }
      LocalDate lastDay = holder.lastDayOrNull();
      long deadline = lastDay == null ? Long.MIN_VALUE : lastDay.toEpochDay() + grace;
      Object lastDayText = lastDay == null ? "unknown" : lastDay;
      if (a.live()) {
        if (asOf > deadline) {
          AFTER_LEAVING.addTo(
              out, id, account.system(), holder.subjectId(), account.state().orElse(null),
              lastDayText,
              lastDay == null ? null : Long.valueOf(asOf - lastDay.toEpochDay()),
              graceDays);
        } else {
          WITHIN_GRACE.addTo(out, id, holder.subjectId(), lastDayText, graceDays);
        }
        continue;
      }
      Instant deactivated = account.deactivatedAt().orElse(null);
      if (deactivated != null && Results.epochDay(deactivated) > deadline) {
        REVOKED_LATE.addTo(
            out, id, account.system(), holder.subjectId(), account.state().orElse(null),
            lastDayText, deactivated, graceDays);
      } else {
        REMOVED.addTo(out, id, holder.subjectId(), account.state().orElse(null), deactivated);
      }
    }
    return context.finish(out);
  }
}
