package io.humaans.client.model;

import io.humaans.client.internal.json.HumaansModel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The assignment of a {@link WorkingPattern} to a person from a date, read from {@code
 * /working-pattern-allocations}. The endpoint is listed by third-party clients only; every field
 * except {@code id} is unverified.
 *
 * <p>Instances are immutable and thread-safe. Only {@code id} is required; every other property is
 * optional because fields hidden by the token's scopes may be missing or {@code null}, and both
 * read as empty. JSON fields this SDK does not model are kept in {@link #extraProperties()}.
 */
@HumaansModel
@Value.Immutable
public interface WorkingPatternAllocation {

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

  /** {@return the id of the {@link WorkingPattern}} */
  Optional<String> workingPatternId();

  /** {@return the first day the pattern applies, when sent as {@code effectiveDate}} */
  Optional<LocalDate> effectiveDate();

  /**
   * {@return the first day the pattern applies, when sent as {@code startDate} (the name seen in
   * other sources)} Prefer {@link #firstDay()}, which reads either.
   */
  Optional<LocalDate> startDate();

  /**
   * Returns the first day the pattern applies: {@link #effectiveDate()}, else {@link #startDate()}.
   *
   * @return the first day, or empty when neither field was sent
   */
  default Optional<LocalDate> firstDay() {
    return effectiveDate().or(this::startDate);
  }

  /** {@return the last day the pattern applies; empty while open-ended} */
  Optional<LocalDate> endDate();

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
   * Builds {@link WorkingPatternAllocation} values; obtain one from {@link
   * WorkingPatternAllocation#builder()}.
   *
   * <p>A builder is not thread-safe. Setters reject {@code null} except the single-value setters of
   * optional properties, where {@code null} means empty.
   */
  final class Builder extends ImmutableWorkingPatternAllocation.Builder {
    Builder() {}
  }
}
