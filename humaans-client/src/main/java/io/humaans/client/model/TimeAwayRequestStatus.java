package io.humaans.client.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The approval status of a {@link TimeAway} request. Sources disagree between {@code declined} and {@code rejected}; both are known.
 *
 * <p>An open enumeration: {@link #of(String)} accepts any string, keeps it as {@link #value()}
 * and maps the values this SDK knows to {@link #known()}; anything else is {@link Known#UNKNOWN},
 * so a value the server adds later still reads. Equality is by the raw value. Instances are
 * immutable and thread-safe.
 */
public final class TimeAwayRequestStatus implements OpenEnum {

  /** Awaiting review: {@code pending}. */
  public static final TimeAwayRequestStatus PENDING = new TimeAwayRequestStatus("pending", Known.PENDING);

  /** Approved: {@code approved}. */
  public static final TimeAwayRequestStatus APPROVED = new TimeAwayRequestStatus("approved", Known.APPROVED);

  /** Declined by the reviewer: {@code declined}. */
  public static final TimeAwayRequestStatus DECLINED = new TimeAwayRequestStatus("declined", Known.DECLINED);

  /** Rejected by the reviewer (alternative spelling seen in one client): {@code rejected}. */
  public static final TimeAwayRequestStatus REJECTED = new TimeAwayRequestStatus("rejected", Known.REJECTED);

  private final String value;
  private final Known known;

  private TimeAwayRequestStatus(String value, Known known) {
    this.value = value;
    this.known = known;
  }

  /**
   * Returns the instance for a raw value: a shared constant for a known value, else a new
   * instance whose {@link #known()} is {@link Known#UNKNOWN}.
   *
   * @param raw the value as the API sends it; matched case-sensitively
   * @return the instance, never null
   * @throws NullPointerException if {@code raw} is null
   */
  public static TimeAwayRequestStatus of(String raw) {
    Objects.requireNonNull(raw, "raw == null");
    switch (raw) {
      case "pending":
        return PENDING;
      case "approved":
        return APPROVED;
      case "declined":
        return DECLINED;
      case "rejected":
        return REJECTED;
      default:
        return new TimeAwayRequestStatus(raw, Known.UNKNOWN);
    }
  }

  /** Returns the raw value exactly as the API sent it. */
  @Override
  public String value() {
    return value;
  }

  /** Returns the known constant for this value, or {@link Known#UNKNOWN}. */
  public Known known() {
    return known;
  }

  /** Returns whether this SDK version knows the value. */
  public boolean isKnown() {
    return known != Known.UNKNOWN;
  }

  /** Returns whether {@code other} is a {@code TimeAwayRequestStatus} with the same raw value. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TimeAwayRequestStatus && value.equals(((TimeAwayRequestStatus) other).value);
  }

  /** Returns the hash code of the raw value. */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the raw value. */
  @Override
  public String toString() {
    return value;
  }

  /** The values this SDK version knows, plus {@link #UNKNOWN} for any other. */
  public enum Known {
    /** The value {@code pending}. */
    PENDING,
    /** The value {@code approved}. */
    APPROVED,
    /** The value {@code declined}. */
    DECLINED,
    /** The value {@code rejected}. */
    REJECTED,
    /** A value this SDK version does not know; read the raw {@link TimeAwayRequestStatus#value()}. */
    UNKNOWN
  }
}
