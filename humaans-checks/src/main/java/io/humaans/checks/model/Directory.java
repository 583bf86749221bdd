package io.humaans.checks.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A snapshot of the people directory: people, their job-role history and the token scopes the
 * snapshot was read with.
 *
 * <p>A directory read without {@value #PRIVATE_READ} lacks leavers and pre-hires; checks that
 * depend on them report {@code INCOMPLETE} instead of {@code PASS}. When the scopes are unknown
 * (empty {@link #scopes()}) the directory counts as complete. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Directory {
  /** The scope without which leavers and pre-hires are missing from a directory. */
  public static final String PRIVATE_READ = "private:read";

  Directory() {}

  /** {@return a new builder; every attribute defaults to empty} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the people, in any order; duplicates are kept and reported, never merged} */
  public abstract List<Person> people();

  /** {@return the job-role rows of all people, in any order} */
  public abstract List<JobRole> jobRoles();

  /**
   * {@return the token scopes the directory was read with; empty when unknown (counts as complete)}
   */
  public abstract Optional<Set<String>> scopes();

  /** {@return true when the scopes are known and lack {@value #PRIVATE_READ}} */
  public final boolean isPartial() {
    return scopes().map(s -> !s.contains(PRIVATE_READ)).orElse(false);
  }

  /** Builds {@link Directory} values; not thread-safe. */
  public static final class Builder extends ImmutableDirectory.Builder {
    Builder() {}
  }
}
