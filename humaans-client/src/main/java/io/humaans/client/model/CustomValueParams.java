package io.humaans.client.model;

import io.humaans.client.internal.json.ClearedFields;
import io.humaans.client.internal.json.HumaansModel;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The body of a custom value create ({@code POST /custom-values}) or update ({@code PATCH
 * /custom-values/{id}}).
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
public interface CustomValueParams {

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

  /** {@return the id of the custom field} */
  Optional<String> customFieldId();

  /** {@return the id of the resource the value belongs to} */
  Optional<String> resourceId();

  /** {@return the value: a {@code String}, a {@code List} of strings, a number or a boolean} */
  Optional<Object> value();

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
   * Builds {@link CustomValueParams} values; obtain one from {@link CustomValueParams#builder()}.
   *
   * <p>A builder is not thread-safe. Setters reject {@code null} except the single-value setters of
   * optional properties, where {@code null} means empty.
   */
  final class Builder extends ImmutableCustomValueParams.Builder {
    Builder() {}

    /**
     * Adds properties to send as an explicit {@code null}; the same as {@code
     * addClearedFields(jsonNames)}.
     *
     * @param jsonNames JSON names of properties of {@link CustomValueParams}; not {@code null}
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
    public CustomValueParams build() {
      return ClearedFields.check(CustomValueParams.class, super.build());
    }
  }
}
