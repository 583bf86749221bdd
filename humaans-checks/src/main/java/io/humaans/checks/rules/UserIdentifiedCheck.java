package io.humaans.checks.rules;

import io.humaans.checks.AccountFacts;
import io.humaans.checks.Check;
import io.humaans.checks.CheckContext;
import io.humaans.checks.CheckInfo;
import io.humaans.checks.PersonFacts;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.ResultSink;
import io.humaans.checks.Status;
import io.humaans.checks.SubjectTypes;
import io.humaans.checks.Verdict;
import io.humaans.checks.model.Account;

/**
 * {@value #ID}: every account that is not deleted belongs to a person of the directory.
 *
 * <p>EXEMPT when flagged non-human ({@code NON_HUMAN}); else FAIL {@code UNIDENTIFIED} when no
 * person matches, or INCOMPLETE {@code PARTIAL_DIRECTORY} instead on a partial directory (the
 * holder may be a hidden leaver). Stateless and thread-safe.
 */
public final class UserIdentifiedCheck implements Check {
  /** The stable id. */
  public static final String ID = "user-identified";

  static final CheckInfo INFO =
      CheckInfo.builder()
          .id(ID)
          .title("User identified")
          .description("Every account that is not deleted belongs to a person of the directory.")
          .subjectType(SubjectTypes.ACCOUNT)
          .judgesAccounts(true)
          .build();

  private static final Verdict NON_HUMAN =
      Verdict.of(
          INFO,
          Status.EXEMPT,
          ReasonCodes.NON_HUMAN,
          "The account is flagged non-human.",
          "system");
  private static final Verdict OK =
      Verdict.of(
          INFO,
          Status.PASS,
          ReasonCodes.OK,
          "The account belongs to a person of the directory.",
          "system",
          "personId",
          "matchedBy");
  private static final Verdict PARTIAL =
      Verdict.of(
          INFO,
          Status.INCOMPLETE,
          ReasonCodes.PARTIAL_DIRECTORY,
          "No person matches, but the directory lacks private:read; the holder may be a"
              + " hidden leaver or pre-hire.",
          "system",
          "email",
          "linkedPersonId");
  private static final Verdict UNKNOWN_LINK =
      Verdict.of(
          INFO,
          Status.FAIL,
          ReasonCodes.UNIDENTIFIED,
          "The account is linked to a person id that is not in the directory.",
          "system",
          "email",
          "linkedPersonId");
  private static final Verdict UNIDENTIFIED =
      Verdict.of(
          INFO,
          Status.FAIL,
          ReasonCodes.UNIDENTIFIED,
          "No person has the account's email.",
          "system",
          "email",
          "linkedPersonId");

  /** Creates the check. */
  public UserIdentifiedCheck() {}

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public void evaluate(CheckContext context, ResultSink out) {
    boolean partial = context.isPartial();
    for (AccountFacts a : context.accounts()) {
      if (a.deleted()) {
        continue;
      }
      Account account = a.account();
      String id = a.subjectId();
      PersonFacts holder = a.holder().orElse(null);
      if (account.nonHuman()) {
        out.add(NON_HUMAN, id, account.system());
      } else if (holder != null) {
        out.add(OK, id, account.system(), holder.subjectId(), a.matchedBy().orElseThrow());
      } else {
        // Unmatched: on a partial directory the holder may be a hidden leaver or pre-hire.
        String linked = a.linkedPersonId().orElse(null);
        Verdict verdict = partial ? PARTIAL : linked != null ? UNKNOWN_LINK : UNIDENTIFIED;
        out.add(verdict, id, account.system(), account.email().orElse(null), linked);
      }
    }
  }
}
