package io.humaans.checks.rules;

import io.humaans.checks.Definitions;
import io.humaans.checks.PersonFacts;
import io.humaans.checks.SeatFacts;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the licence reports decide about one seat, in the spec's order (first match wins): the one
 * decision behind {@link ReclaimableSeatsCheck}'s verdicts and {@link ActivityTrendCheck}'s
 * reclaimable-seat figures.
 */
enum SeatReclaim {
  /** The holder has left: reclaim. */
  HOLDER_LEFT,
  /** No person matches and the directory is partial: the holder may be hidden. */
  HOLDER_HIDDEN,
  /** No person matches: reclaim. */
  HOLDER_UNKNOWN,
  /** The holder is a pre-hire: listed, never reclaimed. */
  PRE_HIRE,
  /** Activity more than the inactivity days ago: reclaim. */
  INACTIVE,
  /** Activity within the inactivity days. */
  IN_USE,
  /** Never used, and the assignment date is unknown. */
  DATE_UNKNOWN,
  /** Never used, and assigned more than the inactivity days ago: reclaim. */
  NEVER_USED,
  /** Never used, but assigned recently. */
  RECENT;

  /** Whether {@code reclaimable-seats} fails the seat (before waivers). */
  boolean reclaim() {
    return this == HOLDER_LEFT || this == HOLDER_UNKNOWN || this == INACTIVE || this == NEVER_USED;
  }

  /**
   * Decides one seat as of {@code asOf}, where "more than {@code days} days" compares whole UTC
   * days and a partial directory hides leavers and pre-hires.
   */
  static SeatReclaim of(SeatFacts s, LocalDate asOf, int days, boolean partial) {
    PersonFacts holder = s.holder().orElse(null);
    if (holder != null && holder.left()) {
      return HOLDER_LEFT;
    }
    if (holder == null) {
      return partial ? HOLDER_HIDDEN : HOLDER_UNKNOWN;
    }
    if (holder.preHire()) {
      return PRE_HIRE;
    }
    Instant last = s.seat().lastActivityAt().orElse(null);
    if (last != null) {
      return Definitions.daysSince(last, asOf) > days ? INACTIVE : IN_USE;
    }
    Instant assigned = s.seat().assignedAt().orElse(null);
    if (assigned == null) {
      return DATE_UNKNOWN;
    }
    return Definitions.daysSince(assigned, asOf) > days ? NEVER_USED : RECENT;
  }
}
