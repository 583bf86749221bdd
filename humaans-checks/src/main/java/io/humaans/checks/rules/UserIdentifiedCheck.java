package io.humaans.checks.rules;

import io.humaans.checks.AccountFacts;
import io.humaans.checks.Check;
import io.humaans.checks.CheckContext;
import io.humaans.checks.CheckInfo;
import io.humaans.checks.CheckResult;
import io.humaans.checks.PersonFacts;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.Status;
import io.humaans.checks.SubjectTypes;
import io.humaans.checks.model.Account;
import java.util.ArrayList;
import java.util.List;

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
          .build();

  /** Creates the check. */
  public UserIdentifiedCheck() {}

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<CheckResult> evaluate(CheckContext context) {
    boolean partial = context.isPartial();
    List<CheckResult> out = new ArrayList<>(context.accounts().size());
    for (AccountFacts a : context.accounts()) {
      if (a.deleted()) {
        continue;
      }
      Account account = a.account();
      String id = a.subjectId();
      PersonFacts holder = a.holder().orElse(null);
      if (account.nonHuman()) {
        out.add(
            Results.of(
                INFO, id, Status.EXEMPT, ReasonCodes.NON_HUMAN,
                "The account is flagged non-human.",
                "system", account.system()));
      } else if (holder != null) {
        out.add(
            Results.of(
                INFO, id, Status.PASS, ReasonCodes.OK,
                "The account belongs to a person of the directory.",
                "system", account.system(),
                "personId", holder.subjectId(),
                "matchedBy", a.matchedBy().orElse(null)));
      } else if (partial) {
        out.add(
            Results.of(
                INFO, id, Status.INCOMPLETE, ReasonCodes.PARTIAL_DIRECTORY,
                "No person matches, but the directory lacks private:read; the holder may be a"
                    + " hidden leaver or pre-hire.",
                "system", account.system(),
                "email", account.email().orElse(null),
                "linkedPersonId", a.linkedPersonId().orElse(null)));
      } else {
        out.add(
            Results.of(
                INFO, id, Status.FAIL, ReasonCodes.UNIDENTIFIED,
                a.linkedPersonId().isPresent()
                    ? "The account is linked to a person id that is not in the directory."
                    : "No person has the account's email.",
                "system", account.system(),
                "email", account.email().orElse(null),
                "linkedPersonId", a.linkedPersonId().orElse(null)));
      }
    }
    return context.finish(out);
  }
}
