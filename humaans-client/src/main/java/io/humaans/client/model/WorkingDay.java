package io.humaans.client.model;

import io.humaans.client.internal.json.HumaansModel;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One weekday a person works, as embedded in {@link Person#workingDays()}.
 *
 * <p>Instances are immutable and thread-safe. JSON fields this SDK does not model are kept in
 * {@link #extraProperties()}.
 */
@HumaansModel
@Value.Immutable
public interface WorkingDay {

  /**
   * Returns a new, empty builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** {@return the lower-case weekday name, such as {@code monday}} */
  Optional<String> day();

  /**
   * {@return JSON fields this SDK does not model, keyed by name, as read by Moshi's {@code
   * JsonReader.readJsonValue()} (maps, lists, strings, doubles, booleans); top-level {@code null}
   * values are dropped} Never null; empty by default. Excluded from {@code equals}, {@code
   * hashCode} and {@code toString}.
   */
  @Value.Auxiliary
  Map<String, Object> extraProperties();

  /**
   * Builds {@link WorkingDay} values; obtain one from {@link WorkingDay#builder()}.
   *
   * <p>A builder is not thread-safe. Setters reject {@code null} except the single-value setters of
   * optional properties, where {@code null} means empty.
   */
  final class Builder extends ImmutableWorkingDay.Builder {
    Builder() {}
  }
}
