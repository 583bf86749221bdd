package io.humaans.examples.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One compensation row of the demo company ({@code /compensations}); readable only with the {@code
 * compensations:read} scope. Instances are immutable and thread-safe.
 *
 * @param id the 24-character compensation id
 * @param personId the id of the person paid
 * @param compensationTypeId the compensation type id
 * @param amount the amount as a decimal string, e.g. {@code "70000"}
 * @param currency the ISO-4217 currency code
 * @param period the pay period, e.g. {@code annual}
 * @param note a free-text note, or null
 * @param effectiveDate the first day the amount applies
 * @param endDate the last day, or null when current
 * @param endReason why the row ended, or null
 * @param createdAt when the row was created
 * @param updatedAt when the row was last updated
 */
public record DemoCompensation(
    String id,
    String personId,
    String compensationTypeId,
    String amount,
    String currency,
    String period,
    @Nullable String note,
    LocalDate effectiveDate,
    @Nullable LocalDate endDate,
    @Nullable String endReason,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * Creates a compensation row.
   *
   * @param id the row id
   * @param personId the id of the person paid
   * @param compensationTypeId the id of the compensation type
   * @param amount the amount as a decimal string
   * @param currency the ISO 4217 currency code
   * @param period the pay period, for example {@code annual}
   * @param note a note, or null
   * @param effectiveDate the first day the row applies
   * @param endDate the last day the row applies, or null while it does
   * @param endReason why the row ended, or null
   * @param createdAt when the row was created
   * @param updatedAt when the row was last updated
   * @throws NullPointerException if a non-nullable component is null
   */
  public DemoCompensation {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(personId, "personId == null");
    Objects.requireNonNull(compensationTypeId, "compensationTypeId == null");
    Objects.requireNonNull(amount, "amount == null");
    Objects.requireNonNull(currency, "currency == null");
    Objects.requireNonNull(period, "period == null");
    Objects.requireNonNull(effectiveDate, "effectiveDate == null");
    Objects.requireNonNull(createdAt, "createdAt == null");
    Objects.requireNonNull(updatedAt, "updatedAt == null");
  }
}
