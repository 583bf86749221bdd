package io.humaans.checks.rules;

import io.humaans.checks.Check;
import io.humaans.checks.CheckContext;
import io.humaans.checks.CheckInfo;
import io.humaans.checks.PersonFacts;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.ResultSink;
import io.humaans.checks.Status;
import io.humaans.checks.SubjectTypes;
import io.humaans.checks.Verdict;
import io.humaans.checks.model.Person;
import java.time.LocalDate;

/**
 * {@value #ID}: a person's employment dates agree with each other and with their status.
 *
 * <p>Subjects: every person except leavers whose employmentEndDate is more than 365 days before
 * asOf. FAIL reasons, first match wins: {@code END_BEFORE_START}, {@code
 * OFFBOARDED_WITHOUT_END_DATE}, {@code LAST_DAY_WITHOUT_END_DATE}, {@code LAST_DAY_AFTER_END_DATE}.
 * Its outcome is INCOMPLETE on a partial directory unless a result fails. Stateless and
 * thread-safe.
 */
public final class EmploymentDatesConsistentCheck implements Check {
  /** The stable id. */
  public static final String ID = "employment-dates-consistent";

  static final CheckInfo INFO =
      CheckInfo.builder()
          .id(ID)
          .title("Employment dates consistent")
          .description("Start, end and last working day agree with each other and with the status.")
          .subjectType(SubjectTypes.PERSON)
          .needsCompleteDirectory(true)
          .build();

  private static final long LEAVER_HORIZON_DAYS = 365;

  private static final Verdict END_BEFORE_START =
      Verdict.of(
          INFO,
          Status.FAIL,
          ReasonCodes.END_BEFORE_START,
          "The employment end date is before the start date.",
          "employmentStartDate",
          "employmentEndDate");
  private static final Verdict OFFBOARDED_WITHOUT_END =
      Verdict.of(
          INFO,
          Status.FAIL,
          ReasonCodes.OFFBOARDED_WITHOUT_END_DATE,
          "The person is offboarded but has no employment end date.",
          "status");
  private static final Verdict LAST_DAY_WITHOUT_END =
      Verdict.of(
          INFO,
          Status.FAIL,
          ReasonCodes.LAST_DAY_WITHOUT_END_DATE,
          "A last working day is set without an employment end date.",
          "lastWorkingDay");
  private static final Verdict LAST_DAY_AFTER_END =
      Verdict.of(
          INFO,
          Status.FAIL,
          ReasonCodes.LAST_DAY_AFTER_END_DATE,
          "The last working day is after the employment end date.",
          "lastWorkingDay",
          "employmentEndDate");
  private static final Verdict OK =
      Verdict.of(INFO, Status.PASS, ReasonCodes.OK, "The employment dates are consistent.");

  /** Creates the check. */
  public EmploymentDatesConsistentCheck() {}

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public void evaluate(CheckContext context, ResultSink out) {
    long asOf = context.asOf().toEpochDay();
    for (PersonFacts p : context.people()) {
      Person person = p.person();
      LocalDate start = person.employmentStartDate().orElse(null);
      LocalDate end = person.employmentEndDate().orElse(null);
      LocalDate last = person.lastWorkingDay().orElse(null);
      if (p.left() && end != null && asOf - end.toEpochDay() > LEAVER_HORIZON_DAYS) {
        continue;
      }
      String id = p.subjectId();
      if (start != null && end != null && end.isBefore(start)) {
        out.add(END_BEFORE_START, id, start, end);
      } else if (end == null && p.left()) {
        out.add(OFFBOARDED_WITHOUT_END, id, person.status().orElse(null));
      } else if (end == null && last != null) {
        out.add(LAST_DAY_WITHOUT_END, id, last);
      } else if (end != null && last != null && last.isAfter(end)) {
        out.add(LAST_DAY_AFTER_END, id, last, end);
      } else {
        out.add(OK, id);
      }
    }
  }
}
