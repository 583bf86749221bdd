package io.humaans.client.model;

import java.util.Objects;

/**
 * The part of a day a {@link TimeAway} covers: the full day, the morning or the afternoon.
 *
 * <p>An open enumeration: {@link #of(String)} accepts any string, keeps it as {@link #value()} and
 * maps the values this SDK knows to {@link #known()}; anything else is {@link Known#UNKNOWN}, so a
 * value the server adds later still reads. Equality is by the raw value. Instances are immutable
 * and thread-safe.
 */
public final class DayPeriod extends OpenEnum<DayPeriod.Known> {

  /** The whole day: {@code full}. */
  public static final DayPeriod FULL = new DayPeriod("full", Known.FULL);

  /** The morning: {@code am}. */
  public static final DayPeriod AM = new DayPeriod("am", Known.AM);

  /** The afternoon: {@code pm}. */
  public static final DayPeriod PM = new DayPeriod("pm", Known.PM);

  private DayPeriod(String value, Known known) {
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
  public static DayPeriod of(String raw) {
    Objects.requireNonNull(raw, "raw == null");
    switch (raw) {
      case "full":
        return FULL;
      case "am":
        return AM;
      case "pm":
        return PM;
      default:
        return new DayPeriod(raw, Known.UNKNOWN);
    }
  }

  /** The values this SDK version knows, plus {@link #UNKNOWN} for any other. */
  public enum Known {
    /** The value {@code full}. */
    FULL,
    /** The value {@code am}. */
    AM,
    /** The value {@code pm}. */
    PM,
    /** A value this SDK version does not know; read the raw {@link DayPeriod#value()}. */
    UNKNOWN
  }
}
