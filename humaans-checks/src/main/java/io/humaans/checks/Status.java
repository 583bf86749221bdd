package io.humaans.checks;

/**
 * The verdict of one result, and (PASS, FAIL, INCOMPLETE and NOT_APPLICABLE only) the outcome of
 * one check.
 */
public enum Status {
  /** The subject meets the rule. */
  PASS,
  /** The subject breaks the rule. */
  FAIL,
  /** A rule excludes the subject; the reason code names the rule. */
  EXEMPT,
  /** The subject failed, but an unexpired waiver accepts it; the reason code is kept. */
  WAIVED,
  /**
   * The check has nothing to judge for the subject, for example no policy for its system; as a
   * check's outcome: it judged no subject at all.
   */
  NOT_APPLICABLE,
  /** The inputs cannot decide, for example a directory read without {@code private:read}. */
  INCOMPLETE
}
