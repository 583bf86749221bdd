package io.humaans.client.model;

import io.humaans.client.internal.json.HumaansModel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A personal document, read from {@code /documents}; needs {@code documents:read}. Shape
 * unverified.
 *
 * <p>Instances are immutable and thread-safe. Only {@code id} is required; every other property is
 * optional because fields hidden by the token's scopes may be missing or {@code null}, and both
 * read as empty. JSON fields this SDK does not model are kept in {@link #extraProperties()}.
 */
@HumaansModel
@Value.Immutable
public interface Document {

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

  /** {@return the id of the company} */
  Optional<String> companyId();

  /** {@return the id of the person the document belongs to} */
  Optional<String> personId();

  /** {@return the document name} */
  Optional<String> name();

  /** {@return the id of the {@link DocumentType}} */
  Optional<String> documentTypeId();

  /** {@return the id of the {@link DocumentFolder}} */
  Optional<String> folderId();

  /** {@return an external link} */
  Optional<String> link();

  /** {@return the id of the uploaded file} */
  Optional<String> fileId();

  /** {@return the system the document came from} */
  Optional<String> source();

  /** {@return the document's id in the source system} */
  Optional<String> sourceId();

  /** {@return the date the document was issued} */
  Optional<LocalDate> issueDate();

  /** {@return the person id of the uploader} */
  Optional<String> createdBy();

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
   * Builds {@link Document} values; obtain one from {@link Document#builder()}.
   *
   * <p>A builder is not thread-safe. Setters reject {@code null} except the single-value setters of
   * optional properties, where {@code null} means empty.
   */
  final class Builder extends ImmutableDocument.Builder {
    Builder() {}
  }
}
