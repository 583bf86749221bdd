package io.humaans.client.model;

import com.squareup.moshi.Json;
import io.humaans.client.internal.json.HumaansModel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The company the token belongs to, read from {@code /companies}.
 *
 * <p>Instances are immutable and thread-safe. Only {@code id} is required; every other property is
 * optional because fields hidden by the token's scopes may be missing or {@code null}, and both
 * read as empty. JSON fields this SDK does not model are kept in {@link #extraProperties()}.
 */
@HumaansModel
@Value.Immutable
public interface Company {

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

  /** {@return the company name} */
  Optional<String> name();

  /** {@return the email domains of the company; empty when none} */
  List<String> domains();

  /** {@return the end of the trial period} */
  Optional<LocalDate> trialEndDate();

  /** {@return the account status as free text, such as {@code active}} */
  Optional<String> status();

  /** {@return the payment status as free text, such as {@code ok}} */
  Optional<String> paymentStatus();

  /** {@return the subscription package, JSON field {@code package}, such as {@code growth}} */
  @Json(name = "package")
  Optional<String> packageName();

  /** {@return whether timesheets are enabled} */
  Optional<Boolean> isTimesheetEnabled();

  /** {@return whether employee ids are generated automatically (unverified field)} */
  Optional<Boolean> autogenerateEmployeeId();

  /** {@return the next generated employee id, numbers read as text (unverified field)} */
  Optional<String> nextEmployeeId();

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
   * Builds {@link Company} values; obtain one from {@link Company#builder()}.
   *
   * <p>A builder is not thread-safe. Setters reject {@code null} except the single-value setters of
   * optional properties, where {@code null} means empty.
   */
  final class Builder extends ImmutableCompany.Builder {
    Builder() {}
  }
}
