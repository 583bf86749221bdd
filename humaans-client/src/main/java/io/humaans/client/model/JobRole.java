package io.humaans.client.model;

import io.humaans.client.internal.json.HumaansModel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One effective-dated job role of a person, read from {@code /job-roles}.
 *
 * <p>A person has a history of rows; the current one has the latest {@code effectiveDate} not after
 * today. The manager is {@link #reportingTo()}.
 *
 * <p>Instances are immutable and thread-safe. Only {@code id} is required; every other property is
 * optional because fields hidden by the token's scopes may be missing or {@code null}, and both
 * read as empty. JSON fields this SDK does not model are kept in {@link #extraProperties()}.
 */
@HumaansModel
@Value.Immutable
public interface JobRole {

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

  /** {@return the id of the person holding the role} */
  Optional<String> personId();

  /** {@return the job title} */
  Optional<String> jobTitle();

  /** {@return the department name} */
  Optional<String> department();

  /** {@return the person id of the manager; empty at the top of the organisation} */
  Optional<String> reportingTo();

  /** {@return the date the role takes effect} */
  Optional<LocalDate> effectiveDate();

  /** {@return the date the role ends; empty for the current role (unverified field)} */
  Optional<LocalDate> endDate();

  /** {@return a free-text note (unverified field)} */
  Optional<String> note();

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
   * Builds {@link JobRole} values; obtain one from {@link JobRole#builder()}.
   *
   * <p>A builder is not thread-safe. Setters reject {@code null} except the single-value setters of
   * optional properties, where {@code null} means empty.
   */
  final class Builder extends ImmutableJobRole.Builder {
    Builder() {}
  }
}
