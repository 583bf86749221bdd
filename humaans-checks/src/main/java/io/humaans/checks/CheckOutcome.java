package io.humaans.checks;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The summary of one check in a {@link Report}: its outcome, its result counts by status and,
 * on a partial directory, the missing scope.
 *
 * <p>The outcome is FAIL if any result fails; else INCOMPLETE if any result is incomplete or the
 * check needs a complete directory and the directory is partial; else PASS. Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class CheckOutcome {
  CheckOutcome() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The check id. */
  public abstract String checkId();

  /** The check title. */
  public abstract String title();

  /** The subject type of the check's results. */
  public abstract String subjectType();

  /** PASS, FAIL or INCOMPLETE. */
  public abstract Status status();

  /** Result counts for every status, in {@link Status} order, zeros included. */
  public abstract Map<Status, Integer> counts();

  /** The number of results. */
  public abstract int total();

  /** The scopes the directory lacks ({@code private:read}) when it is partial; else empty. */
  public abstract List<String> missingScopes();

  /** Builds {@link CheckOutcome} values; not thread-safe. */
  public static final class Builder extends ImmutableCheckOutcome.Builder {
    Builder() {}
  }
}
