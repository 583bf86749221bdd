package io.humaans.client.model;

import io.humaans.client.internal.json.HumaansModel;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A record of any resource whose shape this SDK does not model, as returned by {@code
 * HumaansClient.resource(String)} (for example {@code /roles} or {@code /tasks}).
 *
 * <p>Instances are immutable and thread-safe. Only {@code id} is typed and required; every other
 * JSON field, including {@code createdAt} and {@code updatedAt}, lands in {@link
 * #extraProperties()} as Moshi read it (strings stay strings, numbers are doubles). Because {@code
 * extraProperties()} is excluded from {@code equals}, two records are equal when their ids are.
 */
@HumaansModel
@Value.Immutable
public interface ApiRecord {

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

  /**
   * {@return JSON fields this SDK does not model, keyed by name, as read by Moshi's {@code
   * JsonReader.readJsonValue()} (maps, lists, strings, doubles, booleans); top-level {@code null}
   * values are dropped} Never null; empty by default. Excluded from {@code equals}, {@code
   * hashCode} and {@code toString}.
   */
  @Value.Auxiliary
  Map<String, Object> extraProperties();

  /**
   * Builds {@link ApiRecord} values; obtain one from {@link ApiRecord#builder()}.
   *
   * <p>A builder is not thread-safe. Setters reject {@code null} except the single-value setters of
   * optional properties, where {@code null} means empty.
   */
  final class Builder extends ImmutableApiRecord.Builder {
    Builder() {}
  }
}
