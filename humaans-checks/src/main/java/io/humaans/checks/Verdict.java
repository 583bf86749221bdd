package io.humaans.checks;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One kind of result a check gives: check id, subject type, status, reason code, detail and the
 * names of its evidence fields. A check builds its verdicts once per run and stamps one
 * {@link CheckResult} per subject from them, so a result holds only its subject id and its
 * evidence values; this keeps millions of results small.
 *
 * <pre>{@code
 * Verdict ok = Verdict.of(INFO, Status.PASS, ReasonCodes.OK, "The work email is unique.", "email");
 * CheckResult r = ok.result("p1", "ada@example.com");
 * }</pre>
 *
 * <p>Evidence values are immutable objects (strings, dates, instants, numbers) rendered with
 * {@code toString()} when the evidence is read; null values are left out. Instances are
 * immutable and thread-safe.
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
   * Returns this verdict's result for a subject without evidence values (all left out).
   *
   * @throws NullPointerException if {@code subjectId} is null
   */
  public CheckResult result(String subjectId) {
    return new CheckResult(this, Objects.requireNonNull(subjectId, "subjectId == null"), null);
  }

  /**
   * Returns this verdict's result for a subject with the value of its one evidence key.
   *
   * @param value the value, or null to leave the key out
   * @throws NullPointerException if {@code subjectId} is null
   * @throws IllegalArgumentException if the verdict does not have exactly one evidence key
   */
  public CheckResult result(String subjectId, @Nullable Object value) {
    if (keys == null || keys.length != 1) {
      throw new IllegalArgumentException("the verdict has " + keyCount() + " evidence keys, not 1");
    }
    return new CheckResult(this, Objects.requireNonNull(subjectId, "subjectId == null"), value);
  }

  /**
   * Returns this verdict's result for a subject with one value per evidence key (the array is
   * copied).
   *
   * @param values the values in key order; a null value leaves its key out
   * @throws NullPointerException if {@code subjectId} or {@code values} is null
   * @throws IllegalArgumentException if the number of values differs from the number of keys
   */
  public CheckResult result(String subjectId, @Nullable Object... values) {
    if (keys == null || keys.length != values.length) {
      throw new IllegalArgumentException(
          "the verdict has " + keyCount() + " evidence keys, given " + values.length + " values");
    }
    Object stored = values.length == 0 ? null : values.length == 1 ? values[0] : values.clone();
    return new CheckResult(this, Objects.requireNonNull(subjectId, "subjectId == null"), stored);
  }

  /**
   * Adds {@link #result(String)} to {@code out}; into a list from
   * {@link CheckContext#newResults(int)} without building the result object.
   *
   * @throws NullPointerException if {@code out} or {@code subjectId} is null
   */
  public void addTo(List<CheckResult> out, String subjectId) {
    if (out instanceof ResultColumns) {
      ((ResultColumns) out).add(this, Objects.requireNonNull(subjectId, "subjectId == null"), null);
    } else {
      out.add(result(subjectId));
    }
  }

  /**
   * Adds {@link #result(String, Object)} to {@code out}; into a list from
   * {@link CheckContext#newResults(int)} without building the result object.
   *
   * @throws NullPointerException if {@code out} or {@code subjectId} is null
   * @throws IllegalArgumentException if the verdict does not have exactly one evidence key
   */
  public void addTo(List<CheckResult> out, String subjectId, @Nullable Object value) {
    if (keys == null || keys.length != 1) {
      throw new IllegalArgumentException("the verdict has " + keyCount() + " evidence keys, not 1");
    }
    if (out instanceof ResultColumns) {
      ((ResultColumns) out)
          .add(this, Objects.requireNonNull(subjectId, "subjectId == null"), value);
    } else {
      out.add(result(subjectId, value));
    }
  }

  /**
   * Adds {@link #result(String, Object...)} to {@code out}; into a list from
   * {@link CheckContext#newResults(int)} without building the result object.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the number of values differs from the number of keys
   */
  public void addTo(List<CheckResult> out, String subjectId, @Nullable Object... values) {
    if (keys == null || keys.length != values.length) {
      throw new IllegalArgumentException(
          "the verdict has " + keyCount() + " evidence keys, given " + values.length + " values");
    }
    if (out instanceof ResultColumns && values.length > 1) {
      ((ResultColumns) out)
          .addAll(this, Objects.requireNonNull(subjectId, "subjectId == null"), values);
    } else {
      out.add(result(subjectId, values));
    }
  }

  /** The check id. */
  public String checkId() {
    return checkId;
  }

  /** The status of the results. */
  public Status status() {
    return status;
  }

  /** The reason code of the results. */
  public String reasonCode() {
    return reasonCode;
  }

  /** The detail of the results. */
  public String detail() {
    return detail;
  }

  private int keyCount() {
    return keys == null ? 0 : keys.length;
  }

  @Override
  public String toString() {
    return "Verdict{checkId=" + checkId + ", status=" + status + ", reasonCode=" + reasonCode + "}";
  }
}
