package io.humaans.checks.rules;

import io.humaans.checks.Check;
import io.humaans.checks.CheckContext;
import io.humaans.checks.CheckInfo;
import io.humaans.checks.CheckResult;
import io.humaans.checks.PersonFacts;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.SeatFacts;
import io.humaans.checks.Status;
import io.humaans.checks.SubjectTypes;
import io.humaans.checks.model.Seat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@value #ID}: lists the seats that can be reclaimed (FAIL = reclaim).
 *
 * <p>Reasons, first match wins: FAIL {@code HOLDER_LEFT}; FAIL {@code HOLDER_UNKNOWN} (INCOMPLETE
 * {@code PARTIAL_DIRECTORY} on a partial directory); PASS {@code PRE_HIRE}; FAIL
 * {@code INACTIVE} when the last activity is more than
 * {@link io.humaans.checks.CheckConfig#inactivityDays()} days before asOf; FAIL
 * {@code NEVER_USED} when never used and assigned more than that many days ago; INCOMPLETE
 * {@code ASSIGNED_DATE_UNKNOWN} when never used and the assignment date is unknown. Days are
 * whole UTC days; exactly N days is not more than N. Every result's evidence holds
 * {@code product}. Its outcome is INCOMPLETE on a partial directory unless a result fails.
 * Stateless and thread-safe.
 */
public final class ReclaimableSeatsCheck implements Check {
  /** The stable id. */
  public static final String ID = "reclaimable-seats";

  static final CheckInfo INFO =
      CheckInfo.builder()
          .id(ID)
          .title("Reclaimable seats")
          .description(
              "Seats held by leavers or unknown holders, or unused for too long, can be"
                  + " reclaimed.")
          .subjectType(SubjectTypes.SEAT)
          .needsCompleteDirectory(true)
          .build();

  /** Creates the check. */
  public ReclaimableSeatsCheck() {}

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<CheckResult> evaluate(CheckContext context) {
    long asOf = context.asOfEpochDay();
    int days = context.config().inactivityDays();
    boolean partial = context.isPartial();
    List<CheckResult> out = new ArrayList<>(context.seats().size());
    for (SeatFacts s : context.seats()) {
      Seat seat = s.seat();
      String id = s.subjectId();
      String product = seat.product();
      PersonFacts holder = s.holder().orElse(null);
      if (holder != null && holder.left()) {
        out.add(
            Results.of(
                INFO, id, Status.FAIL, ReasonCodes.HOLDER_LEFT, "The seat's holder has left.",
                "product", product,
                "personId", holder.subjectId(),
                "lastDay", Results.text(holder.lastDay())));
        continue;
      }
      if (holder == null) {
        out.add(
            partial
                ? Results.of(
                    INFO, id, Status.INCOMPLETE, ReasonCodes.PARTIAL_DIRECTORY,
                    "No person matches, but the directory lacks private:read; the holder may be"
                        + " a hidden leaver or pre-hire.",
                    "product", product, "email", seat.email().orElse(null))
                : Results.of(
                    INFO, id, Status.FAIL, ReasonCodes.HOLDER_UNKNOWN,
                    "No person has the seat holder's email.",
                    "product", product, "email", seat.email().orElse(null)));
        continue;
      }
      if (holder.preHire()) {
        out.add(
            Results.of(
                INFO, id, Status.PASS, ReasonCodes.PRE_HIRE,
                "The holder is a pre-hire: listed, not reclaimed.",
                "product", product,
                "personId", holder.subjectId(),
                "employmentStartDate", Results.text(holder.person().employmentStartDate())));
        continue;
      }
      Instant last = seat.lastActivityAt().orElse(null);
      if (last != null) {
        long idle = asOf - Results.epochDay(last);
        if (idle > days) {
          out.add(
              Results.of(
                  INFO, id, Status.FAIL, ReasonCodes.INACTIVE,
                  "No activity for more than " + days + " days.",
                  "product", product,
                  "lastActivityAt", last.toString(),
                  "daysSinceActivity", Long.toString(idle)));
        } else {
          out.add(
              Results.of(
                  INFO, id, Status.PASS, ReasonCodes.OK, "The seat is in use.",
                  "product", product,
                  "daysSinceActivity", Long.toString(idle)));
        }
        continue;
      }
      Instant assigned = seat.assignedAt().orElse(null);
      if (assigned == null) {
        out.add(
            Results.of(
                INFO, id, Status.INCOMPLETE, ReasonCodes.ASSIGNED_DATE_UNKNOWN,
                "Never used, and the assignment date is unknown.",
                "product", product));
        continue;
      }
      long age = asOf - Results.epochDay(assigned);
      if (age > days) {
        out.add(
            Results.of(
                INFO, id, Status.FAIL, ReasonCodes.NEVER_USED,
                "Never used, and assigned more than " + days + " days ago.",
                "product", product,
                "assignedAt", assigned.toString(),
                "daysSinceAssigned", Long.toString(age)));
      } else {
        out.add(
            Results.of(
                INFO, id, Status.PASS, ReasonCodes.OK, "Never used, but assigned recently.",
                "product", product,
                "daysSinceAssigned", Long.toString(age)));
      }
    }
    return context.finish(out);
  }
}
