package io.humaans.checks.rules;

import io.humaans.checks.Check;
import io.humaans.checks.CheckContext;
import io.humaans.checks.CheckInfo;
import io.humaans.checks.Definitions;
import io.humaans.checks.PersonFacts;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.ResultSink;
import io.humaans.checks.SeatFacts;
import io.humaans.checks.Status;
import io.humaans.checks.SubjectTypes;
import io.humaans.checks.Verdict;
import io.humaans.checks.model.Seat;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@value #ID}: lists the seats that can be reclaimed (FAIL = reclaim).
 *
 * <p>Reasons, first match wins: FAIL {@code HOLDER_LEFT}; FAIL {@code HOLDER_UNKNOWN} (INCOMPLETE
 * {@code PARTIAL_DIRECTORY} on a partial directory); PASS {@code PRE_HIRE}; FAIL {@code INACTIVE}
 * when the last activity is more than {@link io.humaans.checks.CheckConfig#inactivityDays()} days
 * before asOf; FAIL {@code NEVER_USED} when never used and assigned more than that many days ago;
 * INCOMPLETE {@code ASSIGNED_DATE_UNKNOWN} when never used and the assignment date is unknown. Days
 * are whole UTC days; exactly N days is not more than N. Every result's evidence holds {@code
 * product}. Its outcome is INCOMPLETE on a partial directory unless a result fails. Stateless and
 * thread-safe.
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
          .reclaimsSeats(true)
          .build();

  private static final Verdict HOLDER_LEFT =
      Verdict.of(
          INFO,
          Status.FAIL,
          ReasonCodes.HOLDER_LEFT,
          "The seat's holder has left.",
          "product",
          "personId",
          "lastDay");
  private static final Verdict PARTIAL =
      Verdict.of(
          INFO,
          Status.INCOMPLETE,
          ReasonCodes.PARTIAL_DIRECTORY,
          "No person matches, but the directory lacks private:read; the holder may be"
              + " a hidden leaver or pre-hire.",
          "product",
          "email");
  private static final Verdict HOLDER_UNKNOWN =
      Verdict.of(
          INFO,
          Status.FAIL,
          ReasonCodes.HOLDER_UNKNOWN,
          "No person has the seat holder's email.",
          "product",
          "email");
  private static final Verdict PRE_HIRE =
      Verdict.of(
          INFO,
          Status.PASS,
          ReasonCodes.PRE_HIRE,
          "The holder is a pre-hire: listed, not reclaimed.",
          "product",
          "personId",
          "employmentStartDate");
  private static final Verdict IN_USE =
      Verdict.of(
          INFO, Status.PASS, ReasonCodes.OK, "The seat is in use.", "product", "daysSinceActivity");
  private static final Verdict DATE_UNKNOWN =
      Verdict.of(
          INFO,
          Status.INCOMPLETE,
          ReasonCodes.ASSIGNED_DATE_UNKNOWN,
          "Never used, and the assignment date is unknown.",
          "product");
  private static final Verdict RECENT =
      Verdict.of(
          INFO,
          Status.PASS,
          ReasonCodes.OK,
          "Never used, but assigned recently.",
          "product",
          "daysSinceAssigned");

  /** Creates the check. */
  public ReclaimableSeatsCheck() {}

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public void evaluate(CheckContext context, ResultSink out) {
    LocalDate asOf = context.asOf();
    int days = context.config().inactivityDays();
    boolean partial = context.isPartial();
    Verdict inactive =
        Verdict.of(
            INFO,
            Status.FAIL,
            ReasonCodes.INACTIVE,
            "No activity for more than " + days + " days.",
            "product",
            "lastActivityAt",
            "daysSinceActivity");
    Verdict neverUsed =
        Verdict.of(
            INFO,
            Status.FAIL,
            ReasonCodes.NEVER_USED,
            "Never used, and assigned more than " + days + " days ago.",
            "product",
            "assignedAt",
            "daysSinceAssigned");
    for (SeatFacts s : context.seats()) {
      Seat seat = s.seat();
      String id = s.subjectId();
      String product = seat.product();
      PersonFacts holder = s.holder().orElse(null);
      Instant last = seat.lastActivityAt().orElse(null);
      Instant assigned = seat.assignedAt().orElse(null);
      if (holder != null && holder.left()) {
        out.add(HOLDER_LEFT, id, product, holder.subjectId(), holder.lastDay().orElse(null));
      } else if (holder == null) {
        // On a partial directory the holder may be a hidden leaver or pre-hire.
        out.add(partial ? PARTIAL : HOLDER_UNKNOWN, id, product, seat.email().orElse(null));
      } else if (holder.preHire()) {
        out.add(
            PRE_HIRE,
            id,
            product,
            holder.subjectId(),
            holder.person().employmentStartDate().orElse(null));
      } else if (last != null) {
        long idle = Definitions.daysSince(last, asOf);
        if (idle > days) {
          out.add(inactive, id, product, last, idle);
        } else {
          out.add(IN_USE, id, product, idle);
        }
      } else if (assigned == null) {
        out.add(DATE_UNKNOWN, id, product);
      } else {
        long age = Definitions.daysSince(assigned, asOf);
        if (age > days) {
          out.add(neverUsed, id, product, assigned, age);
        } else {
          out.add(RECENT, id, product, age);
        }
      }
    }
  }
}
