package io.humaans.client.model;

import java.util.Objects;

/**
 * The lifecycle status of a {@link Person}: {@code newHire} before the start date, then {@code
 * active}, then {@code offboarded}.
 *
 * <p>An open enumeration: {@link #of(String)} accepts any string, keeps it as {@link #value()} and
 * maps the values this SDK knows to {@link #known()}; anything else is {@link Known#UNKNOWN}, so a
 * value the server adds later still reads. Equality is by the raw value. Instances are immutable
 * and thread-safe.
 */
public final class PersonStatus extends OpenEnum<PersonStatus.Known> {

  /** Hired, before the start date: {@code newHire}. */
  public static final PersonStatus NEW_HIRE = new PersonStatus("newHire", Known.NEW_HIRE);

  /** Employed: {@code active}. */
  public static final PersonStatus ACTIVE = new PersonStatus("active", Known.ACTIVE);

  /** Left the company: {@code offboarded}. */
  public static final PersonStatus OFFBOARDED = new PersonStatus("offboarded", Known.OFFBOARDED);

  private PersonStatus(String value, Known known) {
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
