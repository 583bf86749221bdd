package io.humaans.client.model;

import io.humaans.client.internal.json.HumaansModel;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One webhook delivery, read from {@code /webhook-events}. Shape unverified.
 *
 * <p>Instances are immutable and thread-safe. Only {@code id} is required; every other property is
 * optional because fields hidden by the token's scopes may be missing or {@code null}, and both
 * read as empty. JSON fields this SDK does not model are kept in {@link #extraProperties()}.
 */
@HumaansModel
@Value.Immutable
public interface WebhookEvent {

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

  /** {@return the id of the {@link Webhook}} */
  Optional<String> webhookId();

  /** {@return the event name, such as {@code person.created}} */
  Optional<String> event();

  /** {@return the payload as a JSON tree (usually a {@code Map})} */
  Optional<Object> data();

  /** {@return the delivery status as free text} */
  Optional<String> status();

  /** {@return the time of the delivery} */
  Optional<Instant> timestamp();

  /**
   * {@return the time the event record was created (seen in sources that reuse the official sample
   * ids; may be the only time sent when {@link #timestamp()} is absent)}
   */
  Optional<Instant> createdAt();

  /**
   * {@return JSON fields this SDK does not model, keyed by name, as read by Moshi's {@code
   * JsonReader.readJsonValue()} (maps, lists, strings, doubles, booleans); top-level {@code null}
   * values are dropped} Never null; empty by default. Excluded from {@code equals}, {@code
   * hashCode} and {@code toString}.
   */
  @Value.Auxiliary
  Map<String, Object> extraProperties();

  /**
   * Builds {@link WebhookEvent} values; obtain one from {@link WebhookEvent#builder()}.
   *
   * <p>A builder is not thread-safe. Setters reject {@code null} except the single-value setters of
   * optional properties, where {@code null} means empty.
   */
  final class Builder extends ImmutableWebhookEvent.Builder {
    Builder() {}
  }
}
