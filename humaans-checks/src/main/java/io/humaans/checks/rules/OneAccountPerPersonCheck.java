package io.humaans.checks.rules;

import io.humaans.checks.AccountFacts;
import io.humaans.checks.Check;
import io.humaans.checks.CheckContext;
import io.humaans.checks.CheckInfo;
import io.humaans.checks.Definitions;
import io.humaans.checks.PersonFacts;
import io.humaans.checks.ReasonCodes;
import io.humaans.checks.ResultSink;
import io.humaans.checks.Status;
import io.humaans.checks.SubjectTypes;
import io.humaans.checks.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

/**
 * {@value #ID}: nobody holds more than one active account in one system.
 *
 * <p>Subjects: each (person, system) pair with at least one matched account in any state, with
 * subject id {@code <person subject id>/<system>} (system stripped and lower-cased; {@code %} and
 * {@code /} in either part percent-escaped) and subject type {@link SubjectTypes#PERSON_IN_SYSTEM}.
 * FAIL {@code MULTIPLE_ACCOUNTS} when more than one of the accounts is active (state {@code
 * active}, any case), except in a system whose accounts are grants of one login ({@link
 * Definitions#isOneLoginPerPerson}: {@code humaans}, one account per role membership), where
 * several active accounts are one login (PASS {@code OK}, evidence {@code roleMemberships}). Its
 * outcome is INCOMPLETE on a partial directory unless a result fails: the accounts of hidden
 * leavers and pre-hires cannot be counted. Stateless and thread-safe.
 */
public final class OneAccountPerPersonCheck implements Check {
  /** The stable id. */
  public static final String ID = "one-account-per-person";

  static final CheckInfo INFO =
      CheckInfo.builder()
          .id(ID)
          .title("One account per person")
          .description("Nobody holds more than one active account in one system.")
          .subjectType(SubjectTypes.PERSON_IN_SYSTEM)
          .judgesAccounts(true)
          .needsCompleteDirectory(true)
          .costHint(3)
          .build();

  private static final int MAX_LISTED = 20;

  private static final Verdict MULTIPLE =
      Verdict.of(
          INFO,
          Status.FAIL,
          ReasonCodes.MULTIPLE_ACCOUNTS,
          "The person holds more than one active account in the system.",
          "system",
          "activeAccounts",
          "accountIds");
  private static final Verdict OK =
      Verdict.of(
          INFO,
          Status.PASS,
          ReasonCodes.OK,
          "The person holds at most one active account in the system.",
          "activeAccounts");
  private static final Verdict ONE_LOGIN =
      Verdict.of(
          INFO,
          Status.PASS,
          ReasonCodes.OK,
          "The person's active role memberships are one login.",
          "activeAccounts",
          "roleMemberships",
          "accountIds");

  /** Creates the check. */
  public OneAccountPerPersonCheck() {}

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public void evaluate(CheckContext context, ResultSink out) {
    List<AccountFacts> group = new ArrayList<>();
    for (PersonFacts p : context.people()) {
      List<AccountFacts> accounts = context.accountsOf(p);
      if (accounts.size() == 1) {
        AccountFacts a = accounts.get(0);
        out.add(OK, subject(p.subjectId(), a.system()), a.active() ? "1" : "0");
        continue;
      }
      // Several accounts: judge each system's accounts together.
      group.clear();
      group.addAll(accounts);
      group.sort(BY_SYSTEM);
      int from = 0;
      while (from < group.size()) {
        String system = group.get(from).system();
        int to = from;
        int active = 0;
        StringJoiner ids = new StringJoiner("|");
        for (; to < group.size() && group.get(to).system().equals(system); to++) {
          AccountFacts a = group.get(to);
          if (a.active() && ++active <= MAX_LISTED) {
            ids.add(a.subjectId());
          }
        }
        String subject = subject(p.subjectId(), system);
        if (active > 1 && Definitions.isOneLoginPerPerson(system)) {
          out.add(ONE_LOGIN, subject, "1", Integer.toString(active), ids.toString());
        } else if (active > 1) {
          out.add(MULTIPLE, subject, system, Integer.toString(active), ids.toString());
        } else {
          out.add(OK, subject, active == 0 ? "0" : "1");
        }
        from = to;
      }
    }
  }

  /** Returns {@code <person>/<system>}, escaped as {@link SubjectTypes#personInSystem} says. */
  static String subject(String personId, String system) {
    return SubjectTypes.personInSystem(personId, system);
  }

  private static final Comparator<AccountFacts> BY_SYSTEM =
      Comparator.comparing(AccountFacts::system).thenComparing(AccountFacts::subjectId);
}
