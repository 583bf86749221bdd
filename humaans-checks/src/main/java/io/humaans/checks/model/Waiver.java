package io.humaans.checks.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An accepted exception: a {@code FAIL} of one check for one subject becomes {@code WAIVED}.
 *
 * <p>{@code checkId}, {@code subjectId} and {@code reason} are required. The waiver applies while
 * the evaluation date is on or before {@link #expiresOn()}, or always when it has no expiry.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Waiver {
  Waiver() {}

  /** {@return a new builder; {@code checkId}, {@code subjectId} and {@code reason} are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id of the check the waiver applies to} */
  public abstract String checkId();

  /** {@return the subject id exactly as the check reports it} */
  public abstract String subjectId();

  /** {@return why the failure is accepted; copied into the result's evidence} */
  public abstract String reason();

  /** {@return the last day the waiver applies, if it expires} */
  public abstract Optional<LocalDate> expiresOn();

  /** Builds {@link Waiver} values; not thread-safe. */
  public static final class Builder extends ImmutableWaiver.Builder {
    Builder() {}
  }
}
