package io.humaans.client.model;

import io.humaans.client.internal.json.HumaansModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A compensation row (salary, bonus, ...) of a person, read from {@code /compensations}; needs
 * {@code compensations:read}.
 *
 * <p>Instances are immutable and thread-safe. Only {@code id} is required; every other property is
 * optional because fields hidden by the token's scopes may be missing or {@code null}, and both
 * read as empty. JSON fields this SDK does not model are kept in {@link #extraProperties()}.
 */
@HumaansModel
@Value.Immutable
public interface Compensation {

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

  /** {@return the id of the {@link CompensationType}} */
  Optional<String> compensationTypeId();

  /** {@return the amount, exact; the API sends it as a decimal string} */
  Optional<BigDecimal> amount();

  /** {@return the ISO 4217 currency code} */
  Optional<String> currency();

  /** {@return the period the amount covers, such as {@code annual}} */
  Optional<CompensationPeriod> period();

  /** {@return a free-text note} */
  Optional<String> note();

  /** {@return the date the amount takes effect} */
  Optional<LocalDate> effectiveDate();

  /** {@return the date the amount stops applying; empty while current} */
  Optional<LocalDate> endDate();

  /** {@return why the amount stopped applying} */
  Optional<String> endReason();

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
   * Builds {@link Compensation} values; obtain one from {@link Compensation#builder()}.
   *
   * <p>A builder is not thread-safe. Setters reject {@code null} except the single-value setters of
   * optional properties, where {@code null} means empty.
   */
  final class Builder extends ImmutableCompensation.Builder {
    Builder() {}
  }
}
