package io.humaans.checks.model;

import org.immutables.value.Value;

/**
 * An explicit statement that an account belongs to a person; it wins over email matching.
 *
 * <p>All attributes are required. The system is compared trimmed and case-insensitively. Instances
 * are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AccountLink {
  AccountLink() {}

  /** {@return a new builder; all attributes are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the account's system} */
  public abstract String system();

  /** {@return the account's id in that system} */
  public abstract String accountId();

  /** {@return the id of the person who holds the account} */
  public abstract String personId();

  /** Builds {@link AccountLink} values; not thread-safe. */
  public static final class Builder extends ImmutableAccountLink.Builder {
    Builder() {}
  }
}
