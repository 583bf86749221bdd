package io.humaans.checks;

import java.util.Map;
import org.immutables.value.Value;

/**
 * How many records of each kind a run judged, and which systems' accounts could not be read.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class InputSizes {
  InputSizes() {}

  /**
   * {@return a new builder; every count is required, {@code unreadableSystems} defaults to empty}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the number of person records, duplicates included} */
  public abstract int people();

  /** {@return the number of job-role rows} */
  public abstract int jobRoles();

  /**
   * {@return the number of job-role rows whose personId names no person (ignored by every check)}
   */
  public abstract int jobRolesWithoutPerson();

  /** {@return the number of accounts} */
  public abstract int accounts();

  /** {@return the number of seats} */
  public abstract int seats();

  /** {@return the number of activity events} */
  public abstract int events();

  /** {@return the number of access policies} */
  public abstract int policies();

  /** {@return the number of waivers} */
  public abstract int waivers();

  /** {@return the number of explicit account links} */
  public abstract int accountLinks();

  /**
   * {@return the systems whose accounts could not be read, with why, as given in {@link
   * CheckInput#unreadableSystems()}; empty when every system was read}
   */
  public abstract Map<String, String> unreadableSystems();

  /** Builds {@link InputSizes} values; not thread-safe. */
  public static final class Builder extends ImmutableInputSizes.Builder {
    Builder() {}
  }
}
