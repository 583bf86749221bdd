package io.humaans.checks.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A user account in a critical system (a source-code host, a cloud console, a chat tool).
 *
 * <p>{@code system} and {@code id} are required. The state is kept as given; the checks treat
 * {@value #STATE_SUSPENDED} and {@value #STATE_DELETED} (trimmed, any case) as revoked and every
 * other value, including a missing one, as live access. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Account {
  /** The state of a live account. */
  public static final String STATE_ACTIVE = "active";

  /** The state of an account whose access is blocked but that still exists. */
  public static final String STATE_SUSPENDED = "suspended";

  /** The state of an account that was removed. */
  public static final String STATE_DELETED = "deleted";

  Account() {}

  /** {@return a new builder; {@code system} and {@code id} are required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the system's name, for example {@code github}; compared trimmed and
   * case-insensitively}
   */
  public abstract String system();

  /** {@return the account's id in its system} */
  public abstract String id();

  /** {@return the email or username the account is registered with, as given} */
  public abstract Optional<String> email();

  /** {@return the access level, for example {@code admin}, as given} */
  public abstract Optional<String> accessLevel();

  /**
   * {@return the account state ({@code active}, {@code suspended}, {@code deleted}, ...), as given}
   */
  public abstract Optional<String> state();

  /** {@return when the account was last used, if known} */
  public abstract Optional<Instant> lastActiveAt();

  /** {@return when the account was suspended or deleted, if known} */
  public abstract Optional<Instant> deactivatedAt();

  /**
   * {@return whether the account belongs to a service or bot rather than a person; false by
   * default}
   */
  @Value.Default
  public boolean nonHuman() {
    return false;
  }

  /** Builds {@link Account} values; not thread-safe. */
  public static final class Builder extends ImmutableAccount.Builder {
    Builder() {}
  }
}
