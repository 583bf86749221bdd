package io.humaans.client.model;

/**
 * A server enumeration kept open: the raw string is preserved so values added by the server
 * after this SDK was released still read and round-trip.
 *
 * <p>Implemented by {@link PersonStatus}, {@link TimeAwayRequestStatus}, {@link DayPeriod} and
 * {@link CompensationPeriod}. Implementations are immutable, compare by {@link #value()} and
 * return it from {@code toString()}.
 */
public interface OpenEnum {
  /** Returns the raw value exactly as the API sent it (never null). */
  String value();
}
