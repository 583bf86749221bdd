package io.humaans.client.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The lifecycle status of a {@link Person}: {@code newHire} before the start date, then {@code active}, then {@code offboarded}.
 *
 * <p>An open enumeration: {@link #of(String)} accepts any string, keeps it as {@link #value()}
 * and maps the values this SDK knows to {@link #known()}; anything else is {@link Known#UNKNOWN},
 * so a value the server adds later still reads. Equality is by the raw value. Instances are
 * immutable and thread-safe.
 */
public final class PersonStatus implements OpenEnum {

  /** Hired, before the start date: {@code newHire}. */
  public static final PersonStatus NEW_HIRE = new PersonStatus("newHire", Known.NEW_HIRE);

  /** Employed: {@code active}. */
  public static final PersonStatus ACTIVE = new PersonStatus("active", Known.ACTIVE);

  /** Left the company: {@code offboarded}. */
  public static final PersonStatus OFFBOARDED = new PersonStatus("offboarded", Known.OFFBOARDED);

  private final String value;
  private final Known known;

  private PersonStatus(String value, Known known) {
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
  public static PersonStatus of(String raw) {
    Objects.requireNonNull(raw, "raw == null");
    switch (raw) {
      case "newHire":
        return NEW_HIRE;
      case "active":
        return ACTIVE;
      case "offboarded":
        return OFFBOARDED;
      default:
        return new PersonStatus(raw, Known.UNKNOWN);
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

  /** Returns whether {@code other} is a {@code PersonStatus} with the same raw value. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PersonStatus && value.equals(((PersonStatus) other).value);
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
    /** The value {@code newHire}. */
    NEW_HIRE,
    /** The value {@code active}. */
    ACTIVE,
    /** The value {@code offboarded}. */
    OFFBOARDED,
    /** A value this SDK version does not know; read the raw {@link PersonStatus#value()}. */
    UNKNOWN
  }
}
