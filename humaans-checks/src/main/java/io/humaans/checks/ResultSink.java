package io.humaans.checks;

import org.jspecify.annotations.Nullable;

/**
 * Where a check writes its results: one call per subject, naming the {@link Verdict} and giving one
 * value per evidence key of the verdict, in key order. This is the only way a check gives results.
 *
 * <pre>{@code
 * private static final Verdict MISSING = Verdict.of(INFO, Status.FAIL,
 *     ReasonCodes.MISSING_JOINING_DATE, "The employment start date is missing.");
 * private static final Verdict OK = Verdict.of(INFO, Status.PASS, ReasonCodes.OK,
 *     "The employment start date is set.", "employmentStartDate");
 * ...
 * if (start == null) {
 *   out.add(MISSING, p.subjectId());
 * } else {
 *   out.add(OK, p.subjectId(), start);
 * }
 * }</pre>
 *
 * <p>Evidence values are immutable objects (strings, dates, instants, numbers), rendered with
 * {@code toString()} when the evidence is read; a null value leaves its key out; an {@code
 * Optional} is rejected with an {@code IllegalArgumentException} (give its value or null), and a
 * rejected call adds no result. In the JSON report they are strings, except an {@link
 * EvidenceValue} (a number, array or object). The engine labels each result from its subject (see
 * {@link CheckResult#label()}), applies waivers and sorts the results by subject id afterwards. Not
 * thread-safe: a check writes from one thread. The only implementation is the engine's.
 */
public sealed interface ResultSink permits ResultColumns {
  /**
   * Adds a result of a verdict without evidence keys.
   *
   * @param verdict the verdict
   * @param subjectId the subject's id
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the verdict has evidence keys
   */
  void add(Verdict verdict, String subjectId);

  /**
   * Adds a result of a verdict with one evidence key.
   *
   * @param verdict the verdict
   * @param subjectId the subject's id
   * @param value the evidence value, or null
   * @throws NullPointerException if {@code verdict} or {@code subjectId} is null
   * @throws IllegalArgumentException if the verdict does not have exactly one evidence key
   */
  void add(Verdict verdict, String subjectId, @Nullable Object value);

  /**
   * Adds a result of a verdict with two evidence keys.
   *
   * @param verdict the verdict
   * @param subjectId the subject's id
   * @param first the first evidence value, or null
   * @param second the second evidence value, or null
   * @throws NullPointerException if {@code verdict} or {@code subjectId} is null
   * @throws IllegalArgumentException if the verdict does not have exactly two evidence keys
   */
  void add(Verdict verdict, String subjectId, @Nullable Object first, @Nullable Object second);

  /**
   * Adds a result of a verdict with three or more evidence keys.
   *
   * @param verdict the verdict
   * @param subjectId the subject's id
   * @param first the first evidence value, or null
   * @param second the second evidence value, or null
   * @param third the third evidence value, or null
   * @param more the values after the third (none for three keys); the array is not kept
   * @throws NullPointerException if {@code verdict}, {@code subjectId} or {@code more} is null
   * @throws IllegalArgumentException if the number of values differs from the number of keys
   */
  void add(
      Verdict verdict,
      String subjectId,
      @Nullable Object first,
      @Nullable Object second,
      @Nullable Object third,
      @Nullable Object... more);

  /**
   * Adds a result of a verdict whose evidence keys are known only at run time (for example one per
   * period of a series).
   *
   * @param verdict the verdict
   * @param subjectId the subject's id
   * @param values one value per evidence key; the array is not kept
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the number of values differs from the number of keys
   */
  void addAll(Verdict verdict, String subjectId, @Nullable Object[] values);
}
