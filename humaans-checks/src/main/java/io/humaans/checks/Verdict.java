package io.humaans.checks;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One kind of result a check gives, one line of the spec's table for that check: check id, subject
 * type, status, reason code, detail and the names of its evidence fields. A check declares its
 * verdicts once and writes one result per subject through a {@link ResultSink}, so a result holds
 * only its subject id and its evidence values; this keeps millions of results small.
 *
 * <pre>{@code
 * static final Verdict OK =
 *     Verdict.of(INFO, Status.PASS, ReasonCodes.OK, "The work email is unique.", "email");
 * ...
 * out.add(OK, p.subjectId(), p.normalizedEmail().orElse(null));
 * }</pre>
 *
 * <p>Evidence values are immutable objects (strings, dates, instants, numbers) rendered with {@code
 * toString()} when the evidence is read; null values are left out. Instances are immutable and
 * thread-safe.
 */
public final class Verdict {
  private static final String[] NO_KEYS = new String[0];

  final String checkId;
  final String subjectType;
  final Status status;
  final String reasonCode;
  final String detail;
  // Null for a verdict made by CheckResult.of or the builder: the result then holds its own
  // alternating key-value pairs (no nulls) instead of values for these keys.
  final String @Nullable [] keys;

  Verdict(
      String checkId,
      String subjectType,
      Status status,
      String reasonCode,
      String detail,
      String @Nullable [] keys) {
    this.checkId = checkId;
    this.subjectType = subjectType;
    this.status = status;
    this.reasonCode = reasonCode;
    this.detail = detail;
    this.keys = keys;
  }

  /**
   * Returns a verdict of the check described by {@code info}; {@code evidenceKeys} name the
   * evidence values each result gives, in order.
   *
   * @param info the check the verdict belongs to
   * @param status the status of its results
   * @param reasonCode the reason code of its results
   * @param detail the human-readable detail of its results
   * @param evidenceKeys the names of the evidence values, in order
   * @return the verdict
   * @throws NullPointerException if an argument or an evidence key is null
   * @throws IllegalArgumentException if an evidence key repeats
   */
  public static Verdict of(
      CheckInfo info, Status status, String reasonCode, String detail, String... evidenceKeys) {
    Objects.requireNonNull(info, "info == null");
    String[] keys = evidenceKeys.length == 0 ? NO_KEYS : evidenceKeys.clone();
    for (int i = 0; i < keys.length; i++) {
      Objects.requireNonNull(keys[i], "evidence key == null");
      for (int j = 0; j < i; j++) {
        if (keys[j].equals(keys[i])) {
          throw new IllegalArgumentException("repeated evidence key: " + keys[i]);
        }
      }
    }
    return new Verdict(
        info.id(),
        info.subjectType(),
        Objects.requireNonNull(status, "status == null"),
        Objects.requireNonNull(reasonCode, "reasonCode == null"),
        Objects.requireNonNull(detail, "detail == null"),
        keys);
  }

  /**
   * The verdict of one result made by {@link CheckResult#of} or its builder: no evidence keys, the
   * result holds its own key-value pairs. Throws NullPointerException naming a null argument.
   */
  static Verdict single(
      String checkId, String subjectType, Status status, String reasonCode, String detail) {
    return new Verdict(
        Objects.requireNonNull(checkId, "checkId == null"),
        Objects.requireNonNull(subjectType, "subjectType == null"),
        Objects.requireNonNull(status, "status == null"),
        Objects.requireNonNull(reasonCode, "reasonCode == null"),
        Objects.requireNonNull(detail, "detail == null"),
        null);
  }

  /** Whether both give the same check, subject type, status, reason and detail (keys aside). */
  boolean sameOutcome(Verdict o) {
    return checkId.equals(o.checkId)
        && subjectType.equals(o.subjectType)
        && status == o.status
        && reasonCode.equals(o.reasonCode)
        && detail.equals(o.detail);
  }

  /** {@return the check id} */
  public String checkId() {
    return checkId;
  }

  /** {@return the status of the results} */
  public Status status() {
    return status;
  }

  /** {@return the reason code of the results} */
  public String reasonCode() {
    return reasonCode;
  }

  /** {@return the detail of the results} */
  public String detail() {
    return detail;
  }

  @Override
  public String toString() {
    return "Verdict{checkId=" + checkId + ", status=" + status + ", reasonCode=" + reasonCode + "}";
  }

  /** Returns the verdict after checking that it has {@code count} evidence keys. */
  Verdict withKeys(int count) {
    String[] own = keys;
    if (own == null || own.length != count) {
      throw new IllegalArgumentException(
          "the verdict "
              + this
              + " has "
              + (own == null ? 0 : own.length)
              + " evidence keys, given "
              + count
              + " values");
    }
    return this;
  }
}
