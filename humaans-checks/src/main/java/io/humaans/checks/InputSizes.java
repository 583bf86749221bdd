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

  /** Returns a new builder; every count is required, {@code unreadableSystems} defaults to empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return person records, duplicates included} */
  public abstract int people();

  /** {@return job-role rows} */
  public abstract int jobRoles();

  /** {@return job-role rows whose personId names no person (ignored by every check)} */
  public abstract int jobRolesWithoutPerson();

  /** {@return accounts} */
  public abstract int accounts();

  /** {@return seats} */
  public abstract int seats();

  /** {@return activity events} */
  public abstract int events();

  /** {@return access policies} */
  public abstract int policies();

  /** {@return waivers} */
  public abstract int waivers();

  /** {@return explicit account links} */
  public abstract int accountLinks();

  /**
   * The systems whose accounts could not be read, with why, as given in
   * {@link CheckInput#unreadableSystems()}; empty when every system was read.
   */
  public abstract Map<String, String> unreadableSystems();

  /** Builds {@link InputSizes} values; not thread-safe. */
  public static final class Builder extends ImmutableInputSizes.Builder {
    Builder() {}
  }
}
