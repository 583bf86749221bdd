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
import java.time.LocalDate;

/**
 * {@value #ID}: every employed or pre-hire person has an employment start date.
 *
 * <p>FAIL reason {@code MISSING_JOINING_DATE}. Its outcome is INCOMPLETE on a partial directory
 * unless a result fails. Stateless and thread-safe.
 */
public final class JoiningDateProvidedCheck implements Check {
  /** The stable id. */
  public static final String ID = "joining-date-provided";

  static final CheckInfo INFO =
      CheckInfo.builder()
          .id(ID)
          .title("Joining date provided")
          .description("Every employed or pre-hire person has an employment start date.")
          .subjectType(SubjectTypes.PERSON)
          .needsCompleteDirectory(true)
          .build();

  private static final Verdict MISSING =
      Verdict.of(
          INFO,
          Status.FAIL,
          ReasonCodes.MISSING_JOINING_DATE,
          "The employment start date is missing.");
  private static final Verdict OK =
      Verdict.of(
          INFO,
          Status.PASS,
          ReasonCodes.OK,
          "The employment start date is set.",
          "employmentStartDate");

  /** Creates the check. */
  public JoiningDateProvidedCheck() {}

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public void evaluate(CheckContext context, ResultSink out) {
    for (PersonFacts p : context.people()) {
      if (p.left()) {
        continue;
      }
      LocalDate start = p.person().employmentStartDate().orElse(null);
      if (start == null) {
        out.add(MISSING, p.subjectId());
      } else {
        out.add(OK, p.subjectId(), start);
      }
    }
  }
}
