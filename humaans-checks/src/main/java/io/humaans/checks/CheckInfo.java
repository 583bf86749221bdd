package io.humaans.checks;

import org.immutables.value.Value;

/** Describes a check: its stable id, a title, a one-line description and its subject type. */
@Value.Immutable
public abstract class CheckInfo {
  CheckInfo() {}

  /** Returns a new builder; every attribute except {@code needsCompleteDirectory} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The stable id, for example {@code staff-role-assigned}. */
  public abstract String id();

  /** A short human title. */
  public abstract String title();

  /** One sentence saying what the check requires. */
  public abstract String description();

  /** The type of subject results are about, one of {@link SubjectTypes}. */
  public abstract String subjectType();

  /**
   * Whether the check depends on leavers or pre-hires, so that its outcome is {@code INCOMPLETE}
   * rather than {@code PASS} on a partial directory; false by default.
   */
  @Value.Default
  public boolean needsCompleteDirectory() {
    return false;
  }

  /** Builds {@link CheckInfo} values; not thread-safe. */
  public static final class Builder extends ImmutableCheckInfo.Builder {
    Builder() {}
  }
}
