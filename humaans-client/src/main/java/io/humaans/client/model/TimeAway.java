package io.humaans.client.model;

import io.humaans.client.internal.json.HumaansModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A time-away booking (leave, sickness, working elsewhere), read from {@code /time-away}.
 *
 * <p>Instances are immutable and thread-safe. Only {@code id} is required; every other property is
 * optional because fields hidden by the token's scopes may be missing or {@code null}, and both
 * read as empty. JSON fields this SDK does not model are kept in {@link #extraProperties()}.
 */
@HumaansModel
@Value.Immutable
public interface TimeAway {

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

  /** {@return the id of the person away} */
  Optional<String> personId();

  /** {@return the id of the {@link TimeAwayType}} */
  Optional<String> timeAwayTypeId();

  /** {@return the display name of the time-away type} */
  Optional<String> name();

  /** {@return the first day} */
  Optional<LocalDate> startDate();

  /** {@return which part of the first day is taken} */
  Optional<DayPeriod> startPeriod();

  /** {@return the last day} */
  Optional<LocalDate> endDate();

  /** {@return which part of the last day is taken} */
  Optional<DayPeriod> endPeriod();

  /** {@return whether this is time off, as opposed to working from elsewhere} */
  Optional<Boolean> isTimeOff();

  /** {@return the location worked from, when not time off} */
  Optional<String> workingFromLocationId();

  /** {@return the leave reason note (private)} */
  Optional<String> note();

  /** {@return the number of working days taken, possibly fractional} */
  Optional<BigDecimal> days();

  /** {@return the per-day breakdown; empty when not sent} */
  List<TimeAwayBreakdownDay> breakdown();

  /** {@return the approval status} */
  Optional<TimeAwayRequestStatus> requestStatus();

  /** {@return the person id of the reviewer} */
  Optional<String> reviewedBy();

  /** {@return the time of the review} */
  Optional<Instant> reviewedAt();

  /** {@return the reviewer's note} */
  Optional<String> reviewNote();

  /** {@return the public holiday calendar used to count days} */
  Optional<String> publicHolidayCalendarId();

  /**
   * {@return the weekdays the person works, used to count the days taken, in the shape of {@link
   * Person#workingDays()} ({@code [{"day": "monday"}, ...]}); empty when not sent} Seen in sources
   * that reuse the official sample ids; unverified.
   */
  List<WorkingDay> workingDays();

  /** {@return the category as free text, such as {@code pto}} */
  Optional<String> type();

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
   * Builds {@link TimeAway} values; obtain one from {@link TimeAway#builder()}.
   *
   * <p>A builder is not thread-safe. Setters reject {@code null} except the single-value setters of
   * optional properties, where {@code null} means empty.
   */
  final class Builder extends ImmutableTimeAway.Builder {
    Builder() {}
  }
}
