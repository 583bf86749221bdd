package io.humaans.checks;

import java.util.Map;
import org.immutables.value.Value;

/**
 * The verdict of one check on one subject.
 *
 * <p>The evidence holds the few field values the verdict used, in a stable order (absent values
 * are left out). Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class CheckResult {
  CheckResult() {}

  /** Returns a new builder; every attribute except the evidence is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The id of the check that produced the result. */
  public abstract String checkId();

  /** The subject type, one of {@link SubjectTypes}. */
  public abstract String subjectType();

  /** The subject id, unique within the check (see the duplicate rules in the module docs). */
  public abstract String subjectId();

  /** The verdict. */
  public abstract Status status();

  /** The reason code, one of {@link ReasonCodes}; kept when a waiver applies. */
  public abstract String reasonCode();

  /** A one-line human explanation. */
  public abstract String detail();

  /** The field values the verdict used, in insertion order. */
  public abstract Map<String, String> evidence();

  /** Builds {@link CheckResult} values; not thread-safe. */
  public static final class Builder extends ImmutableCheckResult.Builder {
    Builder() {}
  }
}
