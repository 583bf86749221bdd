package io.humaans.client.model;

import io.humaans.client.internal.json.HumaansModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the API knows about the calling token, read from {@code /token-info}. The endpoint is in the
 * official endpoint list, but its body is not documented: read leniently, any field but {@code id}
 * may be missing.
 *
 * <p>Instances are immutable and thread-safe. JSON fields this SDK does not model are kept in
 * {@link #extraProperties()}.
 *
 * <p>Only {@code id} is required.
 */
@HumaansModel
@Value.Immutable
public interface TokenInfo {

  /**
   * Returns a new, empty builder.
   *
   * @return an empty builder; its {@code build()} throws {@link IllegalStateException} while a
   *     required property is unset
   */
  static Builder builder() {
    return new Builder();
  }

  /** {@return the token's id} */
  String id();

  /** {@return the id of the person who created the token} */
  Optional<String> personId();

  /** {@return the token's label} */
  Optional<String> label();

  /** {@return the granted scopes, such as {@code private:read}; empty when not sent} */
  List<String> scopes();

  /**
   * {@return JSON fields this SDK does not model, keyed by name, as read by Moshi's {@code
   * JsonReader.readJsonValue()} (maps, lists, strings, doubles, booleans); top-level {@code null}
   * values are dropped} Never null; empty by default. Excluded from {@code equals}, {@code
   * hashCode} and {@code toString}.
   */
  @Value.Auxiliary
  Map<String, Object> extraProperties();

  /**
   * Builds {@link TokenInfo} values; obtain one from {@link TokenInfo#builder()}.
   *
   * <p>A builder is not thread-safe. Setters reject {@code null} except the single-value setters of
   * optional properties, where {@code null} means empty.
   */
  final class Builder extends ImmutableTokenInfo.Builder {
    Builder() {}
  }
}
