package io.humaans.client.model;

import io.humaans.client.internal.json.HumaansModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person's allowance period with its usage, read from {@code /time-away-periods}. Numbers may
 * arrive as strings or numbers.
 *
 * <p>Instances are immutable and thread-safe. Only {@code id} is required; every other property is
 * optional because fields hidden by the token's scopes may be missing or {@code null}, and both
 * read as empty. JSON fields this SDK does not model are kept in {@link #extraProperties()}.
 */
@HumaansModel
@Value.Immutable
public interface TimeAwayPeriod {

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

  /** {@return the first day of the period} */
  Optional<LocalDate> startDate();

  /** {@return the last day of the period} */
  Optional<LocalDate> endDate();

  /** {@return whether the period contains today} */
  Optional<Boolean> isCurrentPeriod();

  /** {@return the allowance in days} */
  Optional<BigDecimal> allowance();

  /** {@return the days of paid time off already taken} */
  Optional<BigDecimal> ptoUsed();

  /** {@return the days of paid time off booked but not yet taken} */
  Optional<BigDecimal> ptoUpcoming();

  /** {@return the days carried over from the previous period} */
  Optional<BigDecimal> ptoCarriedOver();

  /** {@return the embedded allocation and its policy, when the API includes it} */
  Optional<TimeAwayAllocation> timeAwayAllocation();

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
   * Builds {@link TimeAwayPeriod} values; obtain one from {@link TimeAwayPeriod#builder()}.
   *
   * <p>A builder is not thread-safe. Setters reject {@code null} except the single-value setters of
   * optional properties, where {@code null} means empty.
   */
  final class Builder extends ImmutableTimeAwayPeriod.Builder {
    Builder() {}
  }
}
