package io.humaans.checks;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The verdict of one check on one subject.
 *
 * <p>The evidence holds the few field values the verdict used, in a stable order (absent values
 * are left out). This value type is written by hand rather than generated, to keep millions of
 * results compact: its evidence map is one small array. Instances are immutable and
 * thread-safe; {@code equals} compares every attribute.
 */
public final class CheckResult {
  private final String checkId;
  private final String subjectType;
  private final String subjectId;
  private final Status status;
  private final String reasonCode;
  private final String detail;
  // Alternating keys and values; wrapped on access so each result holds one array only.
  private final String[] evidence;

  private CheckResult(
      String checkId,
      String subjectType,
      String subjectId,
      Status status,
      String reasonCode,
      String detail,
      EvidenceMap evidence) {
    this.checkId = checkId;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.status = status;
    this.reasonCode = reasonCode;
    this.detail = detail;
    this.evidence = evidence.pairs();
  }

  /**
   * Returns a result; {@code evidence} alternates keys and values, and pairs whose key or value
   * is null are left out (a repeated key keeps its first position and its last value).
   *
   * @throws NullPointerException if a required argument is null
   */
  public static CheckResult of(
      String checkId,
      String subjectType,
      String subjectId,
      Status status,
      String reasonCode,
      String detail,
      @Nullable String... evidence) {
    return new CheckResult(
        Objects.requireNonNull(checkId, "checkId == null"),
        Objects.requireNonNull(subjectType, "subjectType == null"),
        Objects.requireNonNull(subjectId, "subjectId == null"),
        Objects.requireNonNull(status, "status == null"),
        Objects.requireNonNull(reasonCode, "reasonCode == null"),
        Objects.requireNonNull(detail, "detail == null"),
        EvidenceMap.ofPairs(evidence));
  }

  /** Returns a new builder; every attribute except the evidence is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The id of the check that produced the result. */
  public String checkId() {
    return checkId;
  }

  /** The subject type, one of {@link SubjectTypes}. */
  public String subjectType() {
    return subjectType;
  }

  /** The subject id, unique within the check (see the duplicate rules in the module docs). */
  public String subjectId() {
    return subjectId;
  }

  /** The verdict. */
  public Status status() {
    return status;
  }

  /** The reason code, one of {@link ReasonCodes}; kept when a waiver applies. */
  public String reasonCode() {
    return reasonCode;
  }

  /** A one-line human explanation. */
  public String detail() {
    return detail;
  }

  /** The field values the verdict used, in insertion order; unmodifiable. */
  public Map<String, String> evidence() {
    return EvidenceMap.view(evidence);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CheckResult)) {
      return false;
    }
    CheckResult r = (CheckResult) o;
    return checkId.equals(r.checkId)
        && subjectType.equals(r.subjectType)
        && subjectId.equals(r.subjectId)
        && status == r.status
        && reasonCode.equals(r.reasonCode)
        && detail.equals(r.detail)
        && java.util.Arrays.equals(evidence, r.evidence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(checkId, subjectType, subjectId, status, reasonCode, detail)
        * 31 + java.util.Arrays.hashCode(evidence);
  }

  @Override
  public String toString() {
    return "CheckResult{checkId=" + checkId + ", subjectType=" + subjectType + ", subjectId="
        + subjectId + ", status=" + status + ", reasonCode=" + reasonCode + ", detail=" + detail
        + ", evidence=" + evidence() + "}";
  }

  /** Builds {@link CheckResult} values; not thread-safe. */
  public static final class Builder {
    private @Nullable String checkId;
    private @Nullable String subjectType;
    private @Nullable String subjectId;
    private @Nullable Status status;
    private @Nullable String reasonCode;
    private @Nullable String detail;
    private EvidenceMap.Builder evidence = new EvidenceMap.Builder(2);

    private Builder() {}

    /** Copies every attribute of {@code result}. */
    public Builder from(CheckResult result) {
      checkId = result.checkId;
      subjectType = result.subjectType;
      subjectId = result.subjectId;
      status = result.status;
      reasonCode = result.reasonCode;
      detail = result.detail;
      evidence = new EvidenceMap.Builder(EvidenceMap.view(result.evidence));
      return this;
    }

    /** Sets the check id. */
    public Builder checkId(String checkId) {
      this.checkId = Objects.requireNonNull(checkId, "checkId == null");
      return this;
    }

    /** Sets the subject type. */
    public Builder subjectType(String subjectType) {
      this.subjectType = Objects.requireNonNull(subjectType, "subjectType == null");
      return this;
    }

    /** Sets the subject id. */
    public Builder subjectId(String subjectId) {
      this.subjectId = Objects.requireNonNull(subjectId, "subjectId == null");
      return this;
    }

    /** Sets the status. */
    public Builder status(Status status) {
      this.status = Objects.requireNonNull(status, "status == null");
      return this;
    }

    /** Sets the reason code. */
    public Builder reasonCode(String reasonCode) {
      this.reasonCode = Objects.requireNonNull(reasonCode, "reasonCode == null");
      return this;
    }

    /** Sets the detail. */
    public Builder detail(String detail) {
      this.detail = Objects.requireNonNull(detail, "detail == null");
      return this;
    }

    /** Adds (or replaces in place) one evidence entry. */
    public Builder putEvidence(String key, String value) {
      evidence.put(
          Objects.requireNonNull(key, "key == null"), Objects.requireNonNull(value, "value == null"));
      return this;
    }

    /**
     * Builds the result.
     *
     * @throws IllegalStateException if a required attribute is missing
     */
    public CheckResult build() {
      return new CheckResult(
          required(checkId, "checkId"),
          required(subjectType, "subjectType"),
          required(subjectId, "subjectId"),
          required(status, "status"),
          required(reasonCode, "reasonCode"),
          required(detail, "detail"),
          evidence.build());
    }

    private static <T> T required(@Nullable T value, String name) {
      if (value == null) {
        throw new IllegalStateException("CheckResult is missing " + name);
      }
      return value;
    }
  }
}
