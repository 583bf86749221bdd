package io.humaans.client.model;

import io.humaans.client.internal.json.HumaansModel;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The body the API returns for a successful delete: the id and {@code deleted: true}.
 *
 * <p>Instances are immutable and thread-safe. JSON fields this SDK does not model are kept in
 * {@link #extraProperties()}.
 *
 * <p>Both {@code id} and {@code deleted} are required.
 */
@HumaansModel
@Value.Immutable
public interface DeleteResult {

  /**
   * Returns a new, empty builder.
   *
   * @return an empty builder; its {@code build()} throws {@link IllegalStateException} while a
   *     required property is unset
   */
  static Builder builder() {
    return new Builder();
  }

  /** {@return the id of the deleted record} */
  String id();

  /** {@return whether the record was deleted} */
  boolean deleted();

  /**
   * {@return JSON fields this SDK does not model, keyed by name, as read by Moshi's {@code
   * JsonReader.readJsonValue()} (maps, lists, strings, doubles, booleans); top-level {@code null}
   * values are dropped} Never null; empty by default. Excluded from {@code equals}, {@code
   * hashCode} and {@code toString}.
   */
  @Value.Auxiliary
  Map<String, Object> extraProperties();

  /**
   * Builds {@link DeleteResult} values; obtain one from {@link DeleteResult#builder()}.
   *
   * <p>A builder is not thread-safe. Setters reject {@code null} except the single-value setters of
   * optional properties, where {@code null} means empty.
   */
  final class Builder extends ImmutableDeleteResult.Builder {
    Builder() {}
  }
}
