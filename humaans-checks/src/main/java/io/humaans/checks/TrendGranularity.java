package io.humaans.checks;

/** The period length of the {@code activity-trend} series. */
public enum TrendGranularity {
  /** ISO weeks, Monday to Sunday, labelled like {@code 2026-W47}. */
  WEEK,
  /** Calendar months, labelled like {@code 2026-11}. */
  MONTH
}
