package io.humaans.client.model;

import java.util.Objects;

/**
 * The approval status of a {@link TimeAway} request: {@code pending}, {@code approved} or {@code
 * declined}. One third-party client also tests the string {@code rejected}; no source confirms it,
 * so it reads as an unknown value with its raw string kept.
 *
 * <p>An open enumeration: {@link #of(String)} accepts any string, keeps it as {@link #value()} and
 * maps the values this SDK knows to {@link #known()}; anything else is {@link Known#UNKNOWN}, so a
 * value the server adds later still reads. Equality is by the raw value. Instances are immutable
 * and thread-safe.
 */
public final class TimeAwayRequestStatus extends OpenEnum<TimeAwayRequestStatus.Known> {

  /** Awaiting review: {@code pending}. */
  public static final TimeAwayRequestStatus PENDING =
      new TimeAwayRequestStatus("pending", Known.PENDING);

  /** Approved: {@code approved}. */
  public static final TimeAwayRequestStatus APPROVED =
      new TimeAwayRequestStatus("approved", Known.APPROVED);

  /** Declined by the reviewer: {@code declined}. */
  public static final TimeAwayRequestStatus DECLINED =
      new TimeAwayRequestStatus("declined", Known.DECLINED);

  private TimeAwayRequestStatus(String value, Known known) {
    super(value, known);
  }

  /**
   * Returns the instance for a raw value: a shared constant for a known value, else a new instance
   * whose {@link #known()} is {@link Known#UNKNOWN} (for example {@code rejected}).
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
      default:
        return new TimeAwayRequestStatus(raw, Known.UNKNOWN);
    }
  }

  /** The values this SDK version knows, plus {@link #UNKNOWN} for any other. */
  public enum Known {
    /** The value {@code pending}. */
    PENDING,
    /** The value {@code approved}. */
    APPROVED,
    /** The value {@code declined}. */
    DECLINED,
    /**
     * A value this SDK version does not know, such as {@code rejected}; read the raw {@link
     * TimeAwayRequestStatus#value()}.
     */
    UNKNOWN
  }
}
