package io.humaans.client.model;

import io.humaans.client.internal.json.HumaansModel;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The value of a custom field for a person, read from {@code /custom-values}.
 *
 * <p>Instances are immutable and thread-safe. Only {@code id} is required; every other property is
 * optional because fields hidden by the token's scopes may be missing or {@code null}, and both
 * read as empty. JSON fields this SDK does not model are kept in {@link #extraProperties()}.
 */
@HumaansModel
@Value.Immutable
public interface CustomValue {

  /**
   * Returns a new, empty builder.
   *
   * @return an empty builder; its {@code build()} throws {@link IllegalStateException} while a
   *     required property is unset
   */
  static Builder builder() {
    return new Builder();
  }

  /** {@return the opaque identifier of this record} */
  String id();

  /** {@return the id of the person} */
  Optional<String> personId();

  /** {@return the id of the {@link CustomField}} */
  Optional<String> customFieldId();

  /** {@return the id of the resource the value belongs to} */
  Optional<String> resourceId();

  /**
   * {@return the value as a JSON tree: a {@code String}, a {@code List} of values, a {@code
   * Double}, a {@code Boolean} or a {@code Map}}
   */
  Optional<Object> value();

  /** {@return the time the record was created} */
  Optional<Instant> createdAt();

  /** {@return the time the record was last updated} */
  Optional<Instant> updatedAt();

  /**
   * {@return JSON fields this SDK does not model, keyed by name, as read by Moshi's {@code
   * JsonReader.readJsonValue()} (maps, lists, strings, doubles, booleans); top-level {@code null}
   * values are dropped} Never null; empty by default. Excluded from {@code equals}, {@code
   * hashCode} and {@code toString}.
   */
  @Value.Auxiliary
  Map<String, Object> extraProperties();

  /**
   * Builds {@link CustomValue} values; obtain one from {@link CustomValue#builder()}.
   *
   * <p>A builder is not thread-safe. Setters reject {@code null} except the single-value setters of
   * optional properties, where {@code null} means empty.
   */
  final class Builder extends ImmutableCustomValue.Builder {
    Builder() {}
  }
}
