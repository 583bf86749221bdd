package io.humaans.checks;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The verdict of one check on one subject.
 *
 * <p>The evidence holds the few field values the verdict used, in a stable order (absent values are
 * left out). This value type is written by hand rather than generated, to keep millions of results
 * compact: a result made by a {@link Verdict} shares the verdict's check, status, reason, detail
 * and evidence keys and holds only its subject id and evidence values, which are rendered to
 * strings when read. Instances are immutable and thread-safe; {@code equals} compares every
 * attribute.
 */
public final class CheckResult {
  // Check id, subject type, status, reason code, detail and evidence keys, shared by the
  // results of one verdict.
  private final Verdict verdict;
  private final String subjectId;
  // The evidence values, in the layout StoredEvidence reads.
  private final @Nullable Object values;
  // The label: a String, the run's SubjectLabels (looked up when read), or null (the subject id).
  private final @Nullable Object label;

  CheckResult(Verdict verdict, String subjectId, @Nullable Object values, @Nullable Object label) {
    this.verdict = verdict;
    this.subjectId = subjectId;
    this.values = values;
    this.label = label;
  }

  /**
   * Returns a result; {@code evidence} alternates keys and values, and pairs whose key or value is
   * null are left out (a repeated key keeps its first position and its last value).
   *
   * @param checkId the id of the check
   * @param subjectType what the subject is, for example {@code person}
   * @param subjectId the subject's id, unique within the check
   * @param status the status
   * @param reasonCode the reason code
   * @param detail the human-readable detail
   * @param evidence keys and values, alternating
   * @return the result
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
        Verdict.single(checkId, subjectType, status, reasonCode, detail),
        Objects.requireNonNull(subjectId, "subjectId == null"),
        EvidenceMap.ofPairs(evidence).pairs(),
        null);
  }

  /** {@return a new builder; every attribute except the evidence is required} */
  public static Builder builder() {
    return new Builder();
  }

  Verdict verdict() {
    return verdict;
  }

  @Nullable Object values() {
    return values;
  }

  /** {@return the id of the check that produced the result} */
  public String checkId() {
    return verdict.checkId;
  }

  /** {@return the subject type, one of {@link SubjectTypes}} */
  public String subjectType() {
    return verdict.subjectType;
  }

  /**
   * {@return the subject id, unique within the check (see the duplicate rules in the module docs)}
   */
  public String subjectId() {
    return subjectId;
  }

  /**
   * A human label of the subject, for renderers: a person's {@code First Last <email>}, an
   * account's {@code system email} (the account id without an email), a seat's {@code product
   * email} (the seat id without an email), a product's name. Results of a run compute it from the
   * run's inputs; the subject id when nothing better is known.
   *
   * @return the label, never null
   */
  public String label() {
    return SubjectLabels.resolve(label, verdict.subjectType, subjectId);
  }

  /** {@return the verdict} */
  public Status status() {
    return verdict.status;
  }

  /** {@return the reason code, one of {@link ReasonCodes}; kept when a waiver applies} */
  public String reasonCode() {
    return verdict.reasonCode;
  }

  /** {@return a one-line human explanation} */
  public String detail() {
    return verdict.detail;
  }

  /** {@return the field values the verdict used, in insertion order; unmodifiable} */
  public Map<String, String> evidence() {
    return EvidenceMap.view(pairs());
  }

  /** The evidence as alternating keys and values; a new array unless the result holds one. */
  String[] pairs() {
    return StoredEvidence.pairs(verdict.keys, values);
  }

  /** The evidence with values as given, for the JSON writer (see {@link StoredEvidence}). */
  Object[] evidenceObjects() {
    return StoredEvidence.objects(verdict.keys, values);
  }

  /** The value of one evidence key without building the map; null when absent. */
  @Nullable String evidenceValue(String key) {
    return StoredEvidence.value(verdict.keys, values, key);
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
    return subjectId.equals(r.subjectId)
        && verdict.sameOutcome(r.verdict)
        && java.util.Arrays.equals(pairs(), r.pairs())
        && label().equals(r.label());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
                verdict.checkId,
                verdict.subjectType,
                subjectId,
                verdict.status,
                verdict.reasonCode,
                verdict.detail)
            * 31
        + java.util.Arrays.hashCode(pairs());
  }

  @Override
  public String toString() {
    return "CheckResult{checkId="
        + verdict.checkId
        + ", subjectType="
        + verdict.subjectType
        + ", subjectId="
        + subjectId
        + ", label="
        + label()
        + ", status="
        + verdict.status
        + ", reasonCode="
        + verdict.reasonCode
        + ", detail="
        + verdict.detail
        + ", evidence="
        + evidence()
        + "}";
  }

  /** Builds {@link CheckResult} values; not thread-safe. */
  public static final class Builder {
    private @Nullable String checkId;
    private @Nullable String subjectType;
    private @Nullable String subjectId;
    private @Nullable Status status;
    private @Nullable String reasonCode;
    private @Nullable String detail;
    private @Nullable String label;
    private EvidenceMap.Builder evidence = new EvidenceMap.Builder(2);

    private Builder() {}

    /**
     * Copies every attribute of {@code result}.
     *
     * @param result the result to copy
     * @return this builder
     */
    public Builder from(CheckResult result) {
      checkId = result.verdict.checkId;
      subjectType = result.verdict.subjectType;
      subjectId = result.subjectId;
      status = result.verdict.status;
      reasonCode = result.verdict.reasonCode;
      detail = result.verdict.detail;
      label = result.label();
      evidence = new EvidenceMap.Builder(EvidenceMap.view(result.pairs()));
      return this;
    }

    /**
     * Sets the check id.
     *
     * @param checkId the check id
     * @return this builder
     */
    public Builder checkId(String checkId) {
      this.checkId = Objects.requireNonNull(checkId, "checkId == null");
      return this;
    }

    /**
     * Sets the subject type.
     *
     * @param subjectType the subject type
     * @return this builder
     */
    public Builder subjectType(String subjectType) {
      this.subjectType = Objects.requireNonNull(subjectType, "subjectType == null");
      return this;
    }

    /**
     * Sets the subject id.
     *
     * @param subjectId the subject id
     * @return this builder
     */
    public Builder subjectId(String subjectId) {
      this.subjectId = Objects.requireNonNull(subjectId, "subjectId == null");
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(Status status) {
      this.status = Objects.requireNonNull(status, "status == null");
      return this;
    }

    /**
     * Sets the reason code.
     *
     * @param reasonCode the reason code
     * @return this builder
     */
    public Builder reasonCode(String reasonCode) {
      this.reasonCode = Objects.requireNonNull(reasonCode, "reasonCode == null");
      return this;
    }

    /**
     * Sets the detail.
     *
     * @param detail the detail
     * @return this builder
     */
    public Builder detail(String detail) {
      this.detail = Objects.requireNonNull(detail, "detail == null");
      return this;
    }

    /**
     * Sets the label (see {@link CheckResult#label()}); the subject id when not set.
     *
     * @param label the label
     * @return this builder
     */
    public Builder label(String label) {
      this.label = Objects.requireNonNull(label, "label == null");
      return this;
    }

    /**
     * Adds (or replaces in place) one evidence entry.
     *
     * @param key the evidence key
     * @param value the evidence value
     * @return this builder
     */
    public Builder putEvidence(String key, String value) {
      evidence.put(
          Objects.requireNonNull(key, "key == null"),
          Objects.requireNonNull(value, "value == null"));
      return this;
    }

    /**
     * Builds the result.
     *
     * @return the result
     * @throws IllegalStateException if a required attribute is missing
     */
    public CheckResult build() {
      Verdict verdict =
          Verdict.single(
              required(checkId, "checkId"),
              required(subjectType, "subjectType"),
              required(status, "status"),
              required(reasonCode, "reasonCode"),
              required(detail, "detail"));
      return new CheckResult(
          verdict, required(subjectId, "subjectId"), evidence.build().pairs(), label);
    }

    private static <T> T required(@Nullable T value, String name) {
      if (value == null) {
        throw new IllegalStateException("CheckResult is missing " + name);
      }
      return value;
    }
  }
}
