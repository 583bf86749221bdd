package io.humaans.client.model;

import io.humaans.client.internal.json.ClearedFields;
import io.humaans.client.internal.json.HumaansModel;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The body of a time-away create ({@code POST /time-away}) or update ({@code PATCH
 * /time-away/{id}}).
 *
 * <p>Every property is optional and only the ones set on the builder are serialised, so an update
 * (PATCH) changes just those fields. Dates are written as {@code YYYY-MM-DD}, times of day as
 * {@code HH:MM:SS} and money as a decimal string. Instances are immutable and thread-safe.
 *
 * <p>To clear a field with an update, name it in {@link Builder#clear(String...)}: it is sent as an
 * explicit {@code null}.
 */
@HumaansModel
@Value.Immutable
public interface TimeAwayParams {

  /**
   * Returns a new, empty builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** {@return the id of the person} */
  Optional<String> personId();

  /** {@return the id of the time-away type} */
  Optional<String> timeAwayTypeId();

  /** {@return the first day} */
  Optional<LocalDate> startDate();

  /** {@return the part of the first day taken} */
  Optional<DayPeriod> startPeriod();

  /** {@return the last day} */
  Optional<LocalDate> endDate();

  /** {@return the part of the last day taken} */
  Optional<DayPeriod> endPeriod();

  /** {@return the location worked from, when not time off} */
  Optional<String> workingFromLocationId();

  /** {@return the leave reason note} */
  Optional<String> note();

  /** {@return the approval status, for reviewers} */
  Optional<TimeAwayRequestStatus> requestStatus();

  /** {@return the reviewer's note} */
  Optional<String> reviewNote();

  /**
   * {@return additional fields to send as they are, for API fields this SDK does not model yet}
   * Values are serialised by Moshi (strings, numbers, booleans, lists, maps). A key that collides
   * with a modelled property is ignored. Empty by default; excluded from {@code equals}, {@code
   * hashCode} and {@code toString}.
   */
  @Value.Auxiliary
  Map<String, Object> extraProperties();

  /**
   * {@return the JSON names of properties sent as an explicit {@code null}, so an update (PATCH)
   * can clear them} Each name is one of this type's properties and is not also set; the set itself
   * is never sent as a field. Empty by default; part of {@code equals}, {@code hashCode} and {@code
   * toString}.
   */
  Set<String> clearedFields();

  /**
   * Builds {@link TimeAwayParams} values; obtain one from {@link TimeAwayParams#builder()}.
   *
   * <p>A builder is not thread-safe. Setters reject {@code null} except the single-value setters of
   * optional properties, where {@code null} means empty.
   */
  final class Builder extends ImmutableTimeAwayParams.Builder {
    Builder() {}

    /**
     * Adds properties to send as an explicit {@code null}; the same as {@code
     * addClearedFields(jsonNames)}.
     *
     * @param jsonNames JSON names of properties of {@link TimeAwayParams}; not {@code null}
     * @return this builder
     * @throws NullPointerException if {@code jsonNames} or one of them is {@code null}
     */
    public Builder clear(String... jsonNames) {
      return addClearedFields(jsonNames);
    }

    /**
     * Builds the value.
     *
     * @return a new immutable value
     * @throws IllegalArgumentException if a cleared name is not a property of this type; the
     *     message lists the valid names
     * @throws IllegalStateException if a cleared property is also set
     */
    @Override
    public TimeAwayParams build() {
      return ClearedFields.check(TimeAwayParams.class, super.build());
    }
  }
}
