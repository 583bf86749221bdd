package io.humaans.client.model;

import io.humaans.client.internal.json.HumaansModel;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of a job role create ({@code POST /job-roles}) or update ({@code PATCH
 * /job-roles/{id}}).
 *
 * <p>Every property is optional and only the ones set on the builder are serialised, so an
 * update (PATCH) changes just those fields. Dates are written as {@code YYYY-MM-DD}, times of
 * day as {@code HH:MM:SS} and money as a decimal string. Instances are immutable and
 * thread-safe.
 */
@HumaansModel
@Value.Immutable
public interface JobRoleParams {

  /**
   * Returns a new, empty builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Returns the id of the person. */
  Optional<String> personId();

  /** Returns the job title. */
  Optional<String> jobTitle();

  /** Returns the department name. */
  Optional<String> department();

  /** Returns the person id of the manager. */
  Optional<String> reportingTo();

  /** Returns the date the role takes effect. */
  Optional<LocalDate> effectiveDate();

  /** Returns the date the role ends. */
  Optional<LocalDate> endDate();

  /** Returns a free-text note. */
  Optional<String> note();

  /**
   * Returns additional fields to send as they are, for API fields this SDK does not model yet.
   * Values are serialised by Moshi (strings, numbers, booleans, lists, maps). A key that
   * collides with a modelled property is ignored. Empty by default; excluded from
   * {@code equals}, {@code hashCode} and {@code toString}.
   */
  @Value.Auxiliary
  Map<String, Object> extraProperties();

  /**
   * Builds {@link JobRoleParams} values; obtain one from {@link JobRoleParams#builder()}.
   *
   * <p>A builder is not thread-safe. Setters reject {@code null} except the single-value
   * setters of optional properties, where {@code null} means empty.
   */
  final class Builder extends ImmutableJobRoleParams.Builder {
    Builder() {}
  }
}
