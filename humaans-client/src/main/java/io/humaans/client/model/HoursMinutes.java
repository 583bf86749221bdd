package io.humaans.client.model;

import io.humaans.client.internal.json.HumaansModel;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A duration in whole hours and minutes, such as a timesheet entry's length.
 *
 * <p>Instances are immutable and thread-safe. JSON fields this SDK does not model are kept in
 * {@link #extraProperties()}.
 */
@HumaansModel
@Value.Immutable
public interface HoursMinutes {

  /**
   * Returns a new, empty builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** {@return the whole hours; 0 when missing} */
  @Value.Default
  default int hours() {
    return 0;
  }

  /** {@return the minutes past the whole hours; 0 when missing} */
  @Value.Default
  default int minutes() {
    return 0;
  }

  /**
   * {@return JSON fields this SDK does not model, keyed by name, as read by Moshi's {@code
   * JsonReader.readJsonValue()} (maps, lists, strings, doubles, booleans); top-level {@code null}
   * values are dropped} Never null; empty by default. Excluded from {@code equals}, {@code
   * hashCode} and {@code toString}.
   */
  @Value.Auxiliary
  Map<String, Object> extraProperties();

  /**
   * Builds {@link HoursMinutes} values; obtain one from {@link HoursMinutes#builder()}.
   *
   * <p>A builder is not thread-safe. Setters reject {@code null} except the single-value setters of
   * optional properties, where {@code null} means empty.
   */
  final class Builder extends ImmutableHoursMinutes.Builder {
    Builder() {}
  }
}
