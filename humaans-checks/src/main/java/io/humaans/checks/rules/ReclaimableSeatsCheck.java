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
      switch (SeatReclaim.of(s, asOf, days, partial)) {
        case HOLDER_LEFT ->
            out.add(
                HOLDER_LEFT, id, product, holder(s).subjectId(), holder(s).lastDay().orElse(null));
        case HOLDER_HIDDEN -> out.add(PARTIAL, id, product, seat.email().orElse(null));
        case HOLDER_UNKNOWN -> out.add(HOLDER_UNKNOWN, id, product, seat.email().orElse(null));
        case PRE_HIRE ->
            out.add(
                PRE_HIRE,
                id,
                product,
                holder(s).subjectId(),
                holder(s).person().employmentStartDate().orElse(null));
        case INACTIVE -> out.add(inactive, id, product, lastActivity(seat), idle(seat, asOf));
        case IN_USE -> out.add(IN_USE, id, product, idle(seat, asOf));
        case DATE_UNKNOWN -> out.add(DATE_UNKNOWN, id, product);
        case NEVER_USED -> out.add(neverUsed, id, product, assignedAt(seat), age(seat, asOf));
        case RECENT -> out.add(RECENT, id, product, age(seat, asOf));
      }
    }
  }

  /** The holder, for the decisions that found one. */
  private static PersonFacts holder(SeatFacts s) {
    return s.holder().orElseThrow();
  }

  private static Instant lastActivity(Seat seat) {
    return seat.lastActivityAt().orElseThrow();
  }

  private static Instant assignedAt(Seat seat) {
    return seat.assignedAt().orElseThrow();
  }

  private static long idle(Seat seat, LocalDate asOf) {
    return Definitions.daysSince(lastActivity(seat), asOf);
  }

  private static long age(Seat seat, LocalDate asOf) {
    return Definitions.daysSince(assignedAt(seat), asOf);
  }
}
