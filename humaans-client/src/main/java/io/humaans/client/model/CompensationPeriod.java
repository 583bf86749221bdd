package io.humaans.client.model;

import java.util.Objects;

/**
 * The period a {@link Compensation} amount covers. Only {@code annual} is confirmed; the others are
 * the likely spellings.
 *
 * <p>An open enumeration: {@link #of(String)} accepts any string, keeps it as {@link #value()} and
 * maps the values this SDK knows to {@link #known()}; anything else is {@link Known#UNKNOWN}, so a
 * value the server adds later still reads. Equality is by the raw value. Instances are immutable
 * and thread-safe.
 */
public final class CompensationPeriod extends OpenEnum<CompensationPeriod.Known> {

  /** Per year: {@code annual}. */
  public static final CompensationPeriod ANNUAL = new CompensationPeriod("annual", Known.ANNUAL);

  /** Per month: {@code monthly}. */
  public static final CompensationPeriod MONTHLY = new CompensationPeriod("monthly", Known.MONTHLY);

  /** Per week: {@code weekly}. */
  public static final CompensationPeriod WEEKLY = new CompensationPeriod("weekly", Known.WEEKLY);

  /** Per day: {@code daily}. */
  public static final CompensationPeriod DAILY = new CompensationPeriod("daily", Known.DAILY);

  /** Per hour: {@code hourly}. */
  public static final CompensationPeriod HOURLY = new CompensationPeriod("hourly", Known.HOURLY);

  /** A one-off payment: {@code oneOff}. */
  public static final CompensationPeriod ONE_OFF = new CompensationPeriod("oneOff", Known.ONE_OFF);

  private CompensationPeriod(String value, Known known) {
    super(value, known);
  }

  /**
   * Returns the instance for a raw value: a shared constant for a known value, else a new instance
   * whose {@link #known()} is {@link Known#UNKNOWN}.
   *
   * @param raw the value as the API sends it; matched case-sensitively
   * @return the instance, never null
   * @throws NullPointerException if {@code raw} is null
   */
  public static CompensationPeriod of(String raw) {
    Objects.requireNonNull(raw, "raw == null");
    switch (raw) {
      case "annual":
        return ANNUAL;
      case "monthly":
        return MONTHLY;
      case "weekly":
        return WEEKLY;
      case "daily":
        return DAILY;
      case "hourly":
        return HOURLY;
      case "oneOff":
        return ONE_OFF;
      default:
        return new CompensationPeriod(raw, Known.UNKNOWN);
    }
  }

  /** The values this SDK version knows, plus {@link #UNKNOWN} for any other. */
  public enum Known {
    /** The value {@code annual}. */
    ANNUAL,
    /** The value {@code monthly}. */
    MONTHLY,
    /** The value {@code weekly}. */
    WEEKLY,
    /** The value {@code daily}. */
    DAILY,
    /** The value {@code hourly}. */
    HOURLY,
    /** The value {@code oneOff}. */
    ONE_OFF,
    /** A value this SDK version does not know; read the raw {@link CompensationPeriod#value()}. */
    UNKNOWN
  }
}
