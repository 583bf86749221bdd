package io.humaans.checks.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An accepted exception: a {@code FAIL} of one check for one subject becomes {@code WAIVED}.
 *
 * <p>{@code checkId}, {@code subjectId} and {@code reason} are required. The waiver applies while
 * the evaluation date is on or before {@link #expiresOn()}, or always when it has no expiry.
 *
 * <p>Account ids are unique only within one system, so a waiver for an account check may name the
 * account's {@link #system()}: it then applies to that system's account alone, and its {@code
 * subjectId} is the account id as given ({@link Account#id()}), never a {@code #2}-suffixed subject
 * id, so that it stays on its account when another system with the same id appears. A waiver
 * without a system for an account id that accounts of several systems share is ambiguous and waives
 * nothing (the failures it names get the evidence {@code waiverAmbiguous}). Instances are immutable
 * and thread-safe.
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

  /**
   * {@return the subject id exactly as the check reports it; with a {@link #system()} on an account
   * check, the account id as given}
   */
  public abstract String subjectId();

  /** {@return why the failure is accepted; copied into the result's evidence} */
  public abstract String reason();

  /** {@return the last day the waiver applies, if it expires} */
  public abstract Optional<LocalDate> expiresOn();

  /**
   * {@return the system of the account the waiver is for, compared like {@code
   * AccountFacts.system()} (stripped, case-insensitively); empty, or blank, for none} Only results
   * about accounts ({@code account} and {@code person-in-system} subjects) have a system; a {@code
   * person-in-system} subject id ({@code p1/github}) holds it, and it must be the waiver's. On any
   * other result, or a {@code person-in-system} one of another system, a waiver with a system
   * waives nothing, and the failure it names gets the evidence {@code waiverSystemMismatch}.
   */
  public abstract Optional<String> system();

  /** Builds {@link Waiver} values; not thread-safe. */
  public static final class Builder extends ImmutableWaiver.Builder {
    Builder() {}
  }
}
