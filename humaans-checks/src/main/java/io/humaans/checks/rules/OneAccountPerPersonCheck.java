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
import io.humaans.checks.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * {@value #ID}: nobody holds more than one active account in one system.
 *
 * <p>Subjects: each (person, system) pair with at least one matched account in any state, with
 * subject id {@code <person subject id>/<system>} (system stripped and lower-cased; {@code %} and
 * {@code /} in either part percent-escaped) and subject type {@link SubjectTypes#PERSON_IN_SYSTEM}.
 * FAIL {@code MULTIPLE_ACCOUNTS} when more than one of the accounts is active (state
 * {@code active}, any case). Stateless and thread-safe.
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
          .build();

  private static final int MAX_LISTED = 20;

  private static final Verdict MULTIPLE =
      Verdict.of(
          INFO, Status.FAIL, ReasonCodes.MULTIPLE_ACCOUNTS,
          "The person holds more than one active account in the system.",
          "system", "activeAccounts", "accountIds");
  private static final Verdict OK =
      Verdict.of(
          INFO, Status.PASS, ReasonCodes.OK,
          "The person holds at most one active account in the system.", "activeAccounts");

  /** Creates the check. */
  public OneAccountPerPersonCheck() {}

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<CheckResult> evaluate(CheckContext context) {
    // Bucket matched accounts by holder position (counting sort): linear, no string keys.
    List<AccountFacts> accounts = context.accounts();
    int people = context.people().size();
    int[] start = new int[people + 1];
    int[] holderOf = new int[accounts.size()];
    for (int i = 0; i < holderOf.length; i++) {
      PersonFacts h = accounts.get(i).holderOrNull();
      holderOf[i] = h == null ? -1 : h.index();
      if (h != null) {
        start[h.index() + 1]++;
      }
    }
    for (int i = 0; i < people; i++) {
      start[i + 1] += start[i];
    }
    // Positions in accounts, grouped by holder.
    int[] byHolder = new int[start[people]];
    int[] fill = Arrays.copyOf(start, people);
    for (int i = 0; i < holderOf.length; i++) {
      if (holderOf[i] >= 0) {
        byHolder[fill[holderOf[i]]++] = i;
      }
    }
    List<CheckResult> out = context.newResults(context.accounts().size());
    List<AccountFacts> group = new ArrayList<>();
    for (int p = 0; p < people; p++) {
      int from = start[p];
      int to = start[p + 1];
      if (from == to) {
        continue;
      }
      String personId = context.people().get(p).subjectId();
      if (to - from == 1) {
        AccountFacts a = accounts.get(byHolder[from]);
        OK.addTo(out, subject(personId, a.system()), a.active() ? "1" : "0");
        continue;
      }
      group.clear();
      for (int k = from; k < to; k++) {
        group.add(accounts.get(byHolder[k]));
      }
      group.sort(BY_SYSTEM);
      int i = 0;
      while (i < group.size()) {
        String system = group.get(i).system();
        int live = 0;
        StringBuilder ids = null;
        int j = i;
        for (; j < group.size() && group.get(j).system().equals(system); j++) {
          AccountFacts a = group.get(j);
          if (a.active()) {
            live++;
            if (live <= MAX_LISTED) {
              ids = ids == null ? new StringBuilder(a.subjectId()) : ids.append('|').append(a.subjectId());
            }
          }
        }
        String subject = subject(personId, system);
        if (live > 1) {
          MULTIPLE.addTo(
              out, subject, system, Integer.toString(live), ids == null ? null : ids.toString());
        } else {
          OK.addTo(out, subject, live == 0 ? "0" : "1");
        }
        i = j;
      }
    }
    return context.finish(out);
  }

  /**
   * Returns {@code <person>/<system>} with {@code %} and {@code /} in either part percent-escaped,
   * so that two different pairs never share a subject id.
   */
  static String subject(String personId, String system) {
    return escape(personId) + '/' + escape(system);
  }

  private static String escape(String part) {
    if (part.indexOf('/') < 0 && part.indexOf('%') < 0) {
      return part;
    }
    return part.replace("%", "%25").replace("/", "%2F");
  }

  private static final Comparator<AccountFacts> BY_SYSTEM =
      Comparator.comparing(AccountFacts::system).thenComparing(AccountFacts::subjectId);
}
