package io.humaans.checks.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * The access policy of one system: the rules saying which org roles may hold which levels.
 *
 * <p>{@code system} is required and compared trimmed and case-insensitively with {@link
 * Account#system()}; several policies for one system are combined. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class AccessPolicy {
  AccessPolicy() {}

  /** {@return a new builder; {@code system} is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the system the policy governs} */
  public abstract String system();

  /**
   * {@return the rules; an account passes when a rule that applies to its holder allows its level}
   */
  public abstract List<AccessRule> rules();

  /** Builds {@link AccessPolicy} values; not thread-safe. */
  public static final class Builder extends ImmutableAccessPolicy.Builder {
    Builder() {}
  }
}
