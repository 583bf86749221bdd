package io.humaans.checks.rules;

import io.humaans.checks.Definitions;
import io.humaans.checks.PersonFacts;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.SeatFacts;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Whether a seat is reclaimable, as {@link ReclaimableSeatsCheck} judges it (FAIL), for the licence
 * figures of {@link ActivityTrendCheck}; before waivers. Keep in step with that check: {@code
 * ActivityTrendCheckTest} compares the two per product.
 */
final class SeatReclaim {
  private SeatReclaim() {}

  /**
   * The reason the seat is reclaimed ({@code HOLDER_LEFT}, {@code HOLDER_UNKNOWN}, {@code
   * INACTIVE}, {@code NEVER_USED}), or null when it is not (in use, pre-hire, unknown assignment
   * date, or an unmatched holder on a partial directory).
   */
  static @Nullable String reason(SeatFacts s, LocalDate asOf, int days, boolean partial) {
    PersonFacts holder = s.holder().orElse(null);
    if (holder != null && holder.left()) {
      return ReasonCodes.HOLDER_LEFT;
    }
    if (holder == null) {
      return partial ? null : ReasonCodes.HOLDER_UNKNOWN;
    }
    if (holder.preHire()) {
      return null;
    }
    Instant last = s.seat().lastActivityAt().orElse(null);
    if (last != null) {
      return Definitions.daysSince(last, asOf) > days ? ReasonCodes.INACTIVE : null;
    }
    Instant assigned = s.seat().assignedAt().orElse(null);
    if (assigned == null) {
      return null;
    }
    return Definitions.daysSince(assigned, asOf) > days ? ReasonCodes.NEVER_USED : null;
  }
}
