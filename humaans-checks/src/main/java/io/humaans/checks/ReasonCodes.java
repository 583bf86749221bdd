package io.humaans.checks;

/**
 * Every reason code a result can carry. The values appear in JSON and CSV and never change.
 *
 * <p>Where several reasons apply to one subject, the check reports the first one in the order of
 * the spec's tables (the order of the constants in each group below).
 */
public final class ReasonCodes {
  // Shared.
  /** The subject meets the rule. */
  public static final String OK = "OK";

  /** The directory was read without {@code private:read}, so the holder may be a hidden leaver. */
  public static final String PARTIAL_DIRECTORY = "PARTIAL_DIRECTORY";

  // staff-role-assigned
  /** No job role is current as of the evaluation date. */
  public static final String NO_JOB_ROLE = "NO_JOB_ROLE";

  /** The person's only job-role rows start after the evaluation date. */
  public static final String ONLY_FUTURE_ROLE = "ONLY_FUTURE_ROLE";

  /** The current job role has a missing or blank title. */
  public static final String BLANK_JOB_TITLE = "BLANK_JOB_TITLE";

  // reporting-manager-assigned
  /** Top management by job title pattern (EXEMPT). */
  public static final String TOP_MANAGEMENT_TITLE = "TOP_MANAGEMENT_TITLE";

  /** Top management by configured person id (EXEMPT). */
  public static final String TOP_MANAGEMENT_ID = "TOP_MANAGEMENT_ID";

  /** The current role has no reportingTo, or there is no current role. */
  public static final String NO_MANAGER = "NO_MANAGER";

  /** reportingTo names no person in the directory. */
  public static final String UNKNOWN_MANAGER = "UNKNOWN_MANAGER";

  /** reportingTo names the person themself. */
  public static final String SELF_MANAGER = "SELF_MANAGER";

  /** reportingTo names someone who has left. */
  public static final String MANAGER_LEFT = "MANAGER_LEFT";

  // joining-date-provided
  /** employmentStartDate is missing. */
  public static final String MISSING_JOINING_DATE = "MISSING_JOINING_DATE";

  // reporting-line-acyclic
  /** Following current managers returns to the person. */
  public static final String MANAGER_CYCLE = "MANAGER_CYCLE";

  // employment-dates-consistent
  /** employmentEndDate is before employmentStartDate. */
  public static final String END_BEFORE_START = "END_BEFORE_START";

  /** Status offboarded without an employmentEndDate. */
  public static final String OFFBOARDED_WITHOUT_END_DATE = "OFFBOARDED_WITHOUT_END_DATE";

  /** lastWorkingDay set without an employmentEndDate. */
  public static final String LAST_DAY_WITHOUT_END_DATE = "LAST_DAY_WITHOUT_END_DATE";

  /** lastWorkingDay after employmentEndDate. */
  public static final String LAST_DAY_AFTER_END_DATE = "LAST_DAY_AFTER_END_DATE";

  // unique-identity
  /** Another person record has the same id (an addition to the spec; see the module docs). */
  public static final String DUPLICATE_PERSON_ID = "DUPLICATE_PERSON_ID";

  /** Another person who has not left has the same normalized work email. */
  public static final String DUPLICATE_EMAIL = "DUPLICATE_EMAIL";

  /** The work email is missing or blank. */
  public static final String MISSING_EMAIL = "MISSING_EMAIL";

  // user-identified
  /** The account is flagged non-human (EXEMPT). */
  public static final String NON_HUMAN = "NON_HUMAN";

  /** No person matches the account. */
  public static final String UNIDENTIFIED = "UNIDENTIFIED";

  // offboarded-access-removed
  /** The holder has not left (PASS). */
  public static final String NOT_LEFT = "NOT_LEFT";

  /** The leaver's access is still live, but the deadline has not passed (PASS). */
  public static final String WITHIN_GRACE = "WITHIN_GRACE";

  /** The leaver's account was suspended or deleted in time, or at an unknown time (PASS). */
  public static final String ACCESS_REMOVED = "ACCESS_REMOVED";

  /** The leaver's account is neither suspended nor deleted after the deadline. */
  public static final String ACCESS_AFTER_LEAVING = "ACCESS_AFTER_LEAVING";

  /** The leaver's account was suspended or deleted after the deadline. */
  public static final String REVOKED_LATE = "REVOKED_LATE";

  // access-valid
  /** No access policy exists for the account's system (NOT_APPLICABLE). */
  public static final String NO_POLICY = "NO_POLICY";

  /** No rule of the policy applies to the holder's org roles. */
  public static final String ROLE_NOT_ALLOWED = "ROLE_NOT_ALLOWED";

  /** Rules apply to the holder, but none allows the account's access level. */
  public static final String ACCESS_LEVEL_NOT_ALLOWED = "ACCESS_LEVEL_NOT_ALLOWED";

  // one-account-per-person
  /** The person holds more than one active account in the system. */
  public static final String MULTIPLE_ACCOUNTS = "MULTIPLE_ACCOUNTS";

  // reclaimable-seats
  /** The seat's holder has left (reclaim). */
  public static final String HOLDER_LEFT = "HOLDER_LEFT";

  /** No person matches the seat's holder (reclaim). */
  public static final String HOLDER_UNKNOWN = "HOLDER_UNKNOWN";

  /** The holder is a pre-hire: listed, not reclaimed (PASS). */
  public static final String PRE_HIRE = "PRE_HIRE";

  /** No activity for more than the inactivity days (reclaim). */
  public static final String INACTIVE = "INACTIVE";

  /** Never used and assigned more than the inactivity days ago (reclaim). */
  public static final String NEVER_USED = "NEVER_USED";

  /** Never used and the assignment date is unknown (INCOMPLETE). */
  public static final String ASSIGNED_DATE_UNKNOWN = "ASSIGNED_DATE_UNKNOWN";

  // activity-trend
  /** No activity events were given for the product (NOT_APPLICABLE). */
  public static final String NO_EVENTS = "NO_EVENTS";

  private ReasonCodes() {}
}
