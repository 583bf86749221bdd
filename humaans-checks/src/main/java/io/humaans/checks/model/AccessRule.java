package io.humaans.checks.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One rule of an {@link AccessPolicy}: which org role may hold which access levels.
 *
 * <p>The rule applies to a person when every matcher that is set matches: {@link #department()} and
 * {@link #jobTitle()} against the person's current job role, {@link #team()} against any of the
 * person's teams. Matchers compare trimmed and case-insensitively, and {@code *} matches any run of
 * characters; a rule without matchers applies to everyone. {@link #accessLevels()} lists the levels
 * the rule allows, with the same matching ({@code *} = any level). Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class AccessRule {
  AccessRule() {}

  /** {@return a new builder; every attribute is optional} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the department pattern, if the rule matches on department} */
  public abstract Optional<String> department();

  /** {@return the job-title pattern, if the rule matches on job title} */
  public abstract Optional<String> jobTitle();

  /** {@return the team pattern, if the rule matches on team} */
  public abstract Optional<String> team();

  /** {@return the access-level patterns the rule allows; empty allows none} */
  public abstract List<String> accessLevels();

  /** Builds {@link AccessRule} values; not thread-safe. */
  public static final class Builder extends ImmutableAccessRule.Builder {
    Builder() {}
  }
}
