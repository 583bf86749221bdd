package io.humaans.client.model;

import io.humaans.client.internal.json.HumaansModel;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of a timesheet entry create ({@code POST /timesheet-entries}, clock in) or update
 * ({@code PATCH /timesheet-entries/{id}}, such as clock out with {@code endTime}).
 *
 * <p>Every property is optional and only the ones set on the builder are serialised, so an
 * update (PATCH) changes just those fields. Dates are written as {@code YYYY-MM-DD}, times of
 * day as {@code HH:MM:SS} and money as a decimal string. Instances are immutable and
 * thread-safe.
 */
@HumaansModel
@Value.Immutable
public interface TimesheetEntryParams {

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

  /** Returns the day worked. */
  Optional<LocalDate> date();

  /** Returns the start time of day, sent as {@code HH:MM:SS}. */
  Optional<LocalTime> startTime();

  /** Returns the end time of day, sent as {@code HH:MM:SS}. */
  Optional<LocalTime> endTime();

  /**
   * Returns additional fields to send as they are, for API fields this SDK does not model yet.
   * Values are serialised by Moshi (strings, numbers, booleans, lists, maps). A key that
   * collides with a modelled property is ignored. Empty by default; excluded from
   * {@code equals}, {@code hashCode} and {@code toString}.
   */
  @Value.Auxiliary
  Map<String, Object> extraProperties();

  /**
   * Builds {@link TimesheetEntryParams} values; obtain one from {@link TimesheetEntryParams#builder()}.
   *
   * <p>A builder is not thread-safe. Setters reject {@code null} except the single-value
   * setters of optional properties, where {@code null} means empty.
   */
  final class Builder extends ImmutableTimesheetEntryParams.Builder {
    Builder() {}
  }
}
