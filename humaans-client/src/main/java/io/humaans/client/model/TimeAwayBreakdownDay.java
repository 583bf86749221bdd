package io.humaans.client.model;

import io.humaans.client.internal.json.HumaansModel;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One day of a {@link TimeAway#breakdown()}.
 *
 * <p>Instances are immutable and thread-safe. JSON fields this SDK does not model are kept in
 * {@link #extraProperties()}.
 */
@HumaansModel
@Value.Immutable
public interface TimeAwayBreakdownDay {

  /**
   * Returns a new, empty builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** {@return the day} */
  Optional<LocalDate> date();

  /** {@return the part of the day taken} */
  Optional<DayPeriod> period();

  /** {@return whether the day falls on a weekend} */
  Optional<Boolean> weekend();

  /** {@return whether the day is a public holiday} */
  Optional<Boolean> holiday();

  /** {@return the kind of day as free text} */
  Optional<String> kind();

  /**
   * {@return JSON fields this SDK does not model, keyed by name, as read by Moshi's {@code
   * JsonReader.readJsonValue()} (maps, lists, strings, doubles, booleans); top-level {@code null}
   * values are dropped} Never null; empty by default. Excluded from {@code equals}, {@code
   * hashCode} and {@code toString}.
   */
  @Value.Auxiliary
  Map<String, Object> extraProperties();

  /**
   * Builds {@link TimeAwayBreakdownDay} values; obtain one from {@link
   * TimeAwayBreakdownDay#builder()}.
   *
   * <p>A builder is not thread-safe. Setters reject {@code null} except the single-value setters of
   * optional properties, where {@code null} means empty.
   */
  final class Builder extends ImmutableTimeAwayBreakdownDay.Builder {
    Builder() {}
  }
}
