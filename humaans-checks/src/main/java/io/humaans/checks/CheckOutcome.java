package io.humaans.checks;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The summary of one check in a {@link Report}: its outcome, its result counts by status and, on a
 * partial directory, the missing scope.
 *
 * <p>The outcome is FAIL if any result fails; else INCOMPLETE if any result is incomplete, or the
 * check {@linkplain CheckInfo#needsCompleteDirectory() needs a complete directory} and the
 * directory is partial, or the check {@linkplain CheckInfo#judgesAccounts() judges accounts} and
 * some system's accounts could not be read; else NOT_APPLICABLE if it judged no subject (every
 * result, if any, is NOT_APPLICABLE: never a PASS on nothing); else PASS. Instances are immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class CheckOutcome {
  CheckOutcome() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the check id} */
  public abstract String checkId();

  /** {@return the check title} */
  public abstract String title();

  /** {@return the subject type of the check's results} */
  public abstract String subjectType();

  /** {@return PASS, FAIL, INCOMPLETE or NOT_APPLICABLE} */
  public abstract Status status();

  /** {@return result counts for every status, in {@link Status} order, zeros included} */
  public abstract Map<Status, Integer> counts();

  /** {@return the number of results} */
  public abstract int total();

  /**
   * {@return the scopes the directory lacks ({@code private:read}) when it is partial; else empty}
   */
  public abstract List<String> missingScopes();

  /** Builds {@link CheckOutcome} values; not thread-safe. */
  public static final class Builder extends ImmutableCheckOutcome.Builder {
    Builder() {}
  }
}
