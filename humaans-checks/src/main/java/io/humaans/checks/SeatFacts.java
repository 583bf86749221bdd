package io.humaans.checks;

import io.humaans.checks.model.Seat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A seat with its holder, computed once per {@link CheckContext}; the holder is matched by
 * normalized email like an account's. Instances are immutable and thread-safe.
 */
public final class SeatFacts {
  private final Seat seat;
  private final String subjectId;
  // Stored as null when missing and wrapped per read (see PersonFacts).
  private final @Nullable PersonFacts holder;

  SeatFacts(Seat seat, String subjectId, @Nullable PersonFacts holder) {
    this.seat = seat;
    this.subjectId = subjectId;
    this.holder = holder;
  }

  /** {@return the seat as given} */
  public Seat seat() {
    return seat;
  }

  /** {@return the id results use: the seat id, suffixed {@code #2, #3, ...} for repeated ids} */
  public String subjectId() {
    return subjectId;
  }

  /** {@return the matched holder; empty when no one matches} */
  public Optional<PersonFacts> holder() {
    return Optional.ofNullable(holder);
  }

  /** Shows the subject id and holder. */
  @Override
  public String toString() {
    return "SeatFacts{subjectId="
        + subjectId
        + ", holder="
        + (holder == null ? null : holder.subjectId())
        + "}";
  }
}
