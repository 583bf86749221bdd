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

  /** Person records, duplicates included. */
  public abstract int people();

  /** Job-role rows. */
  public abstract int jobRoles();

  /** Job-role rows whose personId names no person (ignored by every check). */
  public abstract int jobRolesWithoutPerson();

  /** Accounts. */
  public abstract int accounts();

  /** Seats. */
  public abstract int seats();

  /** Activity events. */
  public abstract int events();

  /** Access policies. */
  public abstract int policies();

  /** Waivers. */
  public abstract int waivers();

  /** Explicit account links. */
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
