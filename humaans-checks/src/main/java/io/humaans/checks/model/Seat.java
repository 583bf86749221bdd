package io.humaans.checks.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A licence seat of a product, assigned to a holder identified by email.
 *
 * <p>{@code product} and {@code id} are required. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Seat {
  Seat() {}

  /** {@return a new builder; {@code product} and {@code id} are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the product name, for example {@code Figma}, as given} */
  public abstract String product();

  /** {@return the seat's id} */
  public abstract String id();

  /** {@return the holder's email as given, if known} */
  public abstract Optional<String> email();

  /** {@return when the seat was assigned, if known} */
  public abstract Optional<Instant> assignedAt();

  /** {@return when the holder last used the product, if ever} */
  public abstract Optional<Instant> lastActivityAt();

  /** Builds {@link Seat} values; not thread-safe. */
  public static final class Builder extends ImmutableSeat.Builder {
    Builder() {}
  }
}
