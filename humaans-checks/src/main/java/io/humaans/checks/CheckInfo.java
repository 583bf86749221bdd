package io.humaans.checks;

import org.immutables.value.Value;

/**
 * Describes a check: its stable id, a title, a one-line description, its subject type, and how the
 * runner treats it (whether it needs a complete directory, whether it judges the accounts of
 * critical systems, a cost hint, whether its failures are reclaimable seats). Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class CheckInfo {
  CheckInfo() {}

  /**
   * {@return a new builder; {@code id}, {@code title}, {@code description} and {@code subjectType}
   * are required}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the stable id, for example {@code staff-role-assigned}} */
  public abstract String id();

  /** {@return a short human title} */
  public abstract String title();

  /** {@return one sentence saying what the check requires} */
  public abstract String description();

  /** {@return the type of subject results are about, one of {@link SubjectTypes}} */
  public abstract String subjectType();

  /**
   * {@return whether the check depends on leavers or pre-hires, so that its outcome is {@code
   * INCOMPLETE} rather than {@code PASS} on a partial directory; false by default}
   */
  @Value.Default
  public boolean needsCompleteDirectory() {
    return false;
  }

  /**
   * {@return whether the check judges the accounts of critical systems, so that its outcome is
   * {@code INCOMPLETE} rather than {@code PASS} or {@code NOT_APPLICABLE} when the accounts of some
   * system could not be read ({@link CheckInput#unreadableSystems()}); false by default}
   */
  @Value.Default
  public boolean judgesAccounts() {
    return false;
  }

  /**
   * {@return a relative estimate of the check's work on a large input (1 = one light pass over its
   * subjects); the runner starts costlier checks first so that the cores finish together} It never
   * changes a result. 1 by default; must be at least 1.
   */
  @Value.Default
  public int costHint() {
    return 1;
  }

  /**
   * {@return whether the check's FAIL results are seats to reclaim, totalled per product (evidence
   * key {@code product}, grouped by {@link Definitions#productKey}) in {@link
   * Report#reclaimableSeatsByProduct()}; false by default}
   */
  @Value.Default
  public boolean reclaimsSeats() {
    return false;
  }

  @Value.Check
  void validate() {
    if (costHint() < 1) {
      throw new IllegalStateException("costHint must be >= 1, was " + costHint());
    }
  }

  /** Builds {@link CheckInfo} values; not thread-safe. */
  public static final class Builder extends ImmutableCheckInfo.Builder {
    Builder() {}
  }
}
