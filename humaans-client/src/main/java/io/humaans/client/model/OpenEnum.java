package io.humaans.client.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A server enumeration kept open: {@code of(String)} accepts any string and keeps it as {@link
 * #value()}, and {@link #known()} maps the values this SDK version knows to constants of {@code K};
 * anything else is {@code K.UNKNOWN}, so a value the server adds later still reads and round-trips.
 *
 * <p>Subclasses: {@link PersonStatus}, {@link TimeAwayRequestStatus}, {@link DayPeriod} and {@link
 * CompensationPeriod}. Instances are immutable and thread-safe, compare by class and raw value, and
 * return the raw value from {@code toString()}.
 *
 * @param <K> the enum of known values; it has a constant named {@code UNKNOWN}
 */
public abstract class OpenEnum<K extends Enum<K>> {
  private final String value;
  private final K known;

  OpenEnum(String value, K known) {
    this.value = Objects.requireNonNull(value, "value == null");
    this.known = Objects.requireNonNull(known, "known == null");
  }

  /** {@return the raw value exactly as the API sent it (never null)} */
  public final String value() {
    return value;
  }

  /** {@return the known constant for this value, or {@code UNKNOWN}} */
  public final K known() {
    return known;
  }

  /** {@return whether this SDK version knows the value} */
  public final boolean isKnown() {
    return !known.name().equals("UNKNOWN");
  }

  /** Returns whether {@code other} is of the same class with the same raw value. */
  @Override
  @SuppressWarnings(
      "EqualsGetClass") // deliberate: values of two open enums never equal, whatever their raw
  // value
  public final boolean equals(@Nullable Object other) {
    return other != null
        && other.getClass() == getClass()
        && value.equals(((OpenEnum<?>) other).value);
  }

  /** Returns the hash code of the raw value. */
  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** Returns the raw value. */
  @Override
  public final String toString() {
    return value;
  }
}
