package io.humaans.client.model;

import io.humaans.client.internal.json.ClearedFields;
import io.humaans.client.internal.json.HumaansModel;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The body of an equipment create ({@code POST /equipment}) or update ({@code PATCH
 * /equipment/{id}}). Shape unverified.
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
public interface EquipmentParams {

  /**
   * Returns a new, empty builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** {@return the id of the person holding it} */
  Optional<String> personId();

  /** {@return the id of the equipment type} */
  Optional<String> equipmentTypeId();

  /** {@return the id of the equipment name} */
  Optional<String> equipmentNameId();

  /** {@return the serial number} */
  Optional<String> serialNumber();

  /** {@return the date it was handed over} */
  Optional<LocalDate> assignedDate();

  /** {@return the date it was returned} */
  Optional<LocalDate> returnedDate();

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
   * Builds {@link EquipmentParams} values; obtain one from {@link EquipmentParams#builder()}.
   *
   * <p>A builder is not thread-safe. Setters reject {@code null} except the single-value setters of
   * optional properties, where {@code null} means empty.
   */
  final class Builder extends ImmutableEquipmentParams.Builder {
    Builder() {}

    /**
     * Adds properties to send as an explicit {@code null}; the same as {@code
     * addClearedFields(jsonNames)}.
     *
     * @param jsonNames JSON names of properties of {@link EquipmentParams}; not {@code null}
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
    public EquipmentParams build() {
      return ClearedFields.check(EquipmentParams.class, super.build());
    }
  }
}
