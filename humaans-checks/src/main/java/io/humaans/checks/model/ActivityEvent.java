package io.humaans.checks.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One use of a product by a holder, the raw material of {@code activity-trend}.
 *
 * <p>{@code product} and {@code timestamp} are required; an event without a holder email is ignored
 * by the trend. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ActivityEvent {
  ActivityEvent() {}

  /** {@return a new builder; {@code product} and {@code timestamp} are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the holder's email as given, if known} */
  public abstract Optional<String> email();

  /** {@return the product used, as given} */
  public abstract String product();

  /** {@return when the product was used} */
  public abstract Instant timestamp();

  /** Builds {@link ActivityEvent} values; not thread-safe. */
  public static final class Builder extends ImmutableActivityEvent.Builder {
    Builder() {}
  }
}
