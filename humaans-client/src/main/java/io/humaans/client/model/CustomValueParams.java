package io.humaans.client.model;

import io.humaans.client.internal.json.HumaansModel;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of a custom value create ({@code POST /custom-values}) or update ({@code PATCH
 * /custom-values/{id}}).
 *
 * <p>Every property is optional and only the ones set on the builder are serialised, so an
 * update (PATCH) changes just those fields. Dates are written as {@code YYYY-MM-DD}, times of
 * day as {@code HH:MM:SS} and money as a decimal string. Instances are immutable and
 * thread-safe.
 */
@HumaansModel
@Value.Immutable
public interface CustomValueParams {

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

  /** Returns the id of the custom field. */
  Optional<String> customFieldId();

  /** Returns the id of the resource the value belongs to. */
  Optional<String> resourceId();

  /** Returns the value: a {@code String}, a {@code List} of strings, a number or a boolean. */
  Optional<Object> value();

  /**
   * Returns additional fields to send as they are, for API fields this SDK does not model yet.
   * Values are serialised by Moshi (strings, numbers, booleans, lists, maps). A key that
   * collides with a modelled property is ignored. Empty by default; excluded from
   * {@code equals}, {@code hashCode} and {@code toString}.
   */
  @Value.Auxiliary
  Map<String, Object> extraProperties();

  /**
   * Builds {@link CustomValueParams} values; obtain one from {@link CustomValueParams#builder()}.
   *
   * <p>A builder is not thread-safe. Setters reject {@code null} except the single-value
   * setters of optional properties, where {@code null} means empty.
   */
  final class Builder extends ImmutableCustomValueParams.Builder {
    Builder() {}
  }
}
