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

/**
 * {@value #ID}: every person who has not left has a work email no other such person has.
 *
 * <p>FAIL reasons, first match wins: {@code DUPLICATE_PERSON_ID} (another record has the same id;
 * an addition to the spec so that duplicate records are named, never merged), {@code
 * DUPLICATE_EMAIL} (emails compared stripped and lower-cased), {@code MISSING_EMAIL}. Its outcome
 * is INCOMPLETE on a partial directory unless a result fails: a duplicate among hidden pre-hires
 * cannot be seen. Stateless and thread-safe.
 */
public final class UniqueIdentityCheck implements Check {
  /** The stable id. */
  public static final String ID = "unique-identity";

  static final CheckInfo INFO =
      CheckInfo.builder()
          .id(ID)
          .title("Unique identity")
          .description(
              "Every person who has not left has a unique id and a work email no one else has.")
          .subjectType(SubjectTypes.PERSON)
          .needsCompleteDirectory(true)
          .build();

  private static final Verdict DUPLICATE_ID =
      Verdict.of(
          INFO,
          Status.FAIL,
          ReasonCodes.DUPLICATE_PERSON_ID,
          "Several person records share this id.",
          "personId",
          "records");
  private static final Verdict DUPLICATE_EMAIL =
      Verdict.of(
          INFO,
          Status.FAIL,
          ReasonCodes.DUPLICATE_EMAIL,
          "Another person who has not left has the same work email.",
          "email",
          "people");
  private static final Verdict MISSING_EMAIL =
      Verdict.of(
          INFO, Status.FAIL, ReasonCodes.MISSING_EMAIL, "The work email is missing or blank.");
  private static final Verdict OK =
      Verdict.of(INFO, Status.PASS, ReasonCodes.OK, "The work email is unique.", "email");

  /** Creates the check. */
  public UniqueIdentityCheck() {}

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
      String id = p.subjectId();
      String email = p.normalizedEmail().orElse(null);
      if (p.sameIdRecords() > 1) {
        out.add(DUPLICATE_ID, id, p.person().id(), p.sameIdRecords());
      } else if (email != null && p.notLeftWithEmail() > 1) {
        out.add(DUPLICATE_EMAIL, id, email, p.notLeftWithEmail());
      } else if (email == null) {
        out.add(MISSING_EMAIL, id);
      } else {
        out.add(OK, id, email);
      }
    }
  }
}
